#include "interchange/interchange.h"

#include "domain/validation.h"
#include "interchange/jsonwriter.h"
#include "storage/blobstore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Interchange {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Interchange", text);
}

int boundedInt(qint64 low, qint64 value)
{
    return int(std::clamp<qint64>(value, low, std::numeric_limits<int>::max()));
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

enum class Kind { File, Assistant, Experiment, Pipeline, Check };

/// Where each JSONPath of a (valid) JSON text starts, for reporting errors in document order (§2): QJsonObject
/// forgets the order of keys, the text does not. Paths are built as the Reader builds them ($.a[0].b).
class PathOffsets
{
public:
    /// Records only `paths` and their prefixes (the error paths): memory stays proportional to them, not to the text.
    PathOffsets(const QByteArray &json, const QStringList &paths) : m_json(json)
    {
        for (QString p : paths) {
            for (;;) {
                m_wanted.insert(p);
                const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
                if (cut <= 0)
                    break;
                p.truncate(cut);
            }
        }
        value(QStringLiteral("$"), 0);
    }

    /// The offset of `path`, or of its longest recorded prefix (a missing key sorts at the start of its object).
    qsizetype offsetOf(QString path) const
    {
        for (;;) {
            if (const auto it = m_offsets.constFind(path); it != m_offsets.cend())
                return *it;
            const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
            if (cut <= 0)
                return 0;
            path.truncate(cut);
        }
    }

private:
    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_json.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos++);
            if (c == '\\') {
                ++m_pos;
                escaped = true;
            } else if (c == '"') {
                break;
            }
        }
        const QByteArray raw = m_json.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(raw.mid(1, raw.size() - 2));
        return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
    }
    void value(const QString &path, int depth)
    {
        skipSpace();
        if (m_pos >= m_json.size() || depth > 2048)
            return;
        if (!m_wanted.contains(path)) {
            skipValue();
            return;
        }
        m_offsets.insert(path, m_pos);   // a repeated key: the last one counts, as in QJsonObject
        const char c = peek();
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            ++m_pos;
            skipSpace();
            if (peek() == (object ? '}' : ']')) {
                ++m_pos;
                return;
            }
            for (int i = 0; m_pos < m_json.size(); ++i) {
                skipSpace();
                if (object) {
                    const QString key = string();
                    skipSpace();
                    ++m_pos;   // ':'
                    value(path + QLatin1Char('.') + key, depth + 1);
                } else {
                    value(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), depth + 1);
                }
                skipSpace();
                const char next = peek();
                ++m_pos;   // ',' or the closing bracket
                if (next != ',')
                    return;
            }
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(peek()))
                ++m_pos;
        }
    }

    /// Skips one value without recording anything inside it.
    void skipValue()
    {
        int depth = 0;
        do {
            const char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;   // the end of the enclosing container (an empty value cannot occur in valid JSON)
                --depth;
            } else if (depth == 0 && (c == ',' || c == '\0')) {
                return;
            }
            ++m_pos;
        } while (depth > 0 && m_pos < m_json.size());
        // A scalar at depth 0 ends at the next delimiter.
        while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(peek()))
            ++m_pos;
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QSet<QString> m_wanted;
};

/// Collects "<path>: <message>" lines and reads typed values, reporting type errors at their path.
class Reader
{
public:
    QStringList errors;
    QStringList errorPaths;   // the path of each entry of `errors`

    void error(const QString &path, const QString &message)
    {
        errors << path + QStringLiteral(": ") + message;
        errorPaths << path;
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                error(path + QLatin1Char('.') + it.key(), tr("unknown key"));
    }

    bool has(const QJsonObject &o, const QString &key) const { return o.contains(key); }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path + QLatin1Char('.') + key, tr("is required"));
            return fallback;
        }
        if (!v.isString()) {
            error(path + QLatin1Char('.') + key, tr("must be a string"));
            return fallback;
        }
        return v.toString();
    }

    std::optional<QString> nullableString(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            error(path + QLatin1Char('.') + key, tr("must be a string or null"));
            return std::nullopt;
        }
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &path, const QString &key, double fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            error(path + QLatin1Char('.') + key, tr("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }

    std::optional<qint64> integer(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path + QLatin1Char('.') + key, tr("is required"));
            return std::nullopt;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9007199254740991.0) {
            error(path + QLatin1Char('.') + key, tr("must be an integer"));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            error(path + QLatin1Char('.') + key, tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            error(path + QLatin1Char('.') + key, tr("must be an array"));
            return {};
        }
        return v.toArray();
    }

    QStringList stringArray(const QJsonObject &o, const QString &path, const QString &key)
    {
        QStringList out;
        const QJsonArray a = array(o, path, key);
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), tr("must be a string"));
            else
                out << a.at(i).toString();
        }
        return out;
    }

    /// Each item of an array that must hold objects; reports non-objects.
    QList<std::pair<QString, QJsonObject>> objects(const QJsonArray &a, const QString &arrayPath)
    {
        QList<std::pair<QString, QJsonObject>> out;
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(arrayPath).arg(i);
            if (!a.at(i).isObject())
                error(path, tr("must be an object"));
            else
                out.append({path, a.at(i).toObject()});
        }
        return out;
    }

    void problems(const QString &path, const QList<FieldProblem> &list)
    {
        for (const auto &p : list)
            error(path + QLatin1Char('.') + p.path, p.problem);
    }
};

