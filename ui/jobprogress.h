// The progress indicator of the running job, on the right of the status bar (ui.md): "Checking 12 of 40", a bar
// and a cancel button. Hidden while nothing runs.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

class JobProgress : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgress(QWidget *parent = nullptr);
    void start(const QString &text);
    /// "Checking <done> of <total>".
    void setCheckProgress(int done, int total);
    void finish();
    QString text() const;
    int value() const;
    int maximum() const;

signals:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancelButton = nullptr;
};
