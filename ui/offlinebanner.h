// The offline notice of the status bar (domain.md §8, §10): "Offline: cannot reach <host>. Showing OpenAI state as
// last fetched." with "Try again", or "Working offline. …" while the user chose to work offline. Hidden online.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

class OfflineBanner : public QWidget
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);
    /// Shows `text` (hides the banner when empty); "Try again" only when `canRetry`.
    void showOffline(const QString &text, bool canRetry);
    QString text() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QToolButton *m_retryButton = nullptr;
};