struct IdEntry {
    Kind kind;
    QString path;
};

const QStringList FileKeys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("sha256"),
                              QStringLiteral("remote_file_id"), QStringLiteral("uploaded_sha256"),
                              QStringLiteral("content_base64")};
const QStringList AssistantCommonKeys = {
    QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("description"),
    QStringLiteral("instructions"), QStringLiteral("temperature"), QStringLiteral("top_p"),
    QStringLiteral("builtin_tools"), QStringLiteral("functions"), QStringLiteral("files"),
    QStringLiteral("vector_store_id"), QStringLiteral("metadata"), QStringLiteral("include_file_info"),
    QStringLiteral("allow_file_search_attachments"), QStringLiteral("allow_code_interpreter_attachments"),
    QStringLiteral("allow_file_downloads"), QStringLiteral("remote_id")};

class Parser
{
public:
    Parser(const Existing &existing) : m_existing(existing) {}

    Result<WorkspaceData> run(const QByteArray &json);

private:
    void collectIds(const QJsonObject &root);
    void registerId(const QString &id, Kind kind, const QString &path);
    void checkReference(const QString &path, const QString &id, Kind kind);
    void checkRemote(const QString &path, const std::optional<QString> &remoteId, bool file);

    void readFile(const QString &path, const QJsonObject &o);
    Assistant readAssistantRecord(const QString &path, const QJsonObject &o, bool version);
    void readAssistant(const QString &path, const QJsonObject &o);
    void readChecks(const QString &path, const QJsonObject &o, const QString &assistantId);
    void readExperiment(const QString &path, const QJsonObject &o);
    QList<PipelineNode> readNodes(const QString &path, const QJsonObject &o);
    void readPipeline(const QString &path, const QJsonObject &o);
    void checkVersionNumbers(const QString &path, const QJsonObject &o, const QList<std::pair<QString, int>> &numbers,
                             int &nextVersion);

    const Existing &m_existing;
    Reader r;
    WorkspaceData m_data;
    QHash<QString, IdEntry> m_ids;
    QHash<QString, QString> m_remoteIds;       // remote id → path of first use
    QHash<QString, QString> m_remoteFileIds;
};

void Parser::registerId(const QString &id, Kind kind, const QString &path)
{
    if (id.isEmpty())
        return;
    const auto it = m_ids.constFind(id);
    if (it != m_ids.cend()) {
        r.error(path + QStringLiteral(".id"), tr("duplicate id %1 (also at %2)").arg(quoted(id), it->path));
        return;
    }
    m_ids.insert(id, IdEntry{kind, path});
    if (m_existing.localIds.contains(id))
        r.error(path + QStringLiteral(".id"), tr("id already exists in the workspace (%1)").arg(quoted(id)));
}

void Parser::collectIds(const QJsonObject &root)
{
    // Before any record is read, so references may point forward in the file. Type errors are reported later.
    const auto scan = [&](const QString &key, Kind kind) {
        const QJsonArray a = root.value(key).toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QJsonObject o = a.at(i).toObject();
            const QString path = QStringLiteral("$.%1[%2]").arg(key).arg(i);
            registerId(o.value(QStringLiteral("id")).toString(), kind, path);
            const QJsonArray versions = o.value(QStringLiteral("versions")).toArray();
            if (kind != Kind::File)
                for (int v = 0; v < versions.size(); ++v)
                    registerId(versions.at(v).toObject().value(QStringLiteral("id")).toString(), kind,
                               QStringLiteral("%1.versions[%2]").arg(path).arg(v));
            // A saved check's id is a local id too (§1: unique across every kind of record).
            const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
            if (kind == Kind::Assistant)
                for (int c = 0; c < checks.size(); ++c)
                    registerId(checks.at(c).toObject().value(QStringLiteral("id")).toString(), Kind::Check,
                               QStringLiteral("%1.checks[%2]").arg(path).arg(c));
        }
    };
    scan(QStringLiteral("files"), Kind::File);
    scan(QStringLiteral("assistants"), Kind::Assistant);
    scan(QStringLiteral("experiments"), Kind::Experiment);
    scan(QStringLiteral("pipelines"), Kind::Pipeline);
}

void Parser::checkReference(const QString &path, const QString &id, Kind kind)
{
    if (id.isEmpty())
        return;
    const auto it = m_ids.constFind(id);
    if (it != m_ids.cend() && it->kind == kind)
        return;
    static const char *const names[] = {QT_TRANSLATE_NOOP("Interchange", "unknown file id %1"),
                                        QT_TRANSLATE_NOOP("Interchange", "unknown assistant id %1"),
                                        QT_TRANSLATE_NOOP("Interchange", "unknown experiment id %1"),
                                        QT_TRANSLATE_NOOP("Interchange", "unknown pipeline id %1"),
                                        QT_TRANSLATE_NOOP("Interchange", "unknown check id %1")};
    r.error(path, tr(names[int(kind)]).arg(quoted(id)));
}

