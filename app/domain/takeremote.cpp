#include "domain/takeremote.h"

#include <QCoreApplication>
#include <QSet>

namespace TakeRemote {

Result<RemoteMapping> apply(const Assistant &local, const RemoteSnapshot &snapshot, const QList<WorkspaceFile> &files,
                            const QStringList &fields)
{
    auto mapped = RemoteMap::map(local, snapshot, files);
    if (!mapped)
        return mapped.error();
    const Assistant &remote = mapped->assistant;
    Assistant out = local;
    for (const QString &field : fields) {
        if (field == QLatin1String("name")) {
            out.name = remote.name;
        } else if (field == QLatin1String("description")) {
            out.description = remote.description;
        } else if (field == QLatin1String("instructions")) {
            out.instructions = remote.instructions;
        } else if (field == QLatin1String("model")) {
            out.model = remote.model;
        } else if (field == QLatin1String("temperature")) {
            out.temperature = remote.temperature;
        } else if (field == QLatin1String("top_p")) {
            out.topP = remote.topP;
        } else if (field == QLatin1String("tools.code_interpreter")) {
            out.codeInterpreter = remote.codeInterpreter;
        } else if (field == QLatin1String("tools.file_search")) {
            out.fileSearch = remote.fileSearch;
        } else if (field.startsWith(QLatin1String("functions."))) {
            const QString name = field.mid(int(qstrlen("functions.")));
            const auto sameName = [&](const FunctionTool &f) { return f.name == name; };
            const auto theirs = std::find_if(remote.functions.cbegin(), remote.functions.cend(), sameName);
            const auto ours = std::find_if(out.functions.begin(), out.functions.end(), sameName);
            if (theirs == remote.functions.cend()) {
                if (ours != out.functions.end())
                    out.functions.erase(ours);
            } else if (ours != out.functions.end()) {
                *ours = *theirs;
            } else {
                out.functions.append(*theirs);
            }
        } else if (field == QLatin1String("metadata")) {
            out.metadata = remote.metadata;
        } else if (field.startsWith(QLatin1String("metadata."))) {
            const QString key = field.mid(int(qstrlen("metadata.")));
            if (remote.metadata.contains(key))
                out.metadata.insert(key, remote.metadata.value(key));
            else
                out.metadata.remove(key);
        } else if (field == QLatin1String("code_interpreter.files")) {
            out.codeInterpreterFiles = remote.codeInterpreterFiles;
        } else if (field == QLatin1String("file_search.files")) {
            out.fileSearchFiles = remote.fileSearchFiles;
        } else if (field == QLatin1String("file_search.vector_store")) {
            out.vectorStoreId = remote.vectorStoreId;
            out.fileSearchFiles = remote.fileSearchFiles;
        } else {
            return Error{ErrorKind::Validation,
                         QCoreApplication::translate("TakeRemote", "%1: cannot be taken from OpenAI").arg(field), {}};
        }
    }
    QSet<QString> referenced(out.codeInterpreterFiles.cbegin(), out.codeInterpreterFiles.cend());
    referenced.unite(QSet<QString>(out.fileSearchFiles.cbegin(), out.fileSearchFiles.cend()));
    RemoteMapping result;
    result.assistant = out;
    for (const WorkspaceFile &f : mapped->newFiles)
        if (referenced.contains(f.id))
            result.newFiles << f;
    result.warnings = mapped->warnings;
    return result;
}
} // namespace TakeRemote
