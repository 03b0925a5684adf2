#include "domain/syncdiff.h"

#include "core/jsonnumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDiff", text);
}

const QString DeskIdKey = QStringLiteral("assistant_desk_id");

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString remoteString(const QJsonObject &o, const QString &key)
{
    return o.value(key).isString() ? o.value(key).toString() : QString();
}

double remoteNumber(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : 1.0;   // null or missing counts as 1
}

/// JSON equality with object key order ignored and 1 == 1.0 (QJsonValue compares numbers as doubles).
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return a == b;
}

QJsonObject functionJson(const FunctionTool &f)
{
    return QJsonObject{{QStringLiteral("name"), f.name},
                       {QStringLiteral("description"), f.description},
                       {QStringLiteral("parameters"), f.parameters},
                       {QStringLiteral("strict"), f.strict}};
}

QJsonObject normalisedRemoteFunction(const QJsonObject &fn)
{
    return QJsonObject{{QStringLiteral("name"), fn.value(QStringLiteral("name")).toString()},
                       {QStringLiteral("description"), fn.value(QStringLiteral("description")).toString()},
                       {QStringLiteral("parameters"), fn.value(QStringLiteral("parameters")).isObject()
                                                          ? fn.value(QStringLiteral("parameters"))
                                                          : QJsonValue(QJsonObject())},
                       {QStringLiteral("strict"), fn.value(QStringLiteral("strict")).toBool(false)}};
}

const WorkspaceFile &missingFile(const QString &id)
{
    // A file id the workspace does not know (should not happen: references are checked on save).
    static thread_local WorkspaceFile unknown;
    unknown = WorkspaceFile{id, id, 0, std::nullopt, std::nullopt, std::nullopt, {}};
    return unknown;
}

DifferenceFile localRow(const WorkspaceFile &f, const QString &note)
{
    return DifferenceFile{f.id, f.remoteFileId.value_or(QString()), f.name, f.size, note};
}

DifferenceFile remoteRow(const QString &remoteId, const QHash<QString, RemoteFileInfo> &info,
                         const QHash<QString, QString> &localByRemote, const QHash<QString, WorkspaceFile> &files,
                         const QString &note)
{
    DifferenceFile row;
    row.remoteId = remoteId;
    row.localId = localByRemote.value(remoteId);
    const auto it = info.constFind(remoteId);
    if (it != info.cend() && it->found) {
        row.name = it->filename;
        row.size = it->bytes;
    } else if (!row.localId.isEmpty()) {
        row.name = files.value(row.localId).name;
        row.size = files.value(row.localId).size;
    } else {
        row.name = tr("(unknown file)");
    }
    row.note = note;
    return row;
}
} // namespace

bool SyncDiff::needsUpload(const WorkspaceFile &file)
{
    if (!file.remoteFileId)
        return true;
    return file.sha256 && file.uploadedSha256 != file.sha256;
}

