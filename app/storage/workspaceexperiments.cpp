// Workspace: edits of experiments and pipelines (domain.md §1.3 and the "Open" actions of §7). The contract is in
// workspace.h. Every check reads the records inside the write transaction, so a refusal is decided on the state the
// change would apply to.
#include "storage/workspace.h"

#include "domain/family.h"
#include "domain/recordlabels.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}

// Field labels and problems shared with domain/validation.cpp (same context and source text, one translation).
QString vtr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

Error refused(const QString &message)
{
    return Error{ErrorKind::Refused, message, {}};
}

Error notFound(const QString &message)
{
    return Error{ErrorKind::NotFound, message, {}};
}

Error experimentVersionReadOnly()
{
    return refused(tr("Released experiment versions are read-only. Edit the unreleased experiment instead."));
}

Error pipelineVersionReadOnly()
{
    return refused(tr("Pipeline versions are read-only. Edit the working pipeline instead."));
}

Error experimentArchived()
{
    return refused(tr("Archived experiments are read-only."));
}

Error pipelineArchived()
{
    return refused(tr("Archived pipelines are read-only."));
}

QList<FieldProblem> nameProblems(const QString &name)
{
    if (name.trimmed().isEmpty())
        return {FieldProblem{u"name"_s, vtr("Name"), vtr("must not be empty")}};
    if (name.size() > Limits::NameMax)
        return {FieldProblem{u"name"_s, vtr("Name"),
                             vtr("at most %1 characters (now %2)").arg(Limits::NameMax).arg(name.size())}};
    return {};
}

/// An experiment record with what the rules need: its family's name and whether the family is archived.
struct ExperimentRecord {
    Experiment e;
    bool familyArchived = false;   // the working record's flag (versions only)
    bool archived() const { return Family::countsAsArchived(e.archived, e.isVersion(), familyArchived); }
};

struct PipelineRecord {
    Pipeline p;
    bool familyArchived = false;
    bool archived() const { return Family::countsAsArchived(p.archived, p.isVersion(), familyArchived); }
};

QString experimentRowText(const Experiment &e)
{
    return RecordLabel::experimentRow(e.name, e);
}

QString pipelineLabel(const Pipeline &p)
{
    return RecordLabel::pipelineRow(p.name, p);
}

const QString ExperimentSelect =
    u"SELECT e.id, COALESCE(w.name, e.name), e.working_id, e.version_number, e.published, e.is_archived, "
    u"COALESCE(w.is_archived, 0), e.assistant_id, e.pipeline_id FROM experiments e "
    u"LEFT JOIN experiments w ON w.id = e.working_id "_s;

ExperimentRecord experimentFromRow(const QSqlQuery &r)
{
    ExperimentRecord out;
    out.e.id = r.value(0).toString();
    out.e.name = r.value(1).toString();
    out.e.workingId = r.value(2).toString();
    out.e.versionNumber = r.value(3).toInt();
    out.e.published = r.value(4).toBool();
    out.e.archived = r.value(5).toBool();
    out.familyArchived = out.e.isVersion() && r.value(6).toBool();
    out.e.assistantId = r.value(7).toString();
    out.e.pipelineId = r.value(8).toString();
    return out;
}

Result<ExperimentRecord> readExperiment(Database &db, const QString &id)
{
    auto q = db.exec(ExperimentSelect + u"WHERE e.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return notFound(tr("No experiment with id “%1” in this workspace.").arg(id));
    return experimentFromRow(**q);
}

Result<PipelineRecord> readPipeline(Database &db, const QString &id)
{
    auto q = db.exec(u"SELECT p.id, COALESCE(w.name, p.name), p.working_id, p.version_number, p.is_archived, "
                     u"COALESCE(w.is_archived, 0) FROM pipelines p LEFT JOIN pipelines w ON w.id = p.working_id "
                     u"WHERE p.id = ?"_s,
                     {id});
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next())
        return notFound(tr("No pipeline with id “%1” in this workspace.").arg(id));
    PipelineRecord out;
    out.p.id = r.value(0).toString();
    out.p.name = r.value(1).toString();
    out.p.workingId = r.value(2).toString();
    out.p.versionNumber = r.value(3).toInt();
    out.p.archived = r.value(4).toBool();
    out.familyArchived = out.p.isVersion() && r.value(5).toBool();
    auto nq = db.exec(u"SELECT node_id, type, label, assistant_id FROM pipeline_nodes WHERE pipeline_id = ? "
                      u"ORDER BY position"_s,
                      {id});
    if (!nq)
        return nq.error();
    while ((*nq)->next()) {
        QSqlQuery &n = **nq;
        out.p.nodes << PipelineNode{n.value(0).toString(), n.value(1).toString(), n.value(2).toString(),
                                    n.value(3).toString()};
    }
    return out;
}

