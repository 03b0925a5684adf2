#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
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

QSet<QString> idsOf(const QList<QJsonObject> &objects)
{
    QSet<QString> out;
    for (const auto &o : objects)
        out.insert(o.value(QStringLiteral("id")).toString());
    return out;
}

QSet<QString> idSet(std::initializer_list<const char *> ids)
{
    QSet<QString> out;
    for (const char *id : ids)
        out.insert(QString::fromLatin1(id));
    return out;
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &args, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : options.unsetEnv)
        env.remove(name);
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(ADESK_CLI_PATH_SUPPORT), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(options.input);
    p.closeWriteChannel();
    if (!finished.wait(options.timeoutMs))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace TestSupport
