// The CLI commands of sync, archive and cleanup (cli.md): import-remote, check, push, pull, archive, deletions.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Cli {

struct CommandContext {
    QString workspace;
    bool json = false;
    bool quiet = false;
    QStringList args;
    bool interactive = false;   // --interactive: the command may ask before it deletes or sends anything
};

/// Progress lines go to stderr only when it is a terminal and --quiet is not given (cli.md).
bool showProgress(const CommandContext &c);

int importRemoteCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
int checkCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
int pushCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
int pullCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
int archiveCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
int deletionsCommand(const CommandContext &c, QTextStream &out, QTextStream &err);

} // namespace Cli
