#include "storage/workspacelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WorkspaceLocation", text);
}

Error urlError(const QString &problem)
{
    return Error{ErrorKind::Validation, tr("Workspace URL: %1").arg(problem), {}};
}

const QStringList SslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
} // namespace

bool WorkspaceLocation::looksLikeUrl(const QString &spec)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(spec.trimmed()).hasMatch();
}

WorkspaceLocation WorkspaceLocation::file(const QString &path)
{
    WorkspaceLocation l;
    l.kind = Kind::SqliteFile;
    l.path = QFileInfo(path).absoluteFilePath();
    return l;
}

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString &rawSpec)
{
    const QString spec = rawSpec.trimmed();
    if (spec.isEmpty())
        return Error{ErrorKind::Validation, tr("Workspace: give a file path or a postgresql:// URL."), {}};
    if (!looksLikeUrl(spec))
        return file(spec);
    const QString scheme = spec.section(QStringLiteral("://"), 0, 0).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        // Named without a password it may hold (“user:password@”).
        QString shown = spec;
        static const QRegularExpression password(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#:@]*):[^/?#@]*@"));
        shown.replace(password, QStringLiteral("\\1:…@"));
        return Error{ErrorKind::Validation,
                     tr("Workspace: “%1” is a %2:// URL. A workspace is a file path or a postgresql:// URL.")
                         .arg(shown, scheme),
                     {}};
    }
    // The password check comes first: QUrl's own error text quotes the whole URL.
    const QString authority = spec.section(QStringLiteral("://"), 1).section(QLatin1Char('/'), 0, 0);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at > 0 && authority.left(at).contains(QLatin1Char(':')))
        return urlError(tr("leave the password out of the URL; it comes from PGPASSWORD or the system keychain."));
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid())
        return urlError(url.errorString().section(QStringLiteral("; source was"), 0, 0));
    if (!url.password().isEmpty())
        return urlError(tr("leave the password out of the URL; it comes from PGPASSWORD or the system keychain."));
    if (url.hasFragment())
        return urlError(tr("a fragment (“#%1”) is not an option.").arg(url.fragment()));

    WorkspaceLocation l;
    l.kind = Kind::Postgres;
    l.user = url.userName();
    if (l.user.isEmpty())
        return urlError(tr("name the database user: postgresql://user@host/dbname."));
    l.host = url.host();
    const int port = url.port(5432);
    if (port < 1 || port > 65535)
        return urlError(tr("the port must be between 1 and 65535."));
    l.port = port;
    l.database = url.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return urlError(tr("name the database after the host: postgresql://user@host/dbname."));

    QString sslMode;
    const QUrlQuery query(url);
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return urlError(tr("the option “%1” is given twice.").arg(key));
        seen << key;
        if (key == QLatin1String("sslmode")) {
            if (!SslModes.contains(value))
                return urlError(tr("sslmode must be one of %1 (not “%2”).").arg(SslModes.join(QStringLiteral(", ")), value));
            sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.isEmpty())
                return urlError(tr("sslrootcert needs the path of a CA certificate file."));
            l.sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 300)
                return urlError(tr("connect_timeout must be a number of seconds from 1 to 300."));
            l.connectTimeoutSeconds = seconds;
        } else if (key == QLatin1String("host")) {
            if (!QDir::isAbsolutePath(value) || !l.host.isEmpty())
                return urlError(tr("the host option names a socket folder (an absolute path) and only when the URL has "
                                   "no host."));
            l.socketDir = value;
        } else {
            return urlError(tr("unknown option “%1” (allowed: sslmode, sslrootcert, connect_timeout, host).").arg(key));
        }
    }
    if (l.host.isEmpty() && l.socketDir.isEmpty())
        return urlError(tr("name the server: postgresql://user@host:port/dbname."));
    if (sslMode.isEmpty())
        sslMode = l.isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (!l.isLoopback() && SslModes.indexOf(sslMode) < SslModes.indexOf(QStringLiteral("require")))
        return urlError(tr("sslmode=%1 would send the password and the workspace unencrypted to %2. Use verify-full "
                           "(the default) or require.")
                            .arg(sslMode, l.host));
    l.sslMode = sslMode;
    return l;
}

bool WorkspaceLocation::isLoopback() const
{
    if (kind != Kind::Postgres)
        return true;
    if (host.isEmpty())
        return !socketDir.isEmpty();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString WorkspaceLocation::keychainAccount() const
{
    if (kind != Kind::Postgres)
        return path;
    const QString server = host.isEmpty() ? socketDir : host;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, server).arg(port).arg(database);
}

QString WorkspaceLocation::toString() const
{
    if (kind != Kind::Postgres)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!socketDir.isEmpty())
        query.addQueryItem(QStringLiteral("host"), socketDir);
    const QString defaultMode = isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (sslMode != defaultMode)
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (connectTimeoutSeconds != 10)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString WorkspaceLocation::displayName() const
{
    if (kind != Kind::Postgres)
        return path;
    return tr("%1 on %2").arg(database, host.isEmpty() ? socketDir : host);
}
