// File → Open team workspace… and Move workspace to a server…: where a team workspace lives on a PostgreSQL server —
// host (or the folder of the server's socket), port, database, user and how the connection is encrypted — shown as
// the URL both programs take. The URL is checked as it is typed (WorkspaceLocation::parse), with the problem named
// under the fields; OK is offered only for a valid one. No password here: it is asked when connecting and kept in the
// system keychain.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    /// Fills the fields from `url` (ignored when it is not a team workspace URL).
    void setUrl(const QString &url);
    /// The URL the fields name (empty while they name none).
    QString url() const;
    /// Why the fields name no valid workspace, empty when they do.
    QString problem() const;

private:
    void update();
    QString composed() const;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problemText;
};
