#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

FieldProblem problem(const QString &path, const char *label, const QString &text)
{
    return {path, tr(label), text};
}

QString atMostChars(int max, qsizetype now)
{
    return tr("at most %1 characters (now %2)").arg(max).arg(now);
}

void checkFileList(QList<FieldProblem> &out, const QStringList &ids, const QString &path, const char *label, int max)
{
    if (ids.size() > max)
        out << problem(path, label, tr("at most %1 (now %2)").arg(max).arg(ids.size()));
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (seen.contains(id)) {
            out << problem(path, label, tr("file “%1” is listed twice").arg(id));
            break;
        }
        seen.insert(id);
    }
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}
} // namespace

bool isValidLocalId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"));
    return re.match(id).hasMatch();
}

QString generateLocalId(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidFunctionName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

bool isSha256Hex(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(value).hasMatch();
}

QList<FieldProblem> validateFunction(const FunctionTool &f, int index)
{
    QList<FieldProblem> out;
    const QString base = QStringLiteral("functions[%1]").arg(index);
    const QString label = tr("Function %1").arg(index + 1);
    if (!isValidFunctionName(f.name))
        out << FieldProblem{base + QStringLiteral(".name"), label,
                            tr("name must be 1 to 64 letters, digits, _ or - (now “%1”)").arg(f.name)};
    const auto type = f.parameters.value(QStringLiteral("type"));
    if (!type.isUndefined() && type.toString() != QLatin1String("object"))
        out << FieldProblem{base + QStringLiteral(".parameters"), label,
                            tr("parameters must be a JSON object of type \"object\"")};
    return out;
}

QList<FieldProblem> validateAssistant(const Assistant &a)
{
    QList<FieldProblem> out;
    if (!isValidLocalId(a.id))
        out << problem(QStringLiteral("id"), "Id", tr("“%1” is not a valid id").arg(a.id));
    if (isBlank(a.name))
        out << problem(QStringLiteral("name"), "Name", tr("must not be empty"));
    else if (a.name.size() > Limits::NameMax)
        out << problem(QStringLiteral("name"), "Name", atMostChars(Limits::NameMax, a.name.size()));
    if (a.description && a.description->size() > Limits::DescriptionMax)
        out << problem(QStringLiteral("description"), "Description",
                       atMostChars(Limits::DescriptionMax, a.description->size()));
    if (a.instructions.size() > Limits::InstructionsMax)
        out << problem(QStringLiteral("instructions"), "Instructions",
                       atMostChars(Limits::InstructionsMax, a.instructions.size()));
    if (a.model.isEmpty())
        out << problem(QStringLiteral("model"), "Model", tr("must not be empty"));
    else if (a.model.contains(QRegularExpression(QStringLiteral("\\s"))))
        out << problem(QStringLiteral("model"), "Model", tr("must not contain spaces"));
    if (!std::isfinite(a.temperature) || a.temperature < 0 || a.temperature > 2)
        out << problem(QStringLiteral("temperature"), "Temperature", tr("must be between 0 and 2"));
    if (!std::isfinite(a.topP) || a.topP < 0 || a.topP > 1)
        out << problem(QStringLiteral("top_p"), "Top P", tr("must be between 0 and 1"));

    const qsizetype toolCount = a.functions.size() + (a.codeInterpreter ? 1 : 0) + (a.fileSearch ? 1 : 0);
    if (toolCount > Limits::ToolsMax)
        out << problem(QStringLiteral("functions"), "Tools",
                       tr("at most %1 tools including functions (now %2)").arg(Limits::ToolsMax).arg(toolCount));
    QSet<QString> names;
    for (int i = 0; i < a.functions.size(); ++i) {
        const FunctionTool &f = a.functions.at(i);
        out << validateFunction(f, i);
        if (names.contains(f.name))
            out << FieldProblem{QStringLiteral("functions[%1].name").arg(i), tr("Function %1").arg(i + 1),
                                tr("the name “%1” is used by another function").arg(f.name)};
        names.insert(f.name);
    }

    checkFileList(out, a.codeInterpreterFiles, QStringLiteral("files.code_interpreter"), "Code interpreter files",
                  Limits::CodeInterpreterFilesMax);
    checkFileList(out, a.fileSearchFiles, QStringLiteral("files.file_search"), "File search files",
                  Limits::FileSearchFilesMax);

    if (a.vectorStoreId && a.vectorStoreId->isEmpty())
        out << problem(QStringLiteral("vector_store_id"), "Vector store", tr("must not be empty when set"));
    if (a.remoteId && a.remoteId->isEmpty())
        out << problem(QStringLiteral("remote_id"), "Remote id", tr("must not be empty when set"));

    if (a.metadata.size() > Limits::MetadataPairsMax)
        out << problem(QStringLiteral("metadata"), "Metadata",
                       tr("at most %1 pairs (now %2)").arg(Limits::MetadataPairsMax).arg(a.metadata.size()));
    for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it) {
        const QString path = QStringLiteral("metadata.") + it.key();
        if (it.key() == QLatin1String(ReservedMetadataKey))
            out << problem(path, "Metadata", tr("the key “%1” is reserved for Assistant Desk").arg(it.key()));
        else if (it.key().isEmpty() || it.key().size() > Limits::MetadataKeyMax)
            out << problem(path, "Metadata",
                           tr("key “%1” must be 1 to %2 characters").arg(it.key()).arg(Limits::MetadataKeyMax));
        if (it.value().size() > Limits::MetadataValueMax)
            out << problem(path, "Metadata",
                           tr("value of “%1” must be at most %2 characters (now %3)")
                               .arg(it.key())
                               .arg(Limits::MetadataValueMax)
                               .arg(it.value().size()));
    }
    if (a.versionNumber < 1)
        out << problem(a.isVersion() ? QStringLiteral("version_number") : QStringLiteral("next_version_number"),
                       "Version number", tr("must be at least 1"));
    return out;
}

