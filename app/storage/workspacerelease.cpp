// Workspace: the local half of a release (domain.md §6 step 4), written in one transaction.
//
// Which pipeline version is made: an experiment that references a working pipeline gets a new version of it (nodes
// copied, assistant references rewritten), so a released experiment never points at something still being edited.
// An experiment that references a pipeline *version* keeps that reference (references to versions stay as they
// are) unless one of its nodes names a working assistant of W; then a new version of that pipeline family is made
// from the referenced version with the nodes rewritten.
#include "storage/workspace.h"

#include "core/logging.h"
#include "domain/validation.h"
#include "storage/releasescope.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Release", text);
}

Error changedMeanwhile()
{
    return Error{ErrorKind::Refused, tr("The experiment or its assistants changed during the release. Try again."), {}};
}
} // namespace

Result<ReleasedRecords> Workspace::commitRelease(const QString &experimentId, const QList<Assistant> &versions, bool publish)
{
    ReleasedRecords out;
    const Status written = m_db->write([&]() -> Status {
        out = ReleasedRecords{};
        note(QStringLiteral("workspace"), experimentId, QStringLiteral("release"));
        // W again, from the stored records inside the transaction: nothing may have moved since the versions were made.
        auto scope = collectReleaseScope(*this, experimentId);
        if (!scope)
            return scope.error();
        QHash<QString, QString> versionOf;   // working assistant id → its new version's id
        for (const Assistant &v : versions)
            versionOf.insert(v.workingVersionId, v.id);
        const QStringList &w = scope->workingAssistants;
        if (versionOf.size() != versions.size() || versionOf.size() != w.size()
            || !std::all_of(w.cbegin(), w.cend(), [&](const QString &id) { return versionOf.contains(id); }))
            return changedMeanwhile();

        const QString now = utcNowIso();
        for (Assistant v : versions) {
            auto working = assistant(v.workingVersionId);
            if (!working || working->isVersion() || working->archived || working->versionNumber != v.versionNumber
                || v.id.isEmpty())
                return changedMeanwhile();
            v.archived = false;
            v.notPushed = false;
            if (v.description && v.description->isEmpty())
                v.description.reset();
            if (Status s = insertAssistant(v); !s)
                return s;
            // The release kept the intents of this version's creates open until now (domain.md §5.6), so a crash before
            // this commit leaves them for the next release to find and delete; committed, the objects are the version's.
            if (Status s = m_db->change(QStringLiteral("DELETE FROM create_intents WHERE record_id = ?"), {v.id}); !s)
                return s;
            if (Status s = m_db->change(QStringLiteral("UPDATE assistants SET version_number = ?, updated_at = ? "
                                                       "WHERE id = ? AND version_number = ?"),
                                        {v.versionNumber + 1, now, v.workingVersionId, v.versionNumber});
                !s)
                return s;
            out.assistantVersions << v;
        }

        QString pipelineRef = scope->experiment.pipelineId;
        if (scope->pipeline) {
            const Pipeline &p = *scope->pipeline;
            bool rewrites = false;
            for (const PipelineNode &n : p.nodes)
                rewrites = rewrites || (n.type == QLatin1String("assistant") && versionOf.contains(n.assistantId));
            if (!p.isVersion() || rewrites) {
                const QString familyId = p.isVersion() ? p.workingId : p.id;
                auto q = m_db->exec(QStringLiteral("SELECT version_number FROM pipelines WHERE id = ?"), {familyId});
                if (!q)
                    return q.error();
                if (!(*q)->next())
                    return changedMeanwhile();
                Pipeline version;
                version.id = generateLocalId(QStringLiteral("p-"));
                version.name = p.name;
                version.workingId = familyId;
                version.versionNumber = (*q)->value(0).toInt();
                version.nodes = p.nodes;
                for (PipelineNode &n : version.nodes)
                    if (n.type == QLatin1String("assistant"))
                        n.assistantId = versionOf.value(n.assistantId, n.assistantId);
                if (Status s = insertPipeline(version); !s)
                    return s;
                for (int i = 0; i < version.nodes.size(); ++i) {
                    const PipelineNode &n = version.nodes.at(i);
                    if (Status s = m_db->change(QStringLiteral("INSERT INTO pipeline_nodes (pipeline_id, position, node_id, "
                                                               "type, label, assistant_id) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
                                                {version.id, i, n.id, n.type, nullableIfEmpty(n.label),
                                                 nullableIfEmpty(n.assistantId)});
                        !s)
                        return s;
                }
                if (Status s = m_db->change(QStringLiteral("UPDATE pipelines SET version_number = ? WHERE id = ?"),
                                            {version.versionNumber + 1, familyId});
                    !s)
                    return s;
                pipelineRef = version.id;
                out.pipelineVersion = version;
            }
        }

        Experiment version;
        version.id = generateLocalId(QStringLiteral("e-"));
        version.name = scope->experiment.name;
        version.workingId = experimentId;
        version.versionNumber = scope->experiment.versionNumber;
        version.published = scope->firstRelease || publish;
        version.assistantId = versionOf.value(scope->experiment.assistantId, scope->experiment.assistantId);
        version.pipelineId = pipelineRef;
        if (version.published) {
            if (Status s = m_db->change(QStringLiteral("UPDATE experiments SET published = 0 WHERE working_id = ?"), {experimentId}); !s)
                return s;
        }
        if (Status s = insertExperiment(version); !s)
            return s;
        if (Status s = m_db->change(QStringLiteral("UPDATE experiments SET version_number = ? WHERE id = ?"),
                                    {version.versionNumber + 1, experimentId});
            !s)
            return s;
        out.experimentVersion = version;
        return {};
    });
    if (!written)
        return written.error();
    qCInfo(lcDb).noquote() << "released" << experimentId << "as" << out.experimentVersion.id << "v"
                           << out.experimentVersion.versionNumber << "with" << out.assistantVersions.size()
                           << "assistant version(s)";
    emit reset();
    return out;
}
