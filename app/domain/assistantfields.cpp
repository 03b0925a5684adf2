#include "domain/assistantfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AssistantFields", text);
}

QString functionsJson(const QList<FunctionTool> &functions)
{
    QJsonArray array;
    for (const FunctionTool &f : functions)
        array.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("description"), f.description},
                                 {QStringLiteral("parameters"), f.parameters},
                                 {QStringLiteral("strict"), f.strict}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString metadataText(const QMap<QString, QString> &metadata)
{
    QStringList pairs;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key(), it.value());
    return pairs.join(QStringLiteral(", "));
}

QString yesNo(bool on)
{
    return on ? tr("on") : tr("off");
}
} // namespace

namespace AssistantFields {
QStringList settableFields()
{
    return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("instructions"),
            QStringLiteral("model"), QStringLiteral("temperature"), QStringLiteral("top_p"),
            QStringLiteral("metadata.KEY")};
}

Result<FieldEdit> parseEdit(const QString &argument)
{
    const qsizetype eq = argument.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error{ErrorKind::Validation, tr("“%1”: expected FIELD=VALUE").arg(argument), {}};
    return FieldEdit{argument.left(eq), argument.mid(eq + 1)};
}

Status apply(Assistant &a, const FieldEdit &e)
{
    const auto number = [&e](const QString &label, double &target) -> Status {
        bool ok = false;
        const double v = e.value.trimmed().toDouble(&ok);
        if (!ok)
            return Error{ErrorKind::Validation, tr("%1: not a number (“%2”)").arg(label, e.value), {}};
        target = v;
        return {};
    };
    if (e.field == QLatin1String("name"))
        a.name = e.value;
    else if (e.field == QLatin1String("description"))
        a.description = e.value.isEmpty() ? std::nullopt : std::optional<QString>(e.value);
    else if (e.field == QLatin1String("instructions"))
        a.instructions = e.value;
    else if (e.field == QLatin1String("model"))
        a.model = e.value;
    else if (e.field == QLatin1String("temperature"))
        return number(QCoreApplication::translate("Validation", "Temperature"), a.temperature);
    else if (e.field == QLatin1String("top_p"))
        return number(QCoreApplication::translate("Validation", "Top P"), a.topP);
    else if (e.field.startsWith(QLatin1String("metadata.")) && e.field.size() > 9) {
        const QString key = e.field.mid(9);
        if (e.value.isEmpty())
            a.metadata.remove(key);
        else
            a.metadata.insert(key, e.value);
    } else
        return Error{ErrorKind::Validation,
                     tr("Field “%1”: not a field set changes (%2)").arg(e.field, settableFields().join(QStringLiteral(", "))),
                     {}};
    return {};
}

QList<Field> fields()
{
    return {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("instructions"), tr("Instructions")},
        {QStringLiteral("model"), tr("Model")},
        {QStringLiteral("temperature"), tr("Temperature")},
        {QStringLiteral("top_p"), tr("Top P")},
        {QStringLiteral("tools.code_interpreter"), tr("Code interpreter")},
        {QStringLiteral("tools.file_search"), tr("File search")},
        {QStringLiteral("functions"), tr("Function tools")},
        {QStringLiteral("files.code_interpreter"), tr("Code interpreter files")},
        {QStringLiteral("files.file_search"), tr("File search files")},
        {QStringLiteral("metadata"), tr("Metadata")},
        {QStringLiteral("vector_store_id"), tr("Vector store")},
        {QStringLiteral("remote_id"), tr("Assistant in OpenAI")},
        {QStringLiteral("include_file_info"), tr("Include file info")},
        {QStringLiteral("allow_file_search_attachments"), tr("Allow file search attachments")},
        {QStringLiteral("allow_code_interpreter_attachments"), tr("Allow code interpreter attachments")},
        {QStringLiteral("allow_file_downloads"), tr("Allow file downloads")},
    };
}