QList<Difference> SyncDiff::compare(const Assistant &local, const QHash<QString, WorkspaceFile> &files,
                                    const RemoteSnapshot &snapshot)
{
    QList<Difference> out;
    const QJsonObject &r = snapshot.assistant;
    const auto scalar = [&](const QString &field, const QString &l, const QString &rv) {
        if (l != rv)
            out << Difference{field, nullIfEmpty(l), nullIfEmpty(rv), false, {}, {}, {}};
    };
    scalar(QStringLiteral("name"), local.name, remoteString(r, QStringLiteral("name")));
    scalar(QStringLiteral("description"), local.description.value_or(QString()), remoteString(r, QStringLiteral("description")));
    scalar(QStringLiteral("instructions"), local.instructions, remoteString(r, QStringLiteral("instructions")));
    scalar(QStringLiteral("model"), local.model, remoteString(r, QStringLiteral("model")));
    for (const auto &[field, l] : {std::pair{QStringLiteral("temperature"), local.temperature},
                                   std::pair{QStringLiteral("top_p"), local.topP}}) {
        const double rv = remoteNumber(r, field);
        if (std::fabs(l - rv) > Tolerance)
            out << Difference{field, l, rv, false, {}, {}, {}};
    }

    // Tools as a set.
    QSet<QString> remoteTools;
    QHash<QString, QJsonObject> remoteFunctions;
    QStringList remoteFunctionOrder;
    for (const auto &t : r.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject tool = t.toObject();
        const QString type = tool.value(QStringLiteral("type")).toString();
        remoteTools.insert(type);
        if (type == QLatin1String("function")) {
            const QJsonObject fn = normalisedRemoteFunction(tool.value(QStringLiteral("function")).toObject());
            const QString name = fn.value(QStringLiteral("name")).toString();
            if (!remoteFunctions.contains(name))
                remoteFunctionOrder << name;
            remoteFunctions.insert(name, fn);
        }
    }
    const bool remoteCi = remoteTools.contains(QStringLiteral("code_interpreter"));
    const bool remoteFs = remoteTools.contains(QStringLiteral("file_search"));
    if (local.codeInterpreter != remoteCi)
        out << Difference{QStringLiteral("tools.code_interpreter"), local.codeInterpreter, remoteCi, false, {}, {}, {}};
    if (local.fileSearch != remoteFs)
        out << Difference{QStringLiteral("tools.file_search"), local.fileSearch, remoteFs, false, {}, {}, {}};

    // Functions by name: local order first, then functions only in OpenAI in their remote order.
    QSet<QString> localNames;
    for (const auto &f : local.functions) {
        localNames.insert(f.name);
        const QString field = QStringLiteral("functions.") + f.name;
        const QJsonObject l = functionJson(f);
        const auto it = remoteFunctions.constFind(f.name);
        if (it == remoteFunctions.cend())
            out << Difference{field, l, QJsonValue::Null, false, {}, {}, {}};
        else if (!sameJson(l, *it))
            out << Difference{field, l, *it, false, {}, {}, {}};
    }
    for (const QString &name : remoteFunctionOrder)
        if (!localNames.contains(name))
            out << Difference{QStringLiteral("functions.") + name, QJsonValue::Null, remoteFunctions.value(name), false, {}, {}, {}};

    // Metadata by key, except the app's own key.
    const QJsonObject remoteMeta = r.value(QStringLiteral("metadata")).toObject();
    QStringList keys = local.metadata.keys();
    for (auto it = remoteMeta.begin(); it != remoteMeta.end(); ++it)
        if (!local.metadata.contains(it.key()))
            keys << it.key();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        if (key == DeskIdKey)
            continue;
        const QJsonValue l = local.metadata.contains(key) ? QJsonValue(local.metadata.value(key)) : QJsonValue(QJsonValue::Null);
        const QJsonValue rv = remoteMeta.contains(key) ? remoteMeta.value(key) : QJsonValue(QJsonValue::Null);
        if (l != rv)
            out << Difference{QStringLiteral("metadata.") + key, l, rv, false, {}, {}, {}};
    }

    // Vector store.
    const QJsonObject resources = r.value(QStringLiteral("tool_resources")).toObject();
    QStringList remoteStores;
    if (remoteFs)
        for (const auto &v : resources.value(QStringLiteral("file_search")).toObject().value(QStringLiteral("vector_store_ids")).toArray())
            remoteStores << v.toString();
    QStringList localStores;
    if (local.fileSearch && local.vectorStoreId)
        localStores << *local.vectorStoreId;
    if (QSet<QString>(localStores.begin(), localStores.end()) != QSet<QString>(remoteStores.begin(), remoteStores.end())) {
        out << Difference{QStringLiteral("file_search.vector_store"), QJsonArray::fromStringList(localStores),
                          QJsonArray::fromStringList(remoteStores), false, {}, {}, {}};
    } else {
        for (const auto &store : snapshot.stores)
            if (remoteStores.contains(store.id) && !store.found)
                out << Difference{QStringLiteral("file_search.vector_store"), QJsonArray::fromStringList(localStores),
                                  QJsonArray::fromStringList(remoteStores), false, {}, {},
                                  tr("Vector store %1 not found in OpenAI").arg(store.id)};
    }

    // Files per tool, both directions. Which local record holds a remote id is needed only for files that exist
    // only remotely, so that map is built on first use.
    QHash<QString, QString> localByRemote;
    bool localByRemoteBuilt = false;
    const auto localIndex = [&]() -> const QHash<QString, QString> & {
        if (!localByRemoteBuilt) {
            localByRemote.reserve(files.size());
            for (const auto &f : files)
                if (f.remoteFileId)
                    localByRemote.insert(*f.remoteFileId, f.id);
            localByRemoteBuilt = true;
        }
        return localByRemote;
    };
    const auto compareFiles = [&](const QString &field, bool localEnabled, const QStringList &localIds,
                                  const QStringList &remoteIds, const QHash<QString, QString> &failed) {
        Difference d{field, {}, {}, true, {}, {}, {}};
        // One hash of the remote ids (deduplicated); a local file that names one marks it as matched. 10,000-file
        // stores are compared on the UI thread, so this avoids a second set and rehashing (bench_syncdiff).
        QHash<QString, bool> matched;
        matched.reserve(remoteIds.size());
        for (const QString &rid : remoteIds)
            matched.insert(rid, false);
        if (localEnabled) {
            for (const QString &id : localIds) {
                const auto found = files.constFind(id);
                const WorkspaceFile &f = found != files.cend() ? *found : missingFile(id);
                if (!f.remoteFileId) {
                    d.onlyLocal << localRow(f, tr("not uploaded yet"));
                    continue;
                }
                const auto remote = matched.find(*f.remoteFileId);
                const bool inRemote = remote != matched.end();
                if (inRemote)
                    remote.value() = true;
                if (needsUpload(f))
                    d.onlyLocal << localRow(f, tr("changed since upload"));
                else if (failed.contains(*f.remoteFileId))
                    d.onlyLocal << localRow(f, tr("Failed to index in the vector store"));
                else if (!inRemote)
                    d.onlyLocal << localRow(f, QString());
            }
        }
        for (const QString &rid : remoteIds) {
            auto remote = matched.find(rid);
            if (remote.value())
                continue;
            remote.value() = true;   // one row per file, even when two stores hold it
            d.onlyRemote << remoteRow(rid, snapshot.files, localIndex(), files, failed.value(rid));
        }
        if (!d.onlyLocal.isEmpty() || !d.onlyRemote.isEmpty())
            out << d;
    };
    QStringList remoteCiFiles;
    if (remoteCi)
        for (const auto &v : resources.value(QStringLiteral("code_interpreter")).toObject().value(QStringLiteral("file_ids")).toArray())
            remoteCiFiles << v.toString();
    compareFiles(QStringLiteral("code_interpreter.files"), local.codeInterpreter, local.codeInterpreterFiles, remoteCiFiles, {});
    QStringList remoteFsFiles;   // may repeat an id held by two stores; compareFiles shows it once
    QHash<QString, QString> failed;
    for (const auto &store : snapshot.stores) {
        if (!remoteStores.contains(store.id) || !store.found)
            continue;
        remoteFsFiles.reserve(remoteFsFiles.size() + store.files.size());
        for (const auto &f : store.files) {
            if (f.status == QLatin1String("failed"))
                failed.insert(f.fileId, tr("Failed to index in the vector store"));
            remoteFsFiles << f.fileId;
        }
    }
    compareFiles(QStringLiteral("file_search.files"), local.fileSearch, local.fileSearchFiles, remoteFsFiles, failed);
    return out;
}

