#include "openai/connection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace OpenAi {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OpenAi::Connection", text);
}

const QString BaseUrlKey = QStringLiteral("connection/base_url");
const QString OrganizationKey = QStringLiteral("connection/organization");
const QString ProjectKey = QStringLiteral("connection/project");

Error invalid(const QString &message)
{
    return Error::validation({message});
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Result<Connection> Connection::make(const QString &baseUrl, const QString &organization, const QString &project)
{
    Connection c;
    QString base = baseUrl.trimmed();
    if (base.isEmpty())
        base = QString::fromLatin1(DefaultBaseUrl);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return invalid(tr("Base URL: must be an absolute URL such as https://api.openai.com/v1."));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return invalid(tr("Base URL: must start with https:// (or http:// for a server on this computer)."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return invalid(tr("Base URL: http:// is allowed only for a server on this computer (localhost, "
                          "127.0.0.1, ::1); use https://."));
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return invalid(tr("Base URL: must not contain a query, a fragment or credentials."));
    c.baseUrl = base;
    c.organization = organization.trimmed();
    c.project = project.trimmed();
    for (const QString &value : {c.organization, c.project}) {
        for (const QChar ch : value) {
            if (ch.isSpace() || ch.unicode() < 0x21 || ch.unicode() > 0x7e)
                return invalid(value == c.organization
                                   ? tr("Organization: must be an id without spaces, such as org-…")
                                   : tr("Project: must be an id without spaces, such as proj_…"));
        }
    }
    return c;
}

Result<Connection> Connection::load(const SettingsStore &workspace)
{
    return make(workspace.setting(BaseUrlKey), workspace.setting(OrganizationKey), workspace.setting(ProjectKey));
}

bool Connection::isConfigured(const SettingsStore &workspace)
{
    return !workspace.setting(BaseUrlKey).trimmed().isEmpty();
}

Status Connection::save(SettingsStore &workspace) const
{
    auto checked = make(baseUrl, organization, project);
    if (!checked)
        return checked.error();
    for (const auto &[key, value] : {std::pair{BaseUrlKey, checked->baseUrl},
                                     std::pair{OrganizationKey, checked->organization},
                                     std::pair{ProjectKey, checked->project}}) {
        // A null QString would bind as SQL NULL; the settings table stores "" for "not set".
        if (Status s = workspace.setSetting(key, value.isNull() ? QStringLiteral("") : value); !s)
            return s;
    }
    return {};
}

QString Connection::keychainAccount() const
{
    return project.isEmpty() ? baseUrl : baseUrl + QLatin1Char('#') + project;
}

QString Connection::host() const
{
    return QUrl(baseUrl).host();
}

} // namespace OpenAi
