// Fuzz target: the workspace interchange importer (domain.md §2), Interchange::parse = parse + validate.
//
// Beyond "no crash, no UB, no hang", it checks the promises of interchange.h: a rejected file comes back with at most
// 100 "<JSONPath>: <message>" lines (+ "…and N more"), and an accepted file survives export → import → export with
// the same bytes.
#include "fuzztarget.h"

#include "interchange/interchange.h"

#include <QTimeZone>

namespace {
void checkRejection(const Error &error)
{
    if (error.kind != ErrorKind::Validation)
        Fuzz::fail("a rejected file must be a validation error", error.message.toUtf8());
    if (error.details.isEmpty() || error.details.size() > Interchange::MaxReportedErrors + 1)
        Fuzz::fail("between 1 and 101 error lines expected", error.details.join(QLatin1Char('\n')).toUtf8());
    for (qsizetype i = 0; i < error.details.size(); ++i) {
        const QString &line = error.details.at(i);
        const bool more = i == Interchange::MaxReportedErrors && line.startsWith(QStringLiteral("…and "));
        if (!more && !line.startsWith(QLatin1Char('$')))
            Fuzz::fail("an error line must start with its JSON path", line.toUtf8());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    // Once against ids an existing workspace holds, for the collision checks (its result is not used further).
    static const Interchange::Existing existing{
        {QStringLiteral("a-1"), QStringLiteral("f-1"), QStringLiteral("e-1"), QStringLiteral("p-1")},
        {QStringLiteral("asst_1")},
        {QStringLiteral("file-1")}};
    const auto withExisting = Interchange::parse(json, existing);
    if (!withExisting)
        checkRejection(withExisting.error());

    const auto parsed = Interchange::parse(json);
    if (!parsed) {
        checkRejection(parsed.error());
        return 0;
    }
    const QDateTime at(QDate(2026, 11, 25), QTime(16, 0), QTimeZone::utc());
    const QByteArray once = Interchange::write(parsed.value(), true, at);
    const auto again = Interchange::parse(once);
    if (!again)
        Fuzz::fail("an accepted file, written back, is rejected",
                   again.error().details.join(QLatin1Char('\n')).toUtf8() + "\n--- written:\n" + once);
    const QByteArray twice = Interchange::write(again.value(), true, at);
    if (once != twice)
        Fuzz::fail("export → import → export changed the bytes", "--- first:\n" + once + "\n--- second:\n" + twice);
    return 0;
}
