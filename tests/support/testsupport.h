// Shared helpers for the tests: temporary workspaces and fixture files.
#pragma once

#include "storage/workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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
}
