#include "fuzztarget.h"

#include <QLoggingCategory>

namespace Fuzz {
namespace {
void discard(QtMsgType, const QMessageLogContext &, const QString &) {}
} // namespace

void quietQt()
{
    qInstallMessageHandler(discard);
}
} // namespace Fuzz

// No QCoreApplication: QJsonDocument, QCoreApplication::translate (untranslated without an instance), logging
// categories and QRandomGenerator all work without one, and the code under test creates no QObject.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}
