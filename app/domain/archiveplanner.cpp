#include "domain/archiveplanner.h"
#include "domain/family.h"
#include "domain/recordlabels.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePlan)

public:
    explicit Planner(const WorkspaceData &data);
    Result<ArchivePlan> plan(const QString &workingAssistantId);

private:
    bool assistantArchived(const Assistant &a) const;
    bool experimentArchived(const Experiment &e) const;
    bool pipelineArchived(const Pipeline &p) const;
    QString experimentName(const Experiment &e) const;
    QString pipelineName(const Pipeline &p) const;
    QString assistantLabel(const QString &id) const;
    QStringList nodesInFamily(const Pipeline &p) const;
    QString labelsOfNodes(const Pipeline &p, const QStringList &nodeIds) const;
    ArchiveBlocker experimentRow(BlockerSection section, const Experiment &e) const;

    void collectExperimentBlockers(ArchivePlan &plan) const;
    void collectPipelineBlockers(ArchivePlan &plan) const;
    void collectAutoArchived(ArchivePlan &plan) const;
    void collectDeletions(ArchivePlan &plan) const;
    /// The non-archived pipeline record `id` when it has an assistant node in F, else null.
    const Pipeline *livePipelineUsingFamily(const QString &id) const;

    const WorkspaceData &m_data;
    QHash<QString, const Assistant *> m_assistants;
    QHash<QString, const Experiment *> m_experiments;
    QHash<QString, const Pipeline *> m_pipelines;
    QHash<QString, const WorkspaceFile *> m_files;
    QList<const Assistant *> m_family;
    QSet<QString> m_familyIds;
};

QString versionWire(int number)
{
    return u"v%1"_s.arg(number);
}

/// §7: name (case-insensitive), then the working record (number 0), then versions ascending. Remaining ties fall back
/// to the exact name and the id, so the order never depends on the input order.
template<typename T>
void sortRows(QList<T> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const T &a, const T &b) {
        if (const int c = a.name.compare(b.name, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (a.versionNumber != b.versionNumber)
            return a.versionNumber < b.versionNumber;
        if (const int c = a.name.compare(b.name, Qt::CaseSensitive); c != 0)
            return c < 0;
        if constexpr (std::is_same_v<T, ArchiveBlocker>)
            return a.recordId < b.recordId;
        else
            return a.id < b.id;
    });
}

Planner::Planner(const WorkspaceData &data) : m_data(data)
{
    for (const auto &a : data.assistants)
        m_assistants.insert(a.id, &a);
    for (const auto &e : data.experiments)
        m_experiments.insert(e.id, &e);
    for (const auto &p : data.pipelines)
        m_pipelines.insert(p.id, &p);
    for (const auto &f : data.files)
        m_files.insert(f.id, &f);
}

bool Planner::assistantArchived(const Assistant &a) const
{
    const Assistant *working = a.isVersion() ? m_assistants.value(a.workingVersionId) : nullptr;
    return Family::countsAsArchived(a.archived, a.isVersion(), working && working->archived);
}

bool Planner::experimentArchived(const Experiment &e) const
{
    const Experiment *working = e.isVersion() ? m_experiments.value(e.workingId) : nullptr;
    return Family::countsAsArchived(e.archived, e.isVersion(), working && working->archived);
}

bool Planner::pipelineArchived(const Pipeline &p) const
{
    const Pipeline *working = p.isVersion() ? m_pipelines.value(p.workingId) : nullptr;
    return Family::countsAsArchived(p.archived, p.isVersion(), working && working->archived);
}

QString Planner::experimentName(const Experiment &e) const
{
    const Experiment *working = e.isVersion() ? m_experiments.value(e.workingId) : nullptr;
    return working ? working->name : e.name;
}

QString Planner::pipelineName(const Pipeline &p) const
{
    const Pipeline *working = p.isVersion() ? m_pipelines.value(p.workingId) : nullptr;
    return working ? working->name : p.name;
}

QString Planner::assistantLabel(const QString &id) const
{
    const Assistant *a = m_assistants.value(id);
    if (!a)
        return id;
    return RecordLabel::assistant(a->name, a->isVersion());
}

QStringList Planner::nodesInFamily(const Pipeline &p) const
{
    QStringList ids;
    for (const auto &node : p.nodes) {
        if (node.type == u"assistant"_s && !node.assistantId.isEmpty() && m_familyIds.contains(node.assistantId))
            ids << node.id;
    }
    return ids;
}

