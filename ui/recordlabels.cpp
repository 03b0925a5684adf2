#include "recordlabels.h"

#include "domain/recordlabels.h"
#include "storage/workspace.h"
#include "widgets.h"

#include <QCoreApplication>
#include <QLabel>

namespace RecordLabels {
QString assistantName(const Workspace &workspace, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("—");
    auto s = workspace.assistantSummary(id);
    if (!s)
        return id;
    return s->isVersion() ? QCoreApplication::translate("RecordLabels", "%1 · v%2").arg(s->name).arg(s->versionNumber)
                          : RecordLabel::assistant(s->name, false);
}

QString pipelineName(const Workspace &workspace, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("—");
    for (const Pipeline &p : workspace.pipelines())
        if (p.id == id)
            return RecordLabel::pipelineRow(p.name, p);
    return id;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("RecordLabels", "Yes") : QCoreApplication::translate("RecordLabels", "No");
}

QLabel *titleLabel(QWidget *parent)
{
    QLabel *label = Widgets::label(QStringLiteral("titleLabel"), Widgets::PlainText, parent);
    Widgets::setHeadingFont(label, 1.35);
    return label;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    return Widgets::label(objectName, Widgets::PlainText | Widgets::Selectable, parent);
}
} // namespace RecordLabels
