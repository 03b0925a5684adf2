// "Export for Responses API…" (ui.md, domain.md §9): a read-only preview of the config JSON in a monospace editor,
// the warnings (what was left out of the JSON and why; never in the JSON itself), what does not carry over, and
// Copy (the JSON to the clipboard) / Save… (the JSON to a file chosen through the Dialogs seam) / Close.
//
// Non-modal; open it with show(). It works on the record it was given and never touches the workspace, so it also
// works offline. The JSON saved or copied is byte for byte ResponsesExport::exportAssistant()'s.
#pragma once

#include "export/responsesexport.h"

#include <QDialog>

class Dialogs;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

class ResponsesExportDialog : public QDialog
{
    Q_OBJECT
public:
    ResponsesExportDialog(const Assistant &assistant, const QList<WorkspaceFile> &files, Dialogs *dialogs,
                          QWidget *parent = nullptr);

    QByteArray json() const { return m_config.json; }
    QStringList warnings() const { return m_config.warnings; }
    /// Copies the JSON to the clipboard (the Copy button).
    void copyToClipboard();
    /// Asks for a file and writes the JSON to it (the Save… button); true when written.
    bool saveToFile();

private:
    Dialogs *m_dialogs = nullptr;
    QString m_assistantName;
    ResponsesExport::Config m_config;
    QPlainTextEdit *m_jsonEdit = nullptr;
    QListWidget *m_warningsList = nullptr;
    QListWidget *m_notCarriedList = nullptr;
    QLabel *m_statusLabel = nullptr;
};
