#include "connectiondialog.h"

#include "appearance.h"
#include "fielderrorlabel.h"
#include "openai/apikey.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"
#include "sync/servercapabilities.h"
#include "widgets.h"

#include <QCoro/QCoroTask>

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr auto TestTimeout = std::chrono::milliseconds(15000);
}

ConnectionDialog::ConnectionDialog(Workspace *workspace, QNetworkAccessManager *network, SecretStore *secrets,
                                   QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_network(network), m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection"));
    const QString defaultBaseUrl = QString::fromLatin1(OpenAi::Connection::DefaultBaseUrl);
    m_baseUrlEdit = Widgets::lineEdit(QStringLiteral("baseUrlEdit"), defaultBaseUrl, this);
    m_baseUrlEdit->setMinimumWidth(420);
    m_baseUrlError = new FieldErrorLabel(QStringLiteral("baseUrlErrorLabel"), this);
    m_organizationEdit = Widgets::lineEdit(QStringLiteral("organizationEdit"), tr("optional, e.g. org-…"), this);
    m_projectEdit = Widgets::lineEdit(QStringLiteral("projectEdit"), tr("optional, e.g. proj_…"), this);
    m_keyEdit = Widgets::lineEdit(QStringLiteral("apiKeyEdit"), tr("sk-…"), this);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    QAction *reveal = m_keyEdit->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, m_keyEdit, [this](bool on) {
        m_keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *keyNote = Widgets::label(QStringLiteral("keyNoteLabel"), {}, this,
                                   tr("Stored in the system keychain, never in the workspace."));
    keyNote->setForegroundRole(QPalette::PlaceholderText);

    m_testButton = Widgets::button(QStringLiteral("testConnectionButton"), tr("&Test connection"), this);
    m_testButton->setAutoDefault(false);
    m_testLabel = Widgets::label(QStringLiteral("testResultLabel"),
                                 Widgets::WordWrap | Widgets::PlainText | Widgets::Selectable, this);
    // Room for a two-line server message, so the answer never needs the dialog to grow.
    m_testLabel->setMinimumHeight(2 * m_testLabel->fontMetrics().lineSpacing());
    m_testLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_capabilitiesLabel = Widgets::label(QStringLiteral("capabilitiesLabel"), Widgets::PlainText | Widgets::Selectable, this);
    m_capabilitiesLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Base URL:"), m_baseUrlEdit);
    form->addRow(QString(), m_baseUrlError);
    form->addRow(tr("&Organization:"), m_organizationEdit);
    form->addRow(tr("&Project:"), m_projectEdit);
    form->addRow(tr("API &key:"), m_keyEdit);
    form->addRow(QString(), keyNote);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_testLabel);
    form->addRow(QString(), m_capabilitiesLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("connectionButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveConnectionButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::saveConnection);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_baseUrlEdit, &QLineEdit::textEdited, m_baseUrlError, [this] { m_baseUrlError->setProblems({}); });

    if (m_workspace) {
        const auto current = OpenAi::Connection::load(*m_workspace);
        const OpenAi::Connection connection = current ? current.value() : OpenAi::Connection{};
        m_baseUrlEdit->setText(connection.baseUrl);
        m_organizationEdit->setText(connection.organization);
        m_projectEdit->setText(connection.project);
        if (const auto known = Capabilities::load(*m_workspace, connection.baseUrl))
            showCapabilities(*known);
        if (m_secrets) {
            QCoro::connect(m_secrets->read(connection.keychainAccount()), this,
                           [this](const Result<std::optional<QString>> &stored) {
                               if (stored && stored.value() && m_keyEdit->text().isEmpty())
                                   m_keyEdit->setText(*stored.value());
                           });
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_workspace != nullptr);
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testCancel)
        m_testCancel->cancel();
}

std::optional<OpenAi::Connection> ConnectionDialog::enteredConnection()
{
    auto made = OpenAi::Connection::make(m_baseUrlEdit->text(), m_organizationEdit->text().trimmed(),
                                         m_projectEdit->text().trimmed());
    if (!made) {
        m_baseUrlError->setProblems({made.error().message});
        m_baseUrlEdit->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    m_baseUrlError->setProblems({});
    return made.value();
}

void ConnectionDialog::testConnection()
{
    if (isTesting() || !m_network)
        return;
    const auto connection = enteredConnection();
    if (!connection)
        return;
    setTesting(true);
    showTestResult(tr("Connecting to %1…").arg(connection->host()), true);
    // A client of its own (on the app's network manager), so the app's client keeps its saved connection while the
    // user tries values out. The task owns client and token, so closing the dialog mid-test cannot free them under
    // a suspended call; the dialog only keeps a QPointer to cancel.
    auto client = std::make_unique<OpenAi::OpenAiClient>(m_network);
    client->setConnection(*connection);
    client->setTimeout(TestTimeout);
    auto token = std::make_unique<OpenAi::CancelToken>();
    m_testCancel = token.get();
    auto task = [](std::unique_ptr<OpenAi::OpenAiClient> tester, OpenAi::Connection entered, QString typedKey,
                   SecretStore *secrets,
                   std::unique_ptr<OpenAi::CancelToken> cancel) -> QCoro::Task<Result<ServerCapabilities>> {
        QString key = typedKey.trimmed();
        if (key.isEmpty() && secrets) {
            auto found = co_await OpenAi::lookupApiKey(entered, *secrets);
            if (!found)
                co_return found.error();
            key = found.value();
        }
        tester->setApiKey(key);
        co_return co_await Capabilities::probe(*tester, cancel.get());
    }(std::move(client), *connection, m_keyEdit->text(), m_secrets, std::move(token));
    const QString testedUrl = connection->baseUrl;
    QCoro::connect(std::move(task), this, [this, testedUrl](const Result<ServerCapabilities> &capabilities) {
        setTesting(false);
        if (!capabilities) {
            if (capabilities.error().kind != ErrorKind::Cancelled)
                showTestResult(capabilities.error().message, false);
            return;
        }
        const ServerCapabilities &c = capabilities.value();
        showTestResult(c.models == ServerCapabilities::Support::Yes
                           ? tr("Connected: %n model(s)", nullptr, c.modelCount)
                           : tr("Connected (the server offers no models list)"),
                       true);
        ServerCapabilities shown = c;
        // Only a test of the saved connection describes the workspace's server.
        if (m_workspace) {
            const auto saved = OpenAi::Connection::load(*m_workspace);
            if (saved && saved->baseUrl == testedUrl) {
                if (Status stored = Capabilities::store(*m_workspace, c); !stored)
                    showTestResult(tr("Connected, but the capabilities could not be stored: %1").arg(stored.error().message), false);
                shown = Capabilities::load(*m_workspace, testedUrl).value_or(c);
            }
        }
        showCapabilities(shown);
    });
}

void ConnectionDialog::saveConnection()
{
    if (!m_workspace)
        return;
    const auto connection = enteredConnection();
    if (!connection)
        return;
    const auto previous = OpenAi::Connection::load(*m_workspace);
    const bool moved = previous && (previous->baseUrl != connection->baseUrl || previous->project != connection->project)
        && !m_workspace->linkedRemoteIds().isEmpty();
    if (moved && m_confirmMove && !m_confirmMove())
        return;
    const Status stored = connection->save(*m_workspace);
    if (!stored) {
        showTestResult(tr("Not saved: %1").arg(stored.error().message), false);
        return;
    }
    // Remote ids mean something only on the server that made them: every status is "Not checked yet" again.
    if (moved) {
        if (Status cleared = m_workspace->clearRemoteCache(); !cleared) {
            showTestResult(tr("Not saved: %1").arg(cleared.error().message), false);
            return;
        }
    }
    const QString key = m_keyEdit->text().trimmed();
    if (key.isEmpty() || !m_secrets) {
        emit saved();
        accept();
        return;
    }
    m_buttons->setEnabled(false);
    QCoro::connect(m_secrets->write(connection->keychainAccount(), key), this, [this](const Status &written) {
        m_buttons->setEnabled(true);
        if (!written) {
            // The connection itself is saved; the key is not. Say so and stay open.
            showTestResult(tr("The connection is saved, but the key could not be stored in the keychain: %1")
                               .arg(written.error().message),
                           false);
            emit saved();
            return;
        }
        emit saved();
        accept();
    });
}

QString ConnectionDialog::capabilitiesText() const
{
    return m_capabilitiesLabel->isHidden() ? QString() : m_capabilitiesLabel->text();
}

void ConnectionDialog::showCapabilities(const ServerCapabilities &capabilities)
{
    const QDateTime when = QDateTime::fromString(capabilities.probedAt, Qt::ISODate).toLocalTime();
    QStringList lines;
    lines << (when.isValid() ? tr("What the server supports (checked %1):").arg(QLocale().toString(when, QLocale::ShortFormat))
                             : tr("What the server supports:"));
    for (const QString &line : capabilities.summaryLines())
        lines << QStringLiteral("  ") + line;
    m_capabilitiesLabel->setText(lines.join(QLatin1Char('\n')));
    m_capabilitiesLabel->show();
}

QString ConnectionDialog::testResult() const
{
    return m_testLabel->text();
}

bool ConnectionDialog::isTesting() const
{
    return !m_testButton->isEnabled();
}

void ConnectionDialog::setTesting(bool testing)
{
    m_testButton->setEnabled(!testing);
}

void ConnectionDialog::showTestResult(const QString &text, bool ok)
{
    m_testLabel->setText(ok ? text : tr("⚠ %1").arg(text));
    Appearance::setTextColor(m_testLabel, ok ? QColor() : Appearance::statusColor(Appearance::Tone::Negative, palette()),
                             palette());
}
