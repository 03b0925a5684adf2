#include "referencecombos.h"

#include "domain/family.h"
#include "domain/recordlabels.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReferenceCombos", text);
}

struct Choice {
    QString id;
    QString family;      // sort key: the family's name
    int version = 0;     // 0 = working record
    QString label;
    bool archived = false;
};

void sortChoices(QList<Choice> &choices)
{
    std::sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) {
        if (const int c = a.family.compare(b.family, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.version < b.version;
    });
}

/// One choice per record of `all`, sorted: `family(families, record)` names its family, `label(record)` shows it.
template <typename Record, typename FamilyName, typename Label>
QList<Choice> choices(const QList<Record> &all, FamilyName family, Label label)
{
    QList<Choice> out;
    const FamilyIndex<Record> families(all);
    for (const Record &r : all)
        out << Choice{r.id, family(families, r), r.isVersion() ? r.versionNumber : 0, label(r), families.isArchived(r)};
    sortChoices(out);
    return out;
}

QList<Choice> assistantChoices(const Workspace &workspace)
{
    return choices(
        workspace.assistantSummaries(),
        [](const FamilyIndex<AssistantSummary> &families, const AssistantSummary &s) { return families.familyName(s); },
        [](const AssistantSummary &s) { return RecordLabel::assistant(s.name, s.isVersion()); });
}

QList<Choice> pipelineChoices(const Workspace &workspace)
{
    return choices(
        workspace.pipelines(), [](const FamilyIndex<Pipeline> &, const Pipeline &p) { return p.name; },
        [](const Pipeline &p) { return RecordLabel::pipelineRow(p.name, p); });
}

void fill(QComboBox *combo, const QList<Choice> &choices, const QString &currentId)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("None"), QString());
    bool currentOffered = currentId.isEmpty();
    for (const Choice &c : choices) {
        if (c.archived && c.id != currentId)
            continue;
        combo->addItem(c.archived ? tr("%1 (archived)").arg(c.label) : c.label, c.id);
        if (c.id == currentId)
            currentOffered = true;
        if (c.archived) {
            // Shown because it is the current reference, but it cannot be chosen again.
            if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
                model->item(combo->count() - 1)->setEnabled(false);
        }
    }
    if (!currentOffered) {
        combo->addItem(tr("%1 (not in this workspace)").arg(currentId), currentId);
        if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
            model->item(combo->count() - 1)->setEnabled(false);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(currentId)));
}

QHash<QString, QString> labels(const QList<Choice> &choices)
{
    QHash<QString, QString> out;
    for (const Choice &c : choices)
        out.insert(c.id, c.label);
    return out;
}
} // namespace

namespace ReferenceCombos {
QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(24);
    return combo;
}

void fillAssistants(QComboBox *combo, const Workspace &workspace, const QString &currentId)
{
    fill(combo, assistantChoices(workspace), currentId);
}

void fillPipelines(QComboBox *combo, const Workspace &workspace, const QString &currentId)
{
    fill(combo, pipelineChoices(workspace), currentId);
}

QHash<QString, QString> assistantLabels(const Workspace &workspace)
{
    return labels(assistantChoices(workspace));
}

QHash<QString, QString> pipelineLabels(const Workspace &workspace)
{
    return labels(pipelineChoices(workspace));
}
} // namespace ReferenceCombos