/// The distinct assistant labels of the given nodes, in node order.
QString Planner::labelsOfNodes(const Pipeline &p, const QStringList &nodeIds) const
{
    QStringList labels;
    for (const auto &node : p.nodes) {
        if (!nodeIds.contains(node.id))
            continue;
        const QString label = assistantLabel(node.assistantId);
        if (!labels.contains(label))
            labels << label;
    }
    return labels.join(tr(", "));
}

const Pipeline *Planner::livePipelineUsingFamily(const QString &id) const
{
    const Pipeline *p = id.isEmpty() ? nullptr : m_pipelines.value(id);
    if (!p || pipelineArchived(*p) || nodesInFamily(*p).isEmpty())
        return nullptr;
    return p;
}

ArchiveBlocker Planner::experimentRow(BlockerSection section, const Experiment &e) const
{
    ArchiveBlocker row;
    row.section = section;
    row.recordId = e.id;
    row.name = experimentName(e);
    row.versionNumber = e.isVersion() ? e.versionNumber : 0;
    row.published = e.isVersion() && e.published;
    row.version = e.isVersion() ? versionWire(e.versionNumber) : u"unreleased"_s;
    row.versionLabel = RecordLabel::experimentVersion(e);
    row.rowText = RecordLabel::experimentRow(row.name, e);
    return row;
}

void Planner::collectExperimentBlockers(ArchivePlan &plan) const
{
    for (const auto &e : m_data.experiments) {
        if (experimentArchived(e) || (e.isVersion() && !e.published))
            continue;
        if (!e.assistantId.isEmpty() && m_familyIds.contains(e.assistantId)) {
            ArchiveBlocker row = experimentRow(BlockerSection::Experiments, e);
            row.detail = tr("uses %1").arg(assistantLabel(e.assistantId));
            plan.experiments << row;
        }
        if (const Pipeline *p = livePipelineUsingFamily(e.pipelineId)) {
            ArchiveBlocker row = experimentRow(BlockerSection::ExperimentsReferencingPipeline, e);
            row.pipelineId = p->id;
            const QString pipelineVersion = p->isVersion() ? tr("v%1").arg(p->versionNumber) : tr("working");
            row.detail = tr("uses pipeline %1 · %2, which uses %3")
                             .arg(pipelineName(*p), pipelineVersion, labelsOfNodes(*p, nodesInFamily(*p)));
            plan.experimentsReferencingPipeline << row;
        }
    }
    sortRows(plan.experiments);
    sortRows(plan.experimentsReferencingPipeline);
}

void Planner::collectPipelineBlockers(ArchivePlan &plan) const
{
    for (const auto &p : m_data.pipelines) {
        if (p.isVersion() || pipelineArchived(p))
            continue;
        const QStringList nodeIds = nodesInFamily(p);
        if (nodeIds.isEmpty())
            continue;
        ArchiveBlocker row;
        row.section = BlockerSection::Pipelines;
        row.recordId = p.id;
        row.name = p.name;
        row.version = u"working"_s;
        row.versionLabel = tr("working");
        row.rowText = tr("%1 · %2").arg(row.name, row.versionLabel);
        row.nodeIds = nodeIds;
        const QString labels = labelsOfNodes(p, nodeIds);
        // The singular is its own string so English reads right without a loaded translation; other counts go
        // through the translator's plural forms.
        row.detail = nodeIds.size() == 1 ? tr("1 Assistant node uses %1").arg(labels)
                                         : tr("%n Assistant nodes use %1", nullptr, int(nodeIds.size())).arg(labels);
        plan.pipelines << row;
    }
    sortRows(plan.pipelines);
}

void Planner::collectAutoArchived(ArchivePlan &plan) const
{
    QList<ArchiveAutoRecord> experimentVersions;
    QList<ArchiveAutoRecord> pipelineVersions;
    for (const auto &e : m_data.experiments) {
        if (!e.isVersion() || e.published || experimentArchived(e))
            continue;
        const bool direct = !e.assistantId.isEmpty() && m_familyIds.contains(e.assistantId);
        if (!direct && !livePipelineUsingFamily(e.pipelineId))
            continue;
        const QString name = experimentName(e);
        experimentVersions << ArchiveAutoRecord{ArchiveAutoRecord::Kind::ExperimentVersion, e.id, name, e.versionNumber,
                                                versionWire(e.versionNumber),
                                                tr("%1 · %2").arg(name, tr("v%1").arg(e.versionNumber))};
    }
    for (const auto &p : m_data.pipelines) {
        if (!p.isVersion() || pipelineArchived(p) || nodesInFamily(p).isEmpty())
            continue;
        const QString name = pipelineName(p);
        pipelineVersions << ArchiveAutoRecord{ArchiveAutoRecord::Kind::PipelineVersion, p.id, name, p.versionNumber,
                                              versionWire(p.versionNumber),
                                              tr("%1 · %2").arg(name, tr("v%1").arg(p.versionNumber))};
    }
    sortRows(experimentVersions);
    sortRows(pipelineVersions);
    plan.autoArchived = experimentVersions + pipelineVersions;
}