/// The problem with an assistant reference, or nothing. Empty = no reference, always fine.
Result<std::optional<FieldProblem>> assistantReferenceProblem(Database &db, const QString &assistantId)
{
    if (assistantId.isEmpty())
        return std::optional<FieldProblem>{};
    auto q = db.exec(u"SELECT a.name, a.working_version_id, a.is_archived, COALESCE(w.is_archived, 0) "
                     u"FROM assistants a LEFT JOIN assistants w ON w.id = a.working_version_id WHERE a.id = ?"_s,
                     {assistantId});
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    const QString label = vtr("Assistant");
    if (!r.next())
        return std::optional<FieldProblem>(
            FieldProblem{u"assistant"_s, label, tr("no assistant “%1” in this workspace").arg(assistantId)});
    const bool isVersion = !r.value(1).isNull() && !r.value(1).toString().isEmpty();
    if (Family::countsAsArchived(r.value(2).toBool(), isVersion, r.value(3).toBool())) {
        const QString name = RecordLabel::assistant(r.value(0).toString(), isVersion);
        return std::optional<FieldProblem>(FieldProblem{u"assistant"_s, label, tr("“%1” is archived").arg(name)});
    }
    return std::optional<FieldProblem>{};
}

Result<std::optional<FieldProblem>> pipelineReferenceProblem(Database &db, const QString &pipelineId)
{
    if (pipelineId.isEmpty())
        return std::optional<FieldProblem>{};
    const QString label = vtr("Pipeline");
    auto record = readPipeline(db, pipelineId);
    if (!record) {
        if (record.error().kind != ErrorKind::NotFound)
            return record.error();
        return std::optional<FieldProblem>(
            FieldProblem{u"pipeline"_s, label, tr("no pipeline “%1” in this workspace").arg(pipelineId)});
    }
    if (record->archived())
        return std::optional<FieldProblem>(
            FieldProblem{u"pipeline"_s, label, tr("“%1” is archived").arg(pipelineLabel(record->p))});
    return std::optional<FieldProblem>{};
}

/// A working, non-archived experiment record, or the refusal.
Result<ExperimentRecord> editableExperiment(Database &db, const QString &id)
{
    auto record = readExperiment(db, id);
    if (!record)
        return record;
    if (record->e.isVersion())
        return experimentVersionReadOnly();
    if (record->archived())
        return experimentArchived();
    return record;
}

/// A released, non-archived experiment version (publish / unpublish), or the refusal.
Result<ExperimentRecord> publishableVersion(Database &db, const QString &id)
{
    auto record = readExperiment(db, id);
    if (!record)
        return record;
    if (!record->e.isVersion())
        return refused(tr("Only a released experiment version can be published or unpublished."));
    if (record->archived())
        return experimentArchived();
    return record;
}

Result<PipelineRecord> editablePipeline(Database &db, const QString &id)
{
    auto record = readPipeline(db, id);
    if (!record)
        return record;
    if (record->p.isVersion())
        return pipelineVersionReadOnly();
    if (record->archived())
        return pipelineArchived();
    return record;
}

const PipelineNode *findNode(const Pipeline &p, const QString &nodeId)
{
    for (const PipelineNode &n : p.nodes)
        if (n.id == nodeId)
            return &n;
    return nullptr;
}

Error unknownNode(const QString &nodeId)
{
    return notFound(tr("Node: no node “%1” in this pipeline").arg(nodeId));
}