QJsonObject Difference::toJson() const
{
    if (isFiles) {
        const auto ids = [](const QList<DifferenceFile> &rows) {
            QJsonArray a;
            for (const auto &f : rows)
                a.append(f.remoteId.isEmpty() ? f.localId : f.remoteId);
            return a;
        };
        const auto detail = [](const QList<DifferenceFile> &rows) {
            QJsonArray a;
            for (const auto &f : rows)
                a.append(QJsonObject{{QStringLiteral("id"), f.localId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.localId)},
                                     {QStringLiteral("remote_id"), f.remoteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.remoteId)},
                                     {QStringLiteral("name"), f.name},
                                     {QStringLiteral("size"), double(f.size)},
                                     {QStringLiteral("note"), f.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.note)}});
            return a;
        };
        return QJsonObject{{QStringLiteral("field"), field},
                           {QStringLiteral("only_local"), ids(onlyLocal)},
                           {QStringLiteral("only_remote"), ids(onlyRemote)},
                           {QStringLiteral("only_local_files"), detail(onlyLocal)},
                           {QStringLiteral("only_remote_files"), detail(onlyRemote)}};
    }
    QJsonObject o{{QStringLiteral("field"), field}, {QStringLiteral("local"), local}, {QStringLiteral("remote"), remote}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

Difference Difference::fromJson(const QJsonObject &o)
{
    Difference d;
    d.field = o.value(QStringLiteral("field")).toString();
    d.note = o.value(QStringLiteral("note")).toString();
    if (o.contains(QStringLiteral("only_local"))) {
        d.isFiles = true;
        const auto rows = [](const QJsonArray &a) {
            QList<DifferenceFile> out;
            for (const auto &v : a) {
                const QJsonObject f = v.toObject();
                out << DifferenceFile{f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("remote_id")).toString(),
                                      f.value(QStringLiteral("name")).toString(), jsonInteger(f.value(QStringLiteral("size"))),
                                      f.value(QStringLiteral("note")).toString()};
            }
            return out;
        };
        d.onlyLocal = rows(o.value(QStringLiteral("only_local_files")).toArray());
        d.onlyRemote = rows(o.value(QStringLiteral("only_remote_files")).toArray());
    } else {
        d.local = o.value(QStringLiteral("local"));
        d.remote = o.value(QStringLiteral("remote"));
    }
    return d;
}