void Parser::checkRemote(const QString &path, const std::optional<QString> &remoteId, bool file)
{
    if (!remoteId || remoteId->isEmpty())
        return;
    auto &seen = file ? m_remoteFileIds : m_remoteIds;
    const auto it = seen.constFind(*remoteId);
    if (it != seen.cend())
        r.error(path, tr("%1 is also used at %2").arg(quoted(*remoteId), *it));
    else
        seen.insert(*remoteId, path);
    if ((file ? m_existing.remoteFileIds : m_existing.remoteIds).contains(*remoteId))
        r.error(path, tr("%1 is already linked in the workspace").arg(quoted(*remoteId)));
}

void Parser::readFile(const QString &path, const QJsonObject &o)
{
    r.checkKeys(o, path, FileKeys);
    WorkspaceFile f;
    f.id = r.string(o, path, QStringLiteral("id"), true);
    f.name = r.string(o, path, QStringLiteral("name"), true);
    f.size = r.integer(o, path, QStringLiteral("size"), true).value_or(0);
    f.sha256 = r.nullableString(o, path, QStringLiteral("sha256"));
    f.remoteFileId = r.nullableString(o, path, QStringLiteral("remote_file_id"));
    if (o.contains(QStringLiteral("uploaded_sha256")))
        f.uploadedSha256 = r.nullableString(o, path, QStringLiteral("uploaded_sha256"));
    else if (f.remoteFileId)
        f.uploadedSha256 = f.sha256;
    r.problems(path, validateFile(f));
    checkRemote(path + QStringLiteral(".remote_file_id"), f.remoteFileId, true);
    if (o.contains(QStringLiteral("content_base64"))) {
        const QString encoded = r.string(o, path, QStringLiteral("content_base64"), false);
        const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QString cpath = path + QStringLiteral(".content_base64");
        if (!decoded) {
            r.error(cpath, tr("is not valid base64"));
        } else if (decoded.decoded.size() != f.size) {
            r.error(cpath, tr("decodes to %1 bytes, but size is %2").arg(decoded.decoded.size()).arg(f.size));
        } else {
            const QString hash = BlobStore::sha256Hex(decoded.decoded);
            if (f.sha256 && *f.sha256 != hash)
                r.error(cpath, tr("its SHA-256 is %1, but sha256 is %2").arg(hash, *f.sha256));
            if (!f.sha256)
                f.sha256 = hash;
            m_data.fileContents.insert(f.id, decoded.decoded);
        }
    }
    m_data.files << f;
}

Assistant Parser::readAssistantRecord(const QString &path, const QJsonObject &o, bool version)
{
    Assistant a;
    a.id = r.string(o, path, QStringLiteral("id"), true);
    a.name = r.string(o, path, QStringLiteral("name"), true);
    a.model = r.string(o, path, QStringLiteral("model"), true);
    a.description = r.nullableString(o, path, QStringLiteral("description"));
    if (a.description && a.description->isEmpty())
        a.description.reset();
    a.instructions = r.string(o, path, QStringLiteral("instructions"), false);
    a.temperature = r.number(o, path, QStringLiteral("temperature"), 1.0);
    a.topP = r.number(o, path, QStringLiteral("top_p"), 1.0);
    const QStringList tools = r.stringArray(o, path, QStringLiteral("builtin_tools"));
    for (int i = 0; i < tools.size(); ++i) {
        const QString tpath = QStringLiteral("%1.builtin_tools[%2]").arg(path).arg(i);
        if (tools.indexOf(tools.at(i)) != i)
            r.error(tpath, tr("%1 is listed twice").arg(quoted(tools.at(i))));
        else if (tools.at(i) == QLatin1String("code_interpreter"))
            a.codeInterpreter = true;
        else if (tools.at(i) == QLatin1String("file_search"))
            a.fileSearch = true;
        else
            r.error(tpath, tr("must be \"code_interpreter\" or \"file_search\""));
    }
    const QString fnPath = path + QStringLiteral(".functions");
    for (const auto &[fpath, fo] : r.objects(r.array(o, path, QStringLiteral("functions")), fnPath)) {
        r.checkKeys(fo, fpath, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("parameters"),
                                QStringLiteral("strict")});
        FunctionTool f;
        f.name = r.string(fo, fpath, QStringLiteral("name"), true);
        const QJsonValue desc = fo.value(QStringLiteral("description"));
        if (desc.isString())
            f.description = desc.toString();
        else if (!desc.isUndefined() && !desc.isNull())
            r.error(fpath + QStringLiteral(".description"), tr("must be a string"));
        const QJsonValue params = fo.value(QStringLiteral("parameters"));
        if (params.isObject())
            f.parameters = params.toObject();
        else if (!params.isUndefined())
            r.error(fpath + QStringLiteral(".parameters"), tr("must be a JSON object"));
        f.strict = r.boolean(fo, fpath, QStringLiteral("strict"), false);
        a.functions << f;
    }
    const QJsonValue files = o.value(QStringLiteral("files"));
    if (files.isObject()) {
        const QJsonObject fo = files.toObject();
        const QString fpath = path + QStringLiteral(".files");
        r.checkKeys(fo, fpath, {QStringLiteral("code_interpreter"), QStringLiteral("file_search")});
        a.codeInterpreterFiles = r.stringArray(fo, fpath, QStringLiteral("code_interpreter"));
        a.fileSearchFiles = r.stringArray(fo, fpath, QStringLiteral("file_search"));
        for (int i = 0; i < a.codeInterpreterFiles.size(); ++i)
            checkReference(QStringLiteral("%1.code_interpreter[%2]").arg(fpath).arg(i), a.codeInterpreterFiles.at(i), Kind::File);
        for (int i = 0; i < a.fileSearchFiles.size(); ++i)
            checkReference(QStringLiteral("%1.file_search[%2]").arg(fpath).arg(i), a.fileSearchFiles.at(i), Kind::File);
    } else if (!files.isUndefined()) {
        r.error(path + QStringLiteral(".files"), tr("must be an object"));
    }
    a.vectorStoreId = r.nullableString(o, path, QStringLiteral("vector_store_id"));
    const QJsonValue metadata = o.value(QStringLiteral("metadata"));
    if (metadata.isObject()) {
        const QJsonObject mo = metadata.toObject();
        for (auto it = mo.begin(); it != mo.end(); ++it) {
            if (!it.value().isString())
                r.error(path + QStringLiteral(".metadata.") + it.key(), tr("must be a string"));
            else
                a.metadata.insert(it.key(), it.value().toString());
        }
    } else if (!metadata.isUndefined() && !metadata.isNull()) {
        r.error(path + QStringLiteral(".metadata"), tr("must be an object"));
    }
    a.includeFileInfo = r.boolean(o, path, QStringLiteral("include_file_info"), true);
    a.allowFileSearchAttachments = r.boolean(o, path, QStringLiteral("allow_file_search_attachments"), true);
    a.allowCodeInterpreterAttachments = r.boolean(o, path, QStringLiteral("allow_code_interpreter_attachments"), true);
    a.allowFileDownloads = r.boolean(o, path, QStringLiteral("allow_file_downloads"), false);
    a.remoteId = r.nullableString(o, path, QStringLiteral("remote_id"));
    checkRemote(path + QStringLiteral(".remote_id"), a.remoteId, false);
    a.notPushed = !a.remoteId.has_value();
    if (version)
        a.versionNumber = boundedInt(0, r.integer(o, path, QStringLiteral("version_number"), true).value_or(1));
    QList<FieldProblem> problems = validateAssistant(a);
    // The version-number rule is checked with the family below; the id was reported by the type check when absent.
    problems.erase(std::remove_if(problems.begin(), problems.end(),
                                  [&](const FieldProblem &p) {
                                      return p.path.endsWith(QLatin1String("version_number"))
                                          || (p.path == QLatin1String("id") && !o.value(QStringLiteral("id")).isString())
                                          || (p.path == QLatin1String("name") && !o.value(QStringLiteral("name")).isString())
                                          || (p.path == QLatin1String("model") && !o.value(QStringLiteral("model")).isString());
                                  }),
                   problems.end());
    r.problems(path, problems);
    return a;
}