/// The next free node id "n<k>" of a record.
QString nextNodeId(const Pipeline &p)
{
    QSet<QString> used;
    for (const PipelineNode &n : p.nodes)
        used.insert(n.id);
    for (qsizetype k = p.nodes.size() + 1;; ++k) {
        const QString id = u"n%1"_s.arg(k);
        if (!used.contains(id))
            return id;
    }
}

/// The non-archived experiment records referencing `pipeline` (for a working record: any record of its family),
/// sorted as the blocker dialog sorts rows: by name, then unreleased, then versions ascending.
Result<QList<Experiment>> liveExperimentsUsing(Database &db, const Pipeline &pipeline)
{
    const QString where = pipeline.isVersion()
        ? u"WHERE e.pipeline_id = ?"_s
        : u"WHERE e.pipeline_id = ? OR e.pipeline_id IN (SELECT id FROM pipelines WHERE working_id = ?)"_s;
    auto q = db.exec(ExperimentSelect + where,
                     pipeline.isVersion() ? QVariantList{pipeline.id} : QVariantList{pipeline.id, pipeline.id});
    if (!q)
        return q.error();
    QList<Experiment> out;
    while ((*q)->next()) {
        const ExperimentRecord r = experimentFromRow(**q);
        if (!r.archived())
            out << r.e;
    }
    std::sort(out.begin(), out.end(), [](const Experiment &a, const Experiment &b) {
        if (const int c = a.name.compare(b.name, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (a.isVersion() != b.isVersion())
            return !a.isVersion();
        return a.versionNumber < b.versionNumber;
    });
    return out;
}

/// Collects a reference check's outcome: a storage error ends the write, a problem is added to `problems`.
Status collect(const Result<std::optional<FieldProblem>> &check, QList<FieldProblem> &problems)
{
    if (!check)
        return check.error();
    if (check.value())
        problems << *check.value();
    return {};
}
} // namespace

// --- reads -----------------------------------------------------------------------------------------------------

Result<Experiment> Workspace::experiment(const QString &id) const
{
    auto record = readExperiment(*m_db, id);
    if (!record)
        return record.error();
    return record->e;
}

Result<Pipeline> Workspace::pipeline(const QString &id) const
{
    auto record = readPipeline(*m_db, id);
    if (!record)
        return record.error();
    return record->p;
}

// --- experiments -----------------------------------------------------------------------------------------------

Result<Experiment> Workspace::createExperiment(const QString &name)
{
    Experiment e;
    e.id = generateLocalId(u"e-"_s);
    e.name = name;
    if (auto problems = nameProblems(name); !problems.isEmpty())
        return Error::validation(problemTexts(problems));
    if (auto problems = validateExperiment(e); !problems.isEmpty())
        return Error::validation(problemTexts(problems));
    if (Status s = m_db->write([&] { return insertExperiment(e); }); !s)
        return s.error();
    emit experimentsChanged();
    return e;
}

Status Workspace::renameExperiment(const QString &id, const QString &name)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = editableExperiment(*m_db, id);
        if (!record)
            return record.error();
        if (auto problems = nameProblems(name); !problems.isEmpty())
            return Error::validation(problemTexts(problems));
        if (Status c = m_db->change(u"UPDATE experiments SET name = ? WHERE id = ?"_s, {name, id}); !c)
            return c;
        return touch(u"experiments"_s, id, {u"name"_s});
    });
    if (s)
        emit experimentsChanged();
    return s;
}

Status Workspace::setExperimentAssistant(const QString &id, const QString &assistantId)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = editableExperiment(*m_db, id);
        if (!record)
            return record.error();
        QList<FieldProblem> problems;
        if (Status c = collect(assistantReferenceProblem(*m_db, assistantId), problems); !c)
            return c;
        if (!problems.isEmpty())
            return Error::validation(problemTexts(problems));
        if (Status c = m_db->change(u"UPDATE experiments SET assistant_id = ? WHERE id = ?"_s,
                                    {nullableIfEmpty(assistantId), id});
            !c)
            return c;
        return touch(u"experiments"_s, id, {u"assistant"_s});
    });
    if (s)
        emit experimentsChanged();
    return s;
}

