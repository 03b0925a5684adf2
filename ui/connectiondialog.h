// Settings → Connection (domain.md §0, issue 4): base URL, organization, project and the API key of the open
// workspace. "Test connection" probes the server with the values as entered (not yet saved) and shows the answer
// inline ("Connected: N models" or the server's error) and what the server supports (Assistants API, vector stores,
// file batches, models list, fields it did not keep); for the workspace's saved base URL that record is stored in the
// workspace (Capabilities::store) and shown again the next time the dialog opens. Save validates (the problem appears next to its field),
// writes the connection to the workspace and the key to the keychain under Connection::keychainAccount(); an
// empty key field keeps the stored key. The key is never shown in clear text unless the user asks.
//
// Non-blocking: open it with show()/open(); it emits saved() once the keychain write has finished.
#pragma once

#include <functional>

#include "openai/connection.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class FieldErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;
struct ServerCapabilities;
class Workspace;
namespace OpenAi {
class CancelToken;
class OpenAiClient;
}
class QNetworkAccessManager;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `network` and `secrets` must outlive the dialog; `workspace` is watched through a QPointer.
    ConnectionDialog(Workspace *workspace, QNetworkAccessManager *network, SecretStore *secrets,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;
    /// Asked before saving a connection that moves a workspace with linked records to another server or project
    /// (domain.md §0); returning false keeps the old connection. Unset: no question.
    void setConfirmMove(std::function<bool()> confirm) { m_confirmMove = std::move(confirm); }

    /// Starts "Test connection" (also the button's action).
    void testConnection();
    /// Validates and saves (also the Save button's action).
    void saveConnection();
    /// The inline answer of the last test ("Connected: 3 models", the error), for tests.
    QString testResult() const;
    bool isTesting() const;
    /// The capabilities shown ("What the server supports (checked …)" and one line each), empty when unknown.
    QString capabilitiesText() const;

signals:
    /// The connection was written to the workspace and the key (if entered) to the keychain.
    void saved();

private:
    std::function<bool()> m_confirmMove;
    /// The connection as entered, or the validation error shown next to the base URL field.
    std::optional<OpenAi::Connection> enteredConnection();
    void setTesting(bool testing);
    void showTestResult(const QString &text, bool ok);
    void showCapabilities(const ServerCapabilities &capabilities);

    QPointer<Workspace> m_workspace;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    QPointer<OpenAi::CancelToken> m_testCancel;
    QLineEdit *m_baseUrlEdit = nullptr;
    FieldErrorLabel *m_baseUrlError = nullptr;
    QLineEdit *m_organizationEdit = nullptr;
    QLineEdit *m_projectEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testLabel = nullptr;
    QLabel *m_capabilitiesLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