void Planner::collectDeletions(ArchivePlan &plan) const
{
    // What live assistants outside F still use; archived outsiders no longer protect anything.
    QSet<QString> liveStores;
    QSet<QString> liveRemoteFiles;
    for (const auto &a : m_data.assistants) {
        if (m_familyIds.contains(a.id) || assistantArchived(a))
            continue;
        if (a.vectorStoreId && !a.vectorStoreId->isEmpty())
            liveStores.insert(*a.vectorStoreId);
        for (const auto &fileId : a.codeInterpreterFiles + a.fileSearchFiles) {
            const WorkspaceFile *f = m_files.value(fileId);
            if (f && f->remoteFileId)
                liveRemoteFiles.insert(*f->remoteFileId);
        }
    }

    QList<PlannedDeletion> stores;
    QList<PlannedDeletion> files;
    QSet<QString> seen;
    for (const Assistant *a : m_family) {
        if (a->remoteId && !a->remoteId->isEmpty())
            plan.deletions << PlannedDeletion{PlannedDeletion::Kind::Assistant, *a->remoteId, a->name};
        if (a->vectorStoreId && !a->vectorStoreId->isEmpty() && !liveStores.contains(*a->vectorStoreId)
            && !seen.contains(u"vs:"_s + *a->vectorStoreId)) {
            seen.insert(u"vs:"_s + *a->vectorStoreId);
            stores << PlannedDeletion{PlannedDeletion::Kind::VectorStore, *a->vectorStoreId, a->name};
        }
        // Files of a disabled tool count too: they stay attached to the record (§1.1), so nothing else frees them.
        for (const auto &fileId : a->codeInterpreterFiles + a->fileSearchFiles) {
            const WorkspaceFile *f = m_files.value(fileId);
            if (!f || !f->remoteFileId || f->remoteFileId->isEmpty())
                continue;
            const QString &remote = *f->remoteFileId;
            if (liveRemoteFiles.contains(remote) || seen.contains(u"file:"_s + remote))
                continue;
            seen.insert(u"file:"_s + remote);
            files << PlannedDeletion{PlannedDeletion::Kind::File, remote, f->name};
        }
    }
    plan.deletions << stores << files;
}

Result<ArchivePlan> Planner::plan(const QString &workingAssistantId)
{
    const Assistant *working = m_assistants.value(workingAssistantId);
    if (!working)
        return Error{ErrorKind::NotFound, tr("No assistant with id “%1”.").arg(workingAssistantId), {}};
    if (working->isVersion() || working->archived) {
        const QString why = working->isVersion()
                                ? tr("“%1” is a version; archive its working assistant instead.").arg(working->name)
                                : tr("“%1” is already archived.").arg(working->name);
        return Error{ErrorKind::Refused, tr("Archive is offered only on a non-archived working assistant."), {why}};
    }

    m_family << working;
    QList<const Assistant *> versions;
    for (const auto &a : m_data.assistants) {
        if (a.workingVersionId == working->id)
            versions << &a;
    }
    std::stable_sort(versions.begin(), versions.end(),
                     [](const Assistant *a, const Assistant *b) { return a->versionNumber < b->versionNumber; });
    m_family << versions;

    ArchivePlan plan;
    plan.assistantId = working->id;
    plan.assistantName = working->name;
    for (const Assistant *a : std::as_const(m_family)) {
        plan.family << a->id;
        m_familyIds.insert(a->id);
    }
    collectExperimentBlockers(plan);
    collectPipelineBlockers(plan);
    collectAutoArchived(plan);
    collectDeletions(plan);
    return plan;
}

QJsonObject experimentRowJson(const ArchiveBlocker &row)
{
    QJsonObject o{
        {u"id"_s, row.recordId}, {u"name"_s, row.name}, {u"version"_s, row.version}, {u"reason"_s, row.detail}};
    if (row.published)
        o.insert(u"published"_s, true);
    return o;
}

} // namespace

QString ArchiveAutoRecord::kindName() const
{
    return kind == Kind::ExperimentVersion ? u"experiment_version"_s : u"pipeline_version"_s;
}

QString PlannedDeletion::kindName() const
{
    switch (kind) {
    case Kind::Assistant:
        return u"assistant"_s;
    case Kind::VectorStore:
        return u"vector_store"_s;
    case Kind::File:
        return u"file"_s;
    }
    return {};
}

