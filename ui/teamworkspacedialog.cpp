#include "teamworkspacedialog.h"

#include "appearance.h"
#include "storage/workspacelocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open team workspace"));
    auto *intro = new QLabel(tr("A team workspace lives in a PostgreSQL database that everyone on the team opens. "
                                "The password is asked when connecting and kept in the system keychain."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.example.org, or the folder of a local server's socket"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setText(qEnvironmentVariable("USER"));   // no-tr: the login name, a guess at the database role
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_tls->addItem(tr("Encrypted, server certificate checked (recommended)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Encrypted, certificate not checked"), QStringLiteral("require"));
    m_tls->addItem(tr("This computer only: encrypted when the server offers it"), QStringLiteral("prefer"));

    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    Appearance::setTextColor(m_problem, Appearance::statusColor(Appearance::Tone::Negative, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Connection:"), m_tls);
    form->addRow(tr("URL:"), m_urlLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamWorkspaceDialog::update);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamWorkspaceDialog::update);
    update();
}

void TeamWorkspaceDialog::setUrl(const QString &url)
{
    auto location = WorkspaceLocation::parse(url);
    if (!location || !location->isTeam())
        return;
    m_host->setText(location->host.isEmpty() ? location->socketDir : location->host);
    m_port->setValue(location->port);
    m_database->setText(location->database);
    m_user->setText(location->user);
    const int tls = m_tls->findData(location->sslMode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
    update();
}

QString TeamWorkspaceDialog::composed() const
{
    const QString host = m_host->text().trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void TeamWorkspaceDialog::update()
{
    m_problemText.clear();
    if (m_host->text().trimmed().isEmpty())
        m_problemText = tr("Host: enter the server's name or address.");
    else if (m_database->text().trimmed().isEmpty())
        m_problemText = tr("Database: enter the name of the workspace's database.");
    else if (m_user->text().trimmed().isEmpty())
        m_problemText = tr("User: enter your database user (role).");
    QString shown;
    if (m_problemText.isEmpty()) {
        auto location = WorkspaceLocation::parse(composed());
        if (!location)
            m_problemText = location.error().message;
        else
            shown = location->toString();
    }
    m_urlLabel->setText(shown.isEmpty() ? tr("—") : shown);
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_problemText.isEmpty());
}

QString TeamWorkspaceDialog::url() const
{
    if (!m_problemText.isEmpty())
        return {};
    auto location = WorkspaceLocation::parse(composed());
    return location ? location->toString() : QString();
}

QString TeamWorkspaceDialog::problem() const
{
    return m_problemText;
}
