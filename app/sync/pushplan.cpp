#include "sync/pushplan.h"

#include "domain/syncdiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PushPlan", text, disambiguation, n);
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return tr("(none)");
    if (v.isString()) {
        const QString s = v.toString();
        return QStringLiteral("“%1”").arg(s.size() > 60 ? s.left(57) + QStringLiteral("…") : s);
    }
    if (v.isBool())
        return v.toBool() ? tr("on") : tr("off");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    if (v.isArray())
        return v.toArray().isEmpty() ? tr("(none)") : QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

const char *kindName(PushStep::Kind k)
{
    switch (k) {
    case PushStep::Kind::Upload: return "upload";
    case PushStep::Kind::UseStore: return "use_vector_store";
    case PushStep::Kind::CreateStore: return "create_vector_store";
    case PushStep::Kind::AddStoreFiles: return "add_vector_store_files";
    case PushStep::Kind::RemoveStoreFiles: return "remove_vector_store_files";
    case PushStep::Kind::CreateAssistant: return "create_assistant";
    case PushStep::Kind::RecreateAssistant: return "recreate_assistant";
    case PushStep::Kind::UpdateAssistant: return "update_assistant";
    }
    return "";
}
} // namespace

QString Push::fileSearchStoreName(const QString &assistantName)
{
    return assistantName + QStringLiteral(" - File Search");
}

QString Push::sizeText(qint64 bytes)
{
    if (bytes == 1)
        return tr("1 byte");
    if (bytes < 1000)
        return tr("%n bytes", nullptr, int(bytes));
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QJsonObject PushStep::toJson() const
{
    QJsonObject o{{QStringLiteral("step"), QLatin1String(kindName(kind))}, {QStringLiteral("text"), text}};
    if (!lines.isEmpty())
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(lines));
    if (removesRemote)
        o.insert(QStringLiteral("removes_remote_change"), true);
    return o;
}

QStringList PushPlan::textLines() const
{
    if (steps.isEmpty())
        return {tr("Nothing to push: already in sync")};
    QStringList out;
    for (const auto &s : steps) {
        out << s.text + (s.removesRemote ? tr(" (removes a change made in OpenAI)") : QString());
        for (int i = 0; i < s.lines.size(); ++i)
            out << QStringLiteral("  ") + s.lines.at(i)
                       + (s.lineRemovesRemote.value(i) ? tr(" (removes a change made in OpenAI)") : QString());
    }
    return out;
}

QJsonObject PushPlan::toJson() const
{
    QJsonArray a;
    for (const auto &s : steps)
        a.append(s.toJson());
    return QJsonObject{{QStringLiteral("id"), assistantId},
                       {QStringLiteral("nothing_to_push"), steps.isEmpty()},
                       {QStringLiteral("steps"), a}};
}