void Parser::checkVersionNumbers(const QString &path, const QJsonObject &o, const QList<std::pair<QString, int>> &numbers,
                                 int &nextVersion)
{
    int highest = 0;
    QSet<int> seen;
    for (const auto &[vpath, n] : numbers) {
        if (n < 1)
            r.error(vpath + QStringLiteral(".version_number"), tr("must be at least 1"));
        else if (seen.contains(n))
            r.error(vpath + QStringLiteral(".version_number"), tr("version %1 appears twice in this family").arg(n));
        seen.insert(n);
        highest = std::max(highest, n);
    }
    const auto next = r.integer(o, path, QStringLiteral("next_version_number"), false);
    if (next) {
        if (*next <= highest || *next < 1)
            r.error(path + QStringLiteral(".next_version_number"),
                    highest > 0 ? tr("must be greater than every version number (highest is %1)").arg(highest)
                                : tr("must be at least 1"));
        nextVersion = boundedInt(1, *next);
    } else {
        nextVersion = highest + 1;
    }
}

void Parser::readAssistant(const QString &path, const QJsonObject &o)
{
    QStringList keys = AssistantCommonKeys;
    keys << QStringLiteral("is_archived") << QStringLiteral("next_version_number") << QStringLiteral("versions")
         << QStringLiteral("checks");
    r.checkKeys(o, path, keys);
    Assistant working = readAssistantRecord(path, o, false);
    working.archived = r.boolean(o, path, QStringLiteral("is_archived"), false);
    QList<Assistant> versions;
    QList<std::pair<QString, int>> numbers;
    QStringList versionKeys = AssistantCommonKeys;
    versionKeys << QStringLiteral("version_number");
    for (const auto &[vpath, vo] : r.objects(r.array(o, path, QStringLiteral("versions")), path + QStringLiteral(".versions"))) {
        r.checkKeys(vo, vpath, versionKeys);
        Assistant v = readAssistantRecord(vpath, vo, true);
        v.workingVersionId = working.id;
        v.archived = working.archived;
        numbers.append({vpath, v.versionNumber});
        versions << v;
    }
    checkVersionNumbers(path, o, numbers, working.versionNumber);
    readChecks(path, o, working.id);
    m_data.assistants << working << versions;
}