Status Workspace::setExperimentPipeline(const QString &id, const QString &pipelineId)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = editableExperiment(*m_db, id);
        if (!record)
            return record.error();
        QList<FieldProblem> problems;
        if (Status c = collect(pipelineReferenceProblem(*m_db, pipelineId), problems); !c)
            return c;
        if (!problems.isEmpty())
            return Error::validation(problemTexts(problems));
        if (Status c = m_db->change(u"UPDATE experiments SET pipeline_id = ? WHERE id = ?"_s, {nullableIfEmpty(pipelineId), id});
            !c)
            return c;
        return touch(u"experiments"_s, id, {u"pipeline"_s});
    });
    if (s)
        emit experimentsChanged();
    return s;
}

Status Workspace::publishExperiment(const QString &versionId)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = publishableVersion(*m_db, versionId);
        if (!record)
            return record.error();
        if (Status c = m_db->change(u"UPDATE experiments SET published = 0 WHERE working_id = ? AND id <> ?"_s,
                                    {record->e.workingId, versionId});
            !c)
            return c;
        if (Status c = m_db->change(u"UPDATE experiments SET published = 1 WHERE id = ?"_s, {versionId}); !c)
            return c;
        return touch(u"experiments"_s, versionId, {u"published"_s});
    });
    if (s)
        emit experimentsChanged();
    return s;
}

Status Workspace::unpublishExperiment(const QString &versionId)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = publishableVersion(*m_db, versionId);
        if (!record)
            return record.error();
        if (Status c = m_db->change(u"UPDATE experiments SET published = 0 WHERE id = ?"_s, {versionId}); !c)
            return c;
        return touch(u"experiments"_s, versionId, {u"published"_s});
    });
    if (s)
        emit experimentsChanged();
    return s;
}

Status Workspace::archiveExperiment(const QString &id)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = readExperiment(*m_db, id);
        if (!record)
            return record.error();
        if (record->archived())
            return experimentArchived();
        if (Status c = m_db->change(u"UPDATE experiments SET is_archived = 1 WHERE id = ?"_s, {id}); !c)
            return c;
        return touch(u"experiments"_s, id, {u"is_archived"_s});
    });
    if (s)
        emit experimentsChanged();
    return s;
}

// --- pipelines -------------------------------------------------------------------------------------------------

Result<Pipeline> Workspace::createPipeline(const QString &name)
{
    Pipeline p;
    p.id = generateLocalId(u"p-"_s);
    p.name = name;
    if (auto problems = nameProblems(name); !problems.isEmpty())
        return Error::validation(problemTexts(problems));
    if (auto problems = validatePipeline(p); !problems.isEmpty())
        return Error::validation(problemTexts(problems));
    if (Status s = m_db->write([&] { return insertPipeline(p); }); !s)
        return s.error();
    emit pipelinesChanged();
    return p;
}

Status Workspace::renamePipeline(const QString &id, const QString &name)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = editablePipeline(*m_db, id);
        if (!record)
            return record.error();
        if (auto problems = nameProblems(name); !problems.isEmpty())
            return Error::validation(problemTexts(problems));
        if (Status c = m_db->change(u"UPDATE pipelines SET name = ? WHERE id = ?"_s, {name, id}); !c)
            return c;
        return touch(u"pipelines"_s, id, {u"name"_s});
    });
    if (s)
        emit pipelinesChanged();
    return s;
}

