// An inline message above the editor, in the style of KMessageWidget / KeePassXC's MessageWidget: an icon, one line
// of text, optional detail lines (for example one JSON-path line per import problem) and a close button. It carries
// the outcome of the last action; it never blocks and it stays until closed or replaced.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Positive };

    explicit MessageBanner(QWidget *parent = nullptr);
    /// A banner named `objectName` instead of "messageBanner".
    MessageBanner(const QString &objectName, QWidget *parent);

    void showMessage(Kind kind, const QString &text, const QStringList &details = {});
    void showError(const QString &text, const QStringList &details = {}) { showMessage(Kind::Error, text, details); }
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QStringList details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    bool m_applying = false;
    QStringList m_details;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QToolButton *m_closeButton = nullptr;
};