void Parser::readChecks(const QString &path, const QJsonObject &o, const QString &assistantId)
{
    // Ids were registered with the other records (collectIds): duplicates are reported there, once.
    const QJsonArray list = r.array(o, path, QStringLiteral("checks"));
    QList<Check> checks;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1.checks[%2]").arg(path).arg(i);
        const Result<Check> check = Checks::fromJson(list.at(i), at);
        if (check) {
            checks << check.value();
            continue;
        }
        for (const QString &line : check.error().details) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "), at.size());
            if (colon < 0)
                r.error(at, line);
            else
                r.error(line.left(colon), line.mid(colon + 2));
        }
    }
    if (!checks.isEmpty())
        m_data.checks.insert(assistantId, checks);
}

void Parser::readExperiment(const QString &path, const QJsonObject &o)
{
    r.checkKeys(o, path, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("assistant"), QStringLiteral("pipeline"),
                          QStringLiteral("is_archived"), QStringLiteral("next_version_number"), QStringLiteral("versions")});
    Experiment working;
    working.id = r.string(o, path, QStringLiteral("id"), true);
    working.name = r.string(o, path, QStringLiteral("name"), true);
    working.assistantId = r.nullableString(o, path, QStringLiteral("assistant")).value_or(QString());
    working.pipelineId = r.nullableString(o, path, QStringLiteral("pipeline")).value_or(QString());
    working.archived = r.boolean(o, path, QStringLiteral("is_archived"), false);
    checkReference(path + QStringLiteral(".assistant"), working.assistantId, Kind::Assistant);
    checkReference(path + QStringLiteral(".pipeline"), working.pipelineId, Kind::Pipeline);
    if (o.value(QStringLiteral("name")).isString() && working.name.trimmed().isEmpty())
        r.error(path + QStringLiteral(".name"), tr("must not be empty"));
    if (o.value(QStringLiteral("id")).isString() && !isValidLocalId(working.id))
        r.error(path + QStringLiteral(".id"), tr("%1 is not a valid id").arg(quoted(working.id)));
    QList<Experiment> versions;
    QList<std::pair<QString, int>> numbers;
    QString publishedAt;
    for (const auto &[vpath, vo] : r.objects(r.array(o, path, QStringLiteral("versions")), path + QStringLiteral(".versions"))) {
        r.checkKeys(vo, vpath, {QStringLiteral("id"), QStringLiteral("version_number"), QStringLiteral("published"),
                                QStringLiteral("is_archived"), QStringLiteral("assistant"), QStringLiteral("pipeline")});
        Experiment v;
        v.id = r.string(vo, vpath, QStringLiteral("id"), true);
        v.workingId = working.id;
        v.name = working.name;
        v.versionNumber = boundedInt(0, r.integer(vo, vpath, QStringLiteral("version_number"), true).value_or(1));
        v.published = r.boolean(vo, vpath, QStringLiteral("published"), false);
        v.archived = r.boolean(vo, vpath, QStringLiteral("is_archived"), false);
        v.assistantId = r.nullableString(vo, vpath, QStringLiteral("assistant")).value_or(QString());
        v.pipelineId = r.nullableString(vo, vpath, QStringLiteral("pipeline")).value_or(QString());
        if (vo.value(QStringLiteral("id")).isString() && !isValidLocalId(v.id))
            r.error(vpath + QStringLiteral(".id"), tr("%1 is not a valid id").arg(quoted(v.id)));
        checkReference(vpath + QStringLiteral(".assistant"), v.assistantId, Kind::Assistant);
        checkReference(vpath + QStringLiteral(".pipeline"), v.pipelineId, Kind::Pipeline);
        if (v.published) {
            if (!publishedAt.isEmpty())
                r.error(vpath + QStringLiteral(".published"),
                        tr("only one version of an experiment can be published (also %1)").arg(publishedAt));
            else
                publishedAt = vpath;
        }
        numbers.append({vpath, v.versionNumber});
        versions << v;
    }
    checkVersionNumbers(path, o, numbers, working.versionNumber);
    m_data.experiments << working << versions;
}

QList<PipelineNode> Parser::readNodes(const QString &path, const QJsonObject &o)
{
    QList<PipelineNode> nodes;
    QHash<QString, QString> nodeIds;
    for (const auto &[npath, no] : r.objects(r.array(o, path, QStringLiteral("nodes")), path + QStringLiteral(".nodes"))) {
        r.checkKeys(no, npath, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("assistant")});
        PipelineNode n;
        n.id = r.string(no, npath, QStringLiteral("id"), true);
        n.type = r.string(no, npath, QStringLiteral("type"), true);
        n.label = r.nullableString(no, npath, QStringLiteral("label")).value_or(QString());
        n.assistantId = r.nullableString(no, npath, QStringLiteral("assistant")).value_or(QString());
        if (!n.id.isEmpty()) {
            if (nodeIds.contains(n.id))
                r.error(npath + QStringLiteral(".id"), tr("duplicate node id %1 (also at %2)").arg(quoted(n.id), nodeIds.value(n.id)));
            else
                nodeIds.insert(n.id, npath);
        } else if (no.value(QStringLiteral("id")).isString()) {
            r.error(npath + QStringLiteral(".id"), tr("must not be empty"));
        }
        if (no.value(QStringLiteral("type")).isString() && n.type.isEmpty())
            r.error(npath + QStringLiteral(".type"), tr("must not be empty"));
        if (!n.assistantId.isEmpty()) {
            if (n.type != QLatin1String("assistant"))
                r.error(npath + QStringLiteral(".assistant"), tr("only nodes of type \"assistant\" may name an assistant"));
            else
                checkReference(npath + QStringLiteral(".assistant"), n.assistantId, Kind::Assistant);
        }
        nodes << n;
    }
    return nodes;
}

