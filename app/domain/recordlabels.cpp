#include "domain/recordlabels.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecordLabel", text);
}
} // namespace

namespace RecordLabel {
QString experimentVersion(const Experiment &e)
{
    if (!e.isVersion())
        return tr("unreleased");
    return e.published ? tr("v%1 [published]").arg(e.versionNumber) : tr("v%1").arg(e.versionNumber);
}

QString experimentRow(const QString &familyName, const Experiment &e)
{
    return tr("%1 · %2").arg(familyName, experimentVersion(e));
}

QString pipelineVersion(const Pipeline &p)
{
    return p.isVersion() ? tr("v%1").arg(p.versionNumber) : tr("working");
}

QString pipelineRow(const QString &familyName, const Pipeline &p)
{
    return tr("%1 · %2").arg(familyName, pipelineVersion(p));
}

QString assistant(const QString &name, bool isVersion)
{
    return isVersion ? name : tr("%1 (working)").arg(name);
}
} // namespace RecordLabel