QString displayValue(const QString &name, const Assistant &a)
{
    if (name == QLatin1String("name"))
        return a.name;
    if (name == QLatin1String("description"))
        return a.description.value_or(QString());
    if (name == QLatin1String("instructions"))
        return a.instructions;
    if (name == QLatin1String("model"))
        return a.model;
    if (name == QLatin1String("temperature"))
        return QString::number(a.temperature);
    if (name == QLatin1String("top_p"))
        return QString::number(a.topP);
    if (name == QLatin1String("tools.code_interpreter"))
        return yesNo(a.codeInterpreter);
    if (name == QLatin1String("tools.file_search"))
        return yesNo(a.fileSearch);
    if (name == QLatin1String("functions"))
        return functionsJson(a.functions);
    if (name == QLatin1String("files.code_interpreter"))
        return a.codeInterpreterFiles.join(QStringLiteral(", "));
    if (name == QLatin1String("files.file_search"))
        return a.fileSearchFiles.join(QStringLiteral(", "));
    if (name == QLatin1String("metadata"))
        return metadataText(a.metadata);
    if (name == QLatin1String("vector_store_id"))
        return a.vectorStoreId.value_or(QString());
    if (name == QLatin1String("remote_id"))
        return a.remoteId.value_or(QString());
    if (name == QLatin1String("include_file_info"))
        return yesNo(a.includeFileInfo);
    if (name == QLatin1String("allow_file_search_attachments"))
        return yesNo(a.allowFileSearchAttachments);
    if (name == QLatin1String("allow_code_interpreter_attachments"))
        return yesNo(a.allowCodeInterpreterAttachments);
    if (name == QLatin1String("allow_file_downloads"))
        return yesNo(a.allowFileDownloads);
    return {};
}

void copyField(const QString &name, const Assistant &from, Assistant &to)
{
    if (name == QLatin1String("name"))
        to.name = from.name;
    else if (name == QLatin1String("description"))
        to.description = from.description;
    else if (name == QLatin1String("instructions"))
        to.instructions = from.instructions;
    else if (name == QLatin1String("model"))
        to.model = from.model;
    else if (name == QLatin1String("temperature"))
        to.temperature = from.temperature;
    else if (name == QLatin1String("top_p"))
        to.topP = from.topP;
    else if (name == QLatin1String("tools.code_interpreter"))
        to.codeInterpreter = from.codeInterpreter;
    else if (name == QLatin1String("tools.file_search"))
        to.fileSearch = from.fileSearch;
    else if (name == QLatin1String("functions"))
        to.functions = from.functions;
    else if (name == QLatin1String("files.code_interpreter"))
        to.codeInterpreterFiles = from.codeInterpreterFiles;
    else if (name == QLatin1String("files.file_search"))
        to.fileSearchFiles = from.fileSearchFiles;
    else if (name == QLatin1String("metadata"))
        to.metadata = from.metadata;
    else if (name == QLatin1String("vector_store_id"))
        to.vectorStoreId = from.vectorStoreId;
    else if (name == QLatin1String("remote_id"))
        to.remoteId = from.remoteId;
    else if (name == QLatin1String("include_file_info"))
        to.includeFileInfo = from.includeFileInfo;
    else if (name == QLatin1String("allow_file_search_attachments"))
        to.allowFileSearchAttachments = from.allowFileSearchAttachments;
    else if (name == QLatin1String("allow_code_interpreter_attachments"))
        to.allowCodeInterpreterAttachments = from.allowCodeInterpreterAttachments;
    else if (name == QLatin1String("allow_file_downloads"))
        to.allowFileDownloads = from.allowFileDownloads;
}

QStringList changed(const Assistant &before, const Assistant &after)
{
    QStringList out;
    for (const Field &f : fields()) {
        Assistant probe = before;
        copyField(f.name, after, probe);
        if (!(probe == before))
            out << f.name;
    }
    return out;
}

Merge merge(const Assistant &base, const Assistant &mine, const Assistant &theirs)
{
    Merge m;
    m.merged = theirs;   // identity, version and lifecycle fields are theirs (the stored record's)
    const QStringList changedByMe = changed(base, mine);
    const QStringList changedByThem = changed(base, theirs);
    for (const Field &f : fields()) {
        const bool meChanged = changedByMe.contains(f.name);
        const bool theyChanged = changedByThem.contains(f.name);
        if (meChanged && !theyChanged) {
            copyField(f.name, mine, m.merged);
        } else if (meChanged && theyChanged) {
            Assistant probe = theirs;
            copyField(f.name, mine, probe);
            if (!(probe == theirs))
                m.conflicts << f.name;   // both changed it, differently
        } else if (theyChanged) {
            m.takenFromTheirs << f.name;
        }
    }
    return m;
}
} // namespace AssistantFields