Result<PipelineNode> Workspace::addPipelineNode(const QString &pipelineId, const QString &type, const QString &label,
                                                const QString &assistantId)
{
    PipelineNode node;
    const Status s = m_db->write([&]() -> Status {
        auto record = editablePipeline(*m_db, pipelineId);
        if (!record)
            return record.error();
        node = PipelineNode{nextNodeId(record->p), type, label, assistantId};
        Pipeline changed = record->p;
        changed.nodes << node;
        QList<FieldProblem> problems = validatePipeline(changed);
        if (label.size() > Limits::NameMax)
            problems << FieldProblem{u"label"_s, vtr("Label"),
                                     vtr("at most %1 characters (now %2)").arg(Limits::NameMax).arg(label.size())};
        if (Status c = collect(assistantReferenceProblem(*m_db, assistantId), problems); !c)
            return c;
        if (!problems.isEmpty())
            return Error::validation(problemTexts(problems));
        auto position = m_db->exec(u"SELECT COALESCE(MAX(position), -1) + 1 FROM pipeline_nodes WHERE pipeline_id = ?"_s,
                                   {pipelineId});
        if (!position)
            return position.error();
        const int next = (*position)->next() ? (*position)->value(0).toInt() : 0;
        if (Status c = m_db->change(u"INSERT INTO pipeline_nodes (pipeline_id, position, node_id, type, label, assistant_id) "
                                    u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                                    {pipelineId, next, node.id, type, nullableIfEmpty(label), nullableIfEmpty(assistantId)});
            !c)
            return c;
        return touch(u"pipelines"_s, pipelineId, {u"nodes"_s});
    });
    if (!s)
        return s.error();
    emit pipelinesChanged();
    return node;
}

Status Workspace::removePipelineNode(const QString &pipelineId, const QString &nodeId)
{
    return removePipelineNodes(pipelineId, {nodeId});
}

Status Workspace::removePipelineNodes(const QString &pipelineId, const QStringList &nodeIds)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = editablePipeline(*m_db, pipelineId);
        if (!record)
            return record.error();
        for (const QString &nodeId : nodeIds) {
            if (!findNode(record->p, nodeId))
                return unknownNode(nodeId);
            if (Status c = m_db->change(u"DELETE FROM pipeline_nodes WHERE pipeline_id = ? AND node_id = ?"_s,
                                        {pipelineId, nodeId});
                !c)
                return c;
        }
        return nodeIds.isEmpty() ? Status{} : touch(u"pipelines"_s, pipelineId, {u"nodes"_s});
    });
    if (s && !nodeIds.isEmpty())
        emit pipelinesChanged();
    return s;
}

Status Workspace::setNodeAssistant(const QString &pipelineId, const QString &nodeId, const QString &assistantId)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = editablePipeline(*m_db, pipelineId);
        if (!record)
            return record.error();
        const PipelineNode *node = findNode(record->p, nodeId);
        if (!node)
            return unknownNode(nodeId);
        QList<FieldProblem> problems;
        if (node->type != u"assistant"_s)
            problems << FieldProblem{u"assistant"_s, vtr("Node"),
                                     vtr("only nodes of type \"assistant\" may name an assistant")};
        if (Status c = collect(assistantReferenceProblem(*m_db, assistantId), problems); !c)
            return c;
        if (!problems.isEmpty())
            return Error::validation(problemTexts(problems));
        if (Status c = m_db->change(u"UPDATE pipeline_nodes SET assistant_id = ? WHERE pipeline_id = ? AND node_id = ?"_s,
                                    {nullableIfEmpty(assistantId), pipelineId, nodeId});
            !c)
            return c;
        return touch(u"pipelines"_s, pipelineId, {u"nodes"_s});
    });
    if (s)
        emit pipelinesChanged();
    return s;
}

Status Workspace::archivePipeline(const QString &id)
{
    const Status s = m_db->write([&]() -> Status {
        auto record = readPipeline(*m_db, id);
        if (!record)
            return record.error();
        if (record->archived())
            return pipelineArchived();
        auto users = liveExperimentsUsing(*m_db, record->p);
        if (!users)
            return users.error();
        if (!users->isEmpty()) {
            QStringList rows;
            for (const Experiment &e : users.value())
                rows << experimentRowText(e);
            const QString name = record->p.isVersion() ? pipelineLabel(record->p) : record->p.name;
            return Error{ErrorKind::Blocked,
                         tr("“%1” is still used by %2. Change their pipeline or archive them first.")
                             .arg(name, rows.join(tr(", "))),
                         rows};
        }
        if (Status c = m_db->change(u"UPDATE pipelines SET is_archived = 1 WHERE id = ?"_s, {id}); !c)
            return c;
        return touch(u"pipelines"_s, id, {u"is_archived"_s});
    });
    if (s)
        emit pipelinesChanged();
    return s;
}
