#include "domain/assistant.h"

QStringList Assistant::builtinTools() const
{
    QStringList tools;
    if (codeInterpreter)
        tools << QStringLiteral("code_interpreter");
    if (fileSearch)
        tools << QStringLiteral("file_search");
    return tools;
}

bool Assistant::sameRemoteConfiguration(const Assistant &o) const
{
    return name == o.name && description.value_or(QString()) == o.description.value_or(QString())
        && instructions == o.instructions && model == o.model && temperature == o.temperature && topP == o.topP
        && codeInterpreter == o.codeInterpreter && fileSearch == o.fileSearch && functions == o.functions
        && codeInterpreterFiles == o.codeInterpreterFiles && fileSearchFiles == o.fileSearchFiles
        && vectorStoreId == o.vectorStoreId && metadata == o.metadata && remoteId == o.remoteId;
}
