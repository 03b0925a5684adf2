// Help → About Assistant Desk: name, version, licence and the libraries this build runs on (BuildInfo), with a
// button that copies the same facts as plain text for a bug report.
#pragma once

#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// Everything the dialog states, as plain text (what "Copy details" puts on the clipboard).
    QString details() const { return m_details; }

private:
    QString m_details;
};