QList<FieldProblem> validateFile(const WorkspaceFile &f)
{
    QList<FieldProblem> out;
    if (!isValidLocalId(f.id))
        out << problem(QStringLiteral("id"), "Id", tr("“%1” is not a valid id").arg(f.id));
    if (f.name.isEmpty())
        out << problem(QStringLiteral("name"), "File name", tr("must not be empty"));
    else if (f.name.size() > Limits::FileNameMax)
        out << problem(QStringLiteral("name"), "File name", atMostChars(Limits::FileNameMax, f.name.size()));
    else if (f.name.contains(QLatin1Char('/')) || f.name.contains(QLatin1Char('\\')))
        out << problem(QStringLiteral("name"), "File name", tr("must not contain / or \\"));
    if (f.size < 0)
        out << problem(QStringLiteral("size"), "Size", tr("must not be negative"));
    if (f.sha256 && !isSha256Hex(*f.sha256))
        out << problem(QStringLiteral("sha256"), "SHA-256", tr("must be 64 lowercase hexadecimal characters"));
    if (f.uploadedSha256 && !isSha256Hex(*f.uploadedSha256))
        out << problem(QStringLiteral("uploaded_sha256"), "Uploaded SHA-256",
                       tr("must be 64 lowercase hexadecimal characters"));
    if (f.remoteFileId && f.remoteFileId->isEmpty())
        out << problem(QStringLiteral("remote_file_id"), "Remote file id", tr("must not be empty when set"));
    return out;
}

QList<FieldProblem> validateExperiment(const Experiment &e)
{
    QList<FieldProblem> out;
    if (!isValidLocalId(e.id))
        out << problem(QStringLiteral("id"), "Id", tr("“%1” is not a valid id").arg(e.id));
    if (!e.isVersion() && isBlank(e.name))
        out << problem(QStringLiteral("name"), "Name", tr("must not be empty"));
    if (e.versionNumber < 1)
        out << problem(e.isVersion() ? QStringLiteral("version_number") : QStringLiteral("next_version_number"),
                       "Version number", tr("must be at least 1"));
    if (!e.isVersion() && e.published)
        out << problem(QStringLiteral("published"), "Published", tr("only a released version can be published"));
    return out;
}

QList<FieldProblem> validatePipeline(const Pipeline &p)
{
    QList<FieldProblem> out;
    if (!isValidLocalId(p.id))
        out << problem(QStringLiteral("id"), "Id", tr("“%1” is not a valid id").arg(p.id));
    if (!p.isVersion() && isBlank(p.name))
        out << problem(QStringLiteral("name"), "Name", tr("must not be empty"));
    if (p.versionNumber < 1)
        out << problem(p.isVersion() ? QStringLiteral("version_number") : QStringLiteral("next_version_number"),
                       "Version number", tr("must be at least 1"));
    QSet<QString> nodeIds;
    for (int i = 0; i < p.nodes.size(); ++i) {
        const PipelineNode &n = p.nodes.at(i);
        const QString base = QStringLiteral("nodes[%1]").arg(i);
        if (n.id.isEmpty())
            out << problem(base + QStringLiteral(".id"), "Node", tr("id must not be empty"));
        else if (nodeIds.contains(n.id))
            out << problem(base + QStringLiteral(".id"), "Node", tr("id “%1” is used twice in this pipeline").arg(n.id));
        nodeIds.insert(n.id);
        if (n.type.isEmpty())
            out << problem(base + QStringLiteral(".type"), "Node", tr("type must not be empty"));
        if (!n.assistantId.isEmpty() && n.type != QLatin1String("assistant"))
            out << problem(base + QStringLiteral(".assistant"), "Node",
                           tr("only nodes of type \"assistant\" may name an assistant"));
    }
    return out;
}

QStringList problemTexts(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << p.text();
    return lines;
}