void Parser::readPipeline(const QString &path, const QJsonObject &o)
{
    r.checkKeys(o, path, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("is_archived"),
                          QStringLiteral("next_version_number"), QStringLiteral("nodes"), QStringLiteral("versions")});
    Pipeline working;
    working.id = r.string(o, path, QStringLiteral("id"), true);
    working.name = r.string(o, path, QStringLiteral("name"), true);
    working.archived = r.boolean(o, path, QStringLiteral("is_archived"), false);
    if (o.value(QStringLiteral("name")).isString() && working.name.trimmed().isEmpty())
        r.error(path + QStringLiteral(".name"), tr("must not be empty"));
    if (o.value(QStringLiteral("id")).isString() && !isValidLocalId(working.id))
        r.error(path + QStringLiteral(".id"), tr("%1 is not a valid id").arg(quoted(working.id)));
    working.nodes = readNodes(path, o);
    QList<Pipeline> versions;
    QList<std::pair<QString, int>> numbers;
    for (const auto &[vpath, vo] : r.objects(r.array(o, path, QStringLiteral("versions")), path + QStringLiteral(".versions"))) {
        r.checkKeys(vo, vpath, {QStringLiteral("id"), QStringLiteral("version_number"), QStringLiteral("is_archived"),
                                QStringLiteral("nodes")});
        Pipeline v;
        v.id = r.string(vo, vpath, QStringLiteral("id"), true);
        v.workingId = working.id;
        v.name = working.name;
        v.versionNumber = boundedInt(0, r.integer(vo, vpath, QStringLiteral("version_number"), true).value_or(1));
        v.archived = r.boolean(vo, vpath, QStringLiteral("is_archived"), false);
        if (vo.value(QStringLiteral("id")).isString() && !isValidLocalId(v.id))
            r.error(vpath + QStringLiteral(".id"), tr("%1 is not a valid id").arg(quoted(v.id)));
        v.nodes = readNodes(vpath, vo);
        numbers.append({vpath, v.versionNumber});
        versions << v;
    }
    checkVersionNumbers(path, o, numbers, working.versionNumber);
    m_data.pipelines << working << versions;
}

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

Result<WorkspaceData> Parser::run(const QByteArray &json)
{
    // Invalid sequences decode to U+FFFD, so they do not survive the round trip.
    if (QString::fromUtf8(json).toUtf8() != json)
        r.error(QStringLiteral("$"), tr("the file is not valid UTF-8 text"));
    QJsonParseError pe;
    const QJsonDocument doc = r.errors.isEmpty() ? QJsonDocument::fromJson(json, &pe) : QJsonDocument();
    if (r.errors.isEmpty() && pe.error != QJsonParseError::NoError)
        r.error(QStringLiteral("$"), tr("invalid JSON at %1: %2").arg(lineColumn(json, pe.offset), pe.errorString()));
    if (r.errors.isEmpty() && !doc.isObject())
        r.error(QStringLiteral("$"), tr("must be a JSON object"));
    if (!r.errors.isEmpty())
        return Error::validation(r.errors);

    const QJsonObject root = doc.object();
    const QString path = QStringLiteral("$");
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        r.error(QStringLiteral("$.format"), tr("is required"));
    else if (format.toString() != QLatin1String(Format))
        r.error(QStringLiteral("$.format"), tr("must be \"%1\"").arg(QLatin1String(Format)));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (version.isUndefined())
        r.error(QStringLiteral("$.format_version"), tr("is required"));
    else if (!version.isDouble() || version.toDouble() != FormatVersion)
        r.error(QStringLiteral("$.format_version"),
                tr("must be %1 (this version of Assistant Desk reads format version %1)").arg(FormatVersion));
    if (root.contains(QStringLiteral("exported_at")) && !root.value(QStringLiteral("exported_at")).isString())
        r.error(QStringLiteral("$.exported_at"), tr("must be a string"));
    if (!r.errors.isEmpty())
        return Error::validation(r.errors);   // not this format: the rest would only be noise
    r.checkKeys(root, path, {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("exported_at"),
                             QStringLiteral("files"), QStringLiteral("assistants"), QStringLiteral("experiments"),
                             QStringLiteral("pipelines")});

    collectIds(root);
    for (const auto &[p, o] : r.objects(r.array(root, path, QStringLiteral("files")), QStringLiteral("$.files")))
        readFile(p, o);
    for (const auto &[p, o] : r.objects(r.array(root, path, QStringLiteral("assistants")), QStringLiteral("$.assistants")))
        readAssistant(p, o);
    for (const auto &[p, o] : r.objects(r.array(root, path, QStringLiteral("experiments")), QStringLiteral("$.experiments")))
        readExperiment(p, o);
    for (const auto &[p, o] : r.objects(r.array(root, path, QStringLiteral("pipelines")), QStringLiteral("$.pipelines")))
        readPipeline(p, o);

    if (!r.errors.isEmpty()) {
        // Document order (§2): by where each path starts in the text; errors at one place keep the order of the rules.
        const PathOffsets offsets(json, r.errorPaths);
        QList<std::pair<qsizetype, qsizetype>> order;   // (offset, index)
        for (qsizetype i = 0; i < r.errors.size(); ++i)
            order.append({offsets.offsetOf(r.errorPaths.at(i)), i});
        std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList sorted;
        for (const auto &[offset, index] : std::as_const(order))
            sorted << r.errors.at(index);
        r.errors = sorted;
        QStringList lines = r.errors.mid(0, MaxReportedErrors);
        if (r.errors.size() > MaxReportedErrors)
            lines << tr("…and %1 more").arg(r.errors.size() - MaxReportedErrors);
        return Error::validation(lines);
    }
    return m_data;
}

