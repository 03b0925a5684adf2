// Shared helpers for the tests: temporary workspaces and fixture files.
#pragma once

#include "storage/workspace.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

#include <memory>

namespace TestSupport {
/// The bytes of tests/data/<name>.
QByteArray fixture(const QString &name);
QString fixturePath(const QString &name);
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

/// A workspace in `dir` (file name `name`), blobs under the same directory. Fails the current test when it cannot
/// be opened (returns null then).
std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.adesk"));

/// The "id" of each object (as the fake server lists assistants, stores and files).
QSet<QString> idsOf(const QList<QJsonObject> &objects);
QSet<QString> idSet(std::initializer_list<const char *> ids);

/// What a run of assistant-desk-cli gave: exit code (-1 when it did not start or finish in time), stdout, stderr.
struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;   ///< stdout as a JSON object
};

struct CliOptions {
    QHash<QString, QString> env;   ///< set on top of this process's environment
    QStringList unsetEnv;          ///< removed from it first
    QByteArray input;              ///< written to stdin, which is then closed
    int timeoutMs = 120000;
};

/// Runs assistant-desk-cli with `args`. Waits with the event loop running, so a fake server in this process answers.
CliRun runCli(const QStringList &args, const CliOptions &options = {});
}
