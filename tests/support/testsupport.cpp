#include "testsupport.h"

#include <QFile>
#include <QTest>

namespace TestSupport {
QString fixturePath(const QString &name)
{
    return QStringLiteral(ADESK_TEST_DATA_DIR_SUPPORT) + QLatin1Char('/') + name;
}

QByteArray fixture(const QString &name)
{
    return readAll(fixturePath(name));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
}

std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir &dir, const QString &name)
{
    Workspace::OpenOptions options;
    options.blobRoot = dir.filePath(QStringLiteral("blobs"));
    auto ws = Workspace::open(dir.filePath(name), options);
    if (!ws) {
        qWarning("cannot open workspace: %s", qPrintable(ws.error().message));
        return nullptr;
    }
    return std::move(ws).value();
}
} // namespace TestSupport