bool ArchivePlan::archivable() const
{
    return experiments.isEmpty() && pipelines.isEmpty() && experimentsReferencingPipeline.isEmpty();
}

QList<ArchiveBlocker> ArchivePlan::blockers() const
{
    return experiments + pipelines + experimentsReferencingPipeline;
}

int ArchivePlan::deletionCount(PlannedDeletion::Kind kind) const
{
    return int(std::count_if(deletions.cbegin(), deletions.cend(),
                             [kind](const PlannedDeletion &d) { return d.kind == kind; }));
}

QStringList ArchivePlan::autoArchivedExperimentRows() const
{
    QStringList rows;
    for (const auto &r : autoArchived) {
        if (r.kind == ArchiveAutoRecord::Kind::ExperimentVersion)
            rows << r.rowText;
    }
    return rows;
}

QString ArchivePlan::blockedTitle() const
{
    return tr("Cannot archive “%1”").arg(assistantName);
}

QString ArchivePlan::blockedText()
{
    return tr("This assistant or one of its versions is still in use. Resolve each item below, then check again.");
}

QString ArchivePlan::sectionTitle(BlockerSection section)
{
    switch (section) {
    case BlockerSection::Experiments:
        return tr("Experiments");
    case BlockerSection::Pipelines:
        return tr("Pipelines");
    case BlockerSection::ExperimentsReferencingPipeline:
        return tr("Experiments Referencing Pipeline");
    }
    return {};
}

QString ArchivePlan::confirmationTitle() const
{
    return tr("Archive “%1”?").arg(assistantName);
}

QString ArchivePlan::confirmationText() const
{
    // Each count is its own plural string; the singular is spelled out so English reads right without a loaded
    // translation, and every other count goes through the translator's plural forms.
    const int v = versionCount();
    const int a = deletionCount(PlannedDeletion::Kind::Assistant);
    const int s = deletionCount(PlannedDeletion::Kind::VectorStore);
    const int f = deletionCount(PlannedDeletion::Kind::File);
    const QString versions = v == 1 ? tr("1 version") : tr("%n versions", nullptr, v);
    const QString assistants = a == 1 ? tr("1 assistant") : tr("%n assistants", nullptr, a);
    const QString stores = s == 1 ? tr("1 vector store") : tr("%n vector stores", nullptr, s);
    const QString files = f == 1 ? tr("1 file") : tr("%n files", nullptr, f);
    return tr("This archives the assistant and its %1 and deletes them in OpenAI: %2, %3, %4.")
        .arg(versions, assistants, stores, files);
}

QString ArchivePlan::autoArchivedText() const
{
    const QStringList rows = autoArchivedExperimentRows();
    if (rows.isEmpty())
        return {};
    return tr("These released experiment versions will be archived too: %1").arg(rows.join(tr(", ")));
}

QString ArchivePlan::offlineText()
{
    return tr("You are offline; the deletion in OpenAI will run when you are back online.");
}

Result<ArchivePlan> planArchive(const WorkspaceData &data, const QString &workingAssistantId)
{
    return Planner(data).plan(workingAssistantId);
}

QJsonObject toCliJson(const ArchivePlan &plan)
{
    QJsonArray experiments;
    for (const auto &row : plan.experiments)
        experiments.append(experimentRowJson(row));
    QJsonArray pipelines;
    for (const auto &row : plan.pipelines) {
        pipelines.append(QJsonObject{{u"id"_s, row.recordId},
                                     {u"name"_s, row.name},
                                     {u"version"_s, row.version},
                                     {u"nodes"_s, QJsonArray::fromStringList(row.nodeIds)},
                                     {u"reason"_s, row.detail}});
    }
    QJsonArray referencing;
    for (const auto &row : plan.experimentsReferencingPipeline) {
        QJsonObject o = experimentRowJson(row);
        o.insert(u"pipeline"_s, row.pipelineId);
        referencing.append(o);
    }
    QJsonArray autoArchived;
    for (const auto &r : plan.autoArchived) {
        autoArchived.append(QJsonObject{
            {u"kind"_s, r.kindName()}, {u"id"_s, r.id}, {u"name"_s, r.name}, {u"version"_s, r.version}});
    }
    return QJsonObject{{u"assistant"_s, plan.assistantId},
                       {u"archivable"_s, plan.archivable()},
                       {u"blockers"_s, QJsonObject{{u"experiments"_s, experiments},
                                                   {u"pipelines"_s, pipelines},
                                                   {u"experiments_referencing_pipeline"_s, referencing}}},
                       {u"auto_archived"_s, autoArchived},
                       {u"versions"_s, QJsonArray::fromStringList(plan.family)}};
}