Result<PushPlan> Push::plan(const Assistant &local, const QHash<QString, WorkspaceFile> &files,
                            const std::optional<RemoteSnapshot> &snapshot, bool remoteMissing,
                            const std::optional<QStringList> &storeFiles)
{
    PushPlan plan;
    plan.assistantId = local.id;

    // 1. Uploads: files of enabled tools without a remote id or with changed content.
    QStringList enabledFiles;
    if (local.codeInterpreter)
        enabledFiles << local.codeInterpreterFiles;
    if (local.fileSearch)
        enabledFiles << local.fileSearchFiles;
    enabledFiles.removeDuplicates();
    QSet<QString> uploading;
    for (const QString &id : enabledFiles) {
        const WorkspaceFile f = files.value(id);
        if (!SyncDiff::needsUpload(f))
            continue;
        if (!f.hasLocalCopy())
            return Error{ErrorKind::Refused,
                         tr("File “%1” has no local copy and was never uploaded. Add it again.").arg(f.name), {}};
        PushStep step{PushStep::Kind::Upload, tr("Upload %1 (%2)").arg(f.name, sizeText(f.size)), {}, {}, false, {id}, {}, {}};
        plan.steps << step;
        uploading.insert(id);
    }

    // 2. Vector store.
    const QJsonObject remote = snapshot ? snapshot->assistant : QJsonObject();
    QStringList remoteStoreIds;
    for (const auto &v : remote.value(QStringLiteral("tool_resources")).toObject().value(QStringLiteral("file_search")).toObject()
                             .value(QStringLiteral("vector_store_ids")).toArray())
        remoteStoreIds << v.toString();
    const auto storeInSnapshot = [&](const QString &id) -> const RemoteStore * {
        if (!snapshot)
            return nullptr;
        for (const auto &s : snapshot->stores)
            if (s.id == id)
                return &s;
        return nullptr;
    };
    std::optional<QString> storeId = local.vectorStoreId;
    if (local.fileSearch) {
        std::optional<QStringList> current;   // file ids in the store we will use
        if (!storeId && remoteStoreIds.size() == 1) {
            storeId = remoteStoreIds.first();
            plan.steps << PushStep{PushStep::Kind::UseStore, tr("Use vector store %1 already attached in OpenAI").arg(*storeId),
                                   {}, {}, false, {}, {}, *storeId};
        }
        if (storeId) {
            if (const RemoteStore *s = storeInSnapshot(*storeId)) {
                if (s->found) {
                    current = QStringList();
                    for (const auto &f : s->files)
                        current->append(f.fileId);
                }
            } else if (storeFiles) {
                current = storeFiles;
            }
        }
        if (!local.fileSearchFiles.isEmpty() && (!storeId || !current)) {
            plan.steps << PushStep{PushStep::Kind::CreateStore,
                                   (local.fileSearchFiles.size() == 1 ? tr("Create vector store “%1 - File Search” with 1 file")
                                                                       : tr("Create vector store “%1 - File Search” with %n files", nullptr,
                                                                            int(local.fileSearchFiles.size())))
                                       .arg(local.name),
                                   {}, {}, false, local.fileSearchFiles, {}, {}};
        } else if (storeId && current) {
            QStringList add;
            QSet<QString> wanted;
            for (const QString &id : local.fileSearchFiles) {
                const WorkspaceFile f = files.value(id);
                const bool changed = uploading.contains(id);
                if (f.remoteFileId && !changed)
                    wanted.insert(*f.remoteFileId);
                if (changed || !f.remoteFileId || !current->contains(*f.remoteFileId))
                    add << id;
            }
            QStringList remove;
            for (const QString &rid : *current)
                if (!wanted.contains(rid))
                    remove << rid;
            if (!add.isEmpty())
                plan.steps << PushStep{PushStep::Kind::AddStoreFiles,
                                       (add.size() == 1 ? tr("Add 1 file to vector store %1") : tr("Add %n files to vector store %1", nullptr, int(add.size()))).arg(*storeId),
                                       {}, {}, false, add, {}, *storeId};
            if (!remove.isEmpty())
                plan.steps << PushStep{PushStep::Kind::RemoveStoreFiles,
                                       (remove.size() == 1 ? tr("Remove 1 file from vector store %1")
                                                          : tr("Remove %n files from vector store %1", nullptr, int(remove.size()))).arg(*storeId),
                                       {}, {}, true, {}, remove, *storeId};
        }
    }

    // 3. The assistant itself.
    if (!local.remoteId) {
        plan.steps << PushStep{PushStep::Kind::CreateAssistant, tr("Create assistant in OpenAI"), {}, {}, false, {}, {}, {}};
    } else if (remoteMissing) {
        plan.steps << PushStep{PushStep::Kind::RecreateAssistant,
                               tr("Re-create assistant in OpenAI (%1 no longer exists)").arg(*local.remoteId), {}, {}, false, {}, {}, {}};
    } else if (snapshot) {
        // What the body would change: the comparison with the planned store and uploads applied.
        Assistant planned = local;
        planned.vectorStoreId = storeId;
        QHash<QString, WorkspaceFile> plannedFiles = files;
        for (const QString &id : uploading) {
            plannedFiles[id].remoteFileId = QStringLiteral("(upload)");
            plannedFiles[id].uploadedSha256 = plannedFiles[id].sha256;
        }
        PushStep update{PushStep::Kind::UpdateAssistant, tr("Update assistant %1").arg(*local.remoteId), {}, {}, false, {}, {}, {}};
        for (const Difference &d : SyncDiff::compare(planned, plannedFiles, *snapshot)) {
            if (d.field == QLatin1String("file_search.files"))
                continue;   // handled by the store steps
            const QString label = SyncDiff::fieldLabel(d.field);
            bool removes = false;
            QString line;
            if (d.isFiles) {
                removes = !d.onlyRemote.isEmpty();
                QStringList names;
                for (const auto &f : d.onlyRemote)
                    names << QStringLiteral("%1 (%2)").arg(f.name, f.remoteId);
                line = removes ? tr("%1: detach %2").arg(label, names.join(QStringLiteral(", "))) : tr("%1: attach new files").arg(label);
                if (d.onlyRemote.isEmpty() && d.onlyLocal.isEmpty())
                    continue;
            } else {
                removes = d.local.isNull() && !d.remote.isNull()
                    && (d.field.startsWith(QLatin1String("functions.")) || d.field.startsWith(QLatin1String("metadata.")));
                line = tr("%1: %2 → %3").arg(label, valueText(d.remote), valueText(d.local));
            }
            update.lines << line;
            update.lineRemovesRemote << removes;
        }
        if (!update.lines.isEmpty())
            plan.steps << update;
    }
    return plan;
}