// --- writing ---------------------------------------------------------------------------------------------------

template<typename T>
QList<T> sortedById(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

void writeAssistantFields(JsonWriter &w, const Assistant &a, bool version)
{
    w.key(QStringLiteral("id"));
    w.value(a.id);
    if (version) {
        w.key(QStringLiteral("version_number"));
        w.value(a.versionNumber);
    }
    w.key(QStringLiteral("name"));
    w.value(a.name);
    w.key(QStringLiteral("model"));
    w.value(a.model);
    w.key(QStringLiteral("description"));
    w.value(a.description);
    w.key(QStringLiteral("instructions"));
    w.value(a.instructions);
    w.key(QStringLiteral("temperature"));
    w.value(a.temperature);
    w.key(QStringLiteral("top_p"));
    w.value(a.topP);
    w.key(QStringLiteral("builtin_tools"));
    w.stringArray(a.builtinTools());
    w.key(QStringLiteral("functions"));
    w.beginArray();
    for (const auto &f : a.functions) {
        w.beginObject();
        w.key(QStringLiteral("name"));
        w.value(f.name);
        w.key(QStringLiteral("description"));
        w.value(f.description);
        w.key(QStringLiteral("parameters"));
        w.value(QJsonValue(f.parameters));
        w.key(QStringLiteral("strict"));
        w.value(f.strict);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("files"));
    w.beginObject();
    w.key(QStringLiteral("code_interpreter"));
    w.stringArray(a.codeInterpreterFiles);
    w.key(QStringLiteral("file_search"));
    w.stringArray(a.fileSearchFiles);
    w.endObject();
    w.key(QStringLiteral("vector_store_id"));
    w.value(a.vectorStoreId);
    w.key(QStringLiteral("metadata"));
    w.beginObject();
    for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
    w.endObject();
    w.key(QStringLiteral("include_file_info"));
    w.value(a.includeFileInfo);
    w.key(QStringLiteral("allow_file_search_attachments"));
    w.value(a.allowFileSearchAttachments);
    w.key(QStringLiteral("allow_code_interpreter_attachments"));
    w.value(a.allowCodeInterpreterAttachments);
    w.key(QStringLiteral("allow_file_downloads"));
    w.value(a.allowFileDownloads);
    w.key(QStringLiteral("remote_id"));
    w.value(a.remoteId);
}

void writeNodes(JsonWriter &w, const QList<PipelineNode> &nodes)
{
    w.key(QStringLiteral("nodes"));
    w.beginArray();
    for (const auto &n : nodes) {
        w.beginObject();
        w.key(QStringLiteral("id"));
        w.value(n.id);
        w.key(QStringLiteral("type"));
        w.value(n.type);
        w.key(QStringLiteral("label"));
        if (n.label.isEmpty())
            w.null();
        else
            w.value(n.label);
        w.key(QStringLiteral("assistant"));
        if (n.assistantId.isEmpty())
            w.null();
        else
            w.value(n.assistantId);
        w.endObject();
    }
    w.endArray();
}

void nullableId(JsonWriter &w, const QString &key, const QString &id)
{
    w.key(key);
    if (id.isEmpty())
        w.null();
    else
        w.value(id);
}

void writeChecks(JsonWriter &w, const QList<Check> &checks)
{
    w.key(QStringLiteral("checks"));
    w.beginArray();
    for (const Check &c : checks) {
        w.beginObject();
        w.key(QStringLiteral("id"));
        w.value(c.id);
        w.key(QStringLiteral("name"));
        w.value(c.name);
        w.key(QStringLiteral("messages"));
        w.stringArray(c.messages);
        w.key(QStringLiteral("function_results"));
        w.beginObject();
        for (auto it = c.functionResults.cbegin(); it != c.functionResults.cend(); ++it) {
            w.key(it.key());
            w.value(it.value());
        }
        w.endObject();
        w.key(QStringLiteral("expect"));
        w.beginArray();
        for (const CheckExpectation &e : c.expect) {
            w.beginObject();
            w.key(CheckExpectation::key(e.kind));
            if (e.kind == CheckExpectation::Kind::JsonSchema)
                w.value(QJsonValue(e.schema));
            else
                w.value(e.text);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

template<typename T, typename Working>
QList<T> familyVersions(const QList<T> &all, const QString &workingId, Working workingOf)
{
    QList<T> out;
    for (const T &t : all)
        if (workingOf(t) == workingId)
            out << t;
    std::sort(out.begin(), out.end(), [](const T &a, const T &b) { return a.versionNumber < b.versionNumber; });
    return out;
}
} // namespace

Result<WorkspaceData> parse(const QByteArray &json, const Existing &existing)
{
    return Parser(existing).run(json);
}

QByteArray write(const WorkspaceData &data, bool withContents, const QDateTime &exportedAt)
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("format"));
    w.value(QString::fromLatin1(Format));
    w.key(QStringLiteral("format_version"));
    w.value(FormatVersion);
    w.key(QStringLiteral("exported_at"));
    w.value(exportedAt.toUTC().toString(Qt::ISODate));

    w.key(QStringLiteral("files"));
    w.beginArray();
    for (const auto &f : sortedById(data.files)) {
        w.beginObject();
        w.key(QStringLiteral("id"));
        w.value(f.id);
        w.key(QStringLiteral("name"));
        w.value(f.name);
        w.key(QStringLiteral("size"));
        w.value(f.size);
        w.key(QStringLiteral("sha256"));
        w.value(f.sha256);
        w.key(QStringLiteral("remote_file_id"));
        w.value(f.remoteFileId);
        w.key(QStringLiteral("uploaded_sha256"));
        w.value(f.uploadedSha256);
        const auto content = data.fileContents.constFind(f.id);
        if (withContents && content != data.fileContents.cend()) {
            w.key(QStringLiteral("content_base64"));
            w.value(QString::fromLatin1(content->toBase64()));
        }
        w.endObject();
    }
    w.endArray();

    QList<Assistant> working;
    for (const auto &a : data.assistants)
        if (!a.isVersion())
            working << a;
    w.key(QStringLiteral("assistants"));
    w.beginArray();
    for (const auto &a : sortedById(working)) {
        w.beginObject();
        writeAssistantFields(w, a, false);
        w.key(QStringLiteral("is_archived"));
        w.value(a.archived);
        w.key(QStringLiteral("next_version_number"));
        w.value(a.versionNumber);
        w.key(QStringLiteral("versions"));
        w.beginArray();
        for (const auto &v : familyVersions(data.assistants, a.id, [](const Assistant &x) { return x.workingVersionId; })) {
            w.beginObject();
            writeAssistantFields(w, v, true);
            w.endObject();
        }
        w.endArray();
        writeChecks(w, data.checks.value(a.id));
        w.endObject();
    }
    w.endArray();

    w.key(QStringLiteral("experiments"));
    w.beginArray();
    for (const auto &e : sortedById(data.experiments)) {
        if (e.isVersion())
            continue;
        w.beginObject();
        w.key(QStringLiteral("id"));
        w.value(e.id);
        w.key(QStringLiteral("name"));
        w.value(e.name);
        nullableId(w, QStringLiteral("assistant"), e.assistantId);
        nullableId(w, QStringLiteral("pipeline"), e.pipelineId);
        w.key(QStringLiteral("is_archived"));
        w.value(e.archived);
        w.key(QStringLiteral("next_version_number"));
        w.value(e.versionNumber);
        w.key(QStringLiteral("versions"));
        w.beginArray();
        for (const auto &v : familyVersions(data.experiments, e.id, [](const Experiment &x) { return x.workingId; })) {
            w.beginObject();
            w.key(QStringLiteral("id"));
            w.value(v.id);
            w.key(QStringLiteral("version_number"));
            w.value(v.versionNumber);
            w.key(QStringLiteral("published"));
            w.value(v.published);
            w.key(QStringLiteral("is_archived"));
            w.value(v.archived);
            nullableId(w, QStringLiteral("assistant"), v.assistantId);
            nullableId(w, QStringLiteral("pipeline"), v.pipelineId);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key(QStringLiteral("pipelines"));
    w.beginArray();
    for (const auto &p : sortedById(data.pipelines)) {
        if (p.isVersion())
            continue;
        w.beginObject();
        w.key(QStringLiteral("id"));
        w.value(p.id);
        w.key(QStringLiteral("name"));
        w.value(p.name);
        w.key(QStringLiteral("is_archived"));
        w.value(p.archived);
        w.key(QStringLiteral("next_version_number"));
        w.value(p.versionNumber);
        writeNodes(w, p.nodes);
        w.key(QStringLiteral("versions"));
        w.beginArray();
        for (const auto &v : familyVersions(data.pipelines, p.id, [](const Pipeline &x) { return x.workingId; })) {
            w.beginObject();
            w.key(QStringLiteral("id"));
            w.value(v.id);
            w.key(QStringLiteral("version_number"));
            w.value(v.versionNumber);
            w.key(QStringLiteral("is_archived"));
            w.value(v.archived);
            writeNodes(w, v.nodes);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

Status importInto(Workspace &workspace, const QByteArray &json)
{
    Existing existing{workspace.localIds(), workspace.linkedRemoteIds(), workspace.linkedRemoteFileIds()};
    auto data = parse(json, existing);
    if (!data)
        return data.error();
    return workspace.importData(data.value());
}

QByteArray exportFrom(const Workspace &workspace, bool withContents, const QDateTime &exportedAt)
{
    return write(workspace.exportData(withContents), withContents, exportedAt);
}
} // namespace Interchange