QString SyncDiff::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("SyncDiff", "Name")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("SyncDiff", "Description")},
        {QStringLiteral("instructions"), QT_TRANSLATE_NOOP("SyncDiff", "Instructions")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("SyncDiff", "Model")},
        {QStringLiteral("temperature"), QT_TRANSLATE_NOOP("SyncDiff", "Temperature")},
        {QStringLiteral("top_p"), QT_TRANSLATE_NOOP("SyncDiff", "Top P")},
        {QStringLiteral("tools.code_interpreter"), QT_TRANSLATE_NOOP("SyncDiff", "Code interpreter")},
        {QStringLiteral("tools.file_search"), QT_TRANSLATE_NOOP("SyncDiff", "File search")},
        {QStringLiteral("file_search.vector_store"), QT_TRANSLATE_NOOP("SyncDiff", "Vector store")},
        {QStringLiteral("code_interpreter.files"), QT_TRANSLATE_NOOP("SyncDiff", "Code interpreter files")},
        {QStringLiteral("file_search.files"), QT_TRANSLATE_NOOP("SyncDiff", "File search files")},
    };
    const auto it = labels.constFind(field);
    if (it != labels.cend())
        return QCoreApplication::translate("SyncDiff", *it);
    if (field.startsWith(QLatin1String("functions.")))
        return tr("Function “%1”").arg(field.mid(10));
    if (field.startsWith(QLatin1String("metadata.")))
        return tr("Metadata “%1”").arg(field.mid(9));
    return field;
}

QString Difference::summary() const
{
    const QString label = SyncDiff::fieldLabel(field);
    if (isFiles)
        return tr("%1: %2 only in the workspace, %3 only in OpenAI").arg(label).arg(onlyLocal.size()).arg(onlyRemote.size());
    if (!note.isEmpty())
        return label + QStringLiteral(": ") + note;
    const auto show = [](const QJsonValue &v) -> QString {
        if (v.isNull() || v.isUndefined())
            return tr("(none)");
        if (v.isString())
            return v.toString().size() > 60 ? v.toString().left(57) + QStringLiteral("…") : v.toString();
        if (v.isBool())
            return v.toBool() ? tr("on") : tr("off");
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 10);
        if (v.isArray() && v.toArray().isEmpty())
            return tr("(none)");
        return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
    };
    return tr("%1: %2 in the workspace, %3 in OpenAI").arg(label, show(local), show(remote));
}

QJsonArray SyncDiff::toJson(const QList<Difference> &differences)
{
    QJsonArray a;
    for (const auto &d : differences)
        a.append(d.toJson());
    return a;
}

QList<Difference> SyncDiff::fromJson(const QJsonArray &array)
{
    QList<Difference> out;
    for (const auto &v : array)
        out << Difference::fromJson(v.toObject());
    return out;
}
