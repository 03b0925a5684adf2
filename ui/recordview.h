// What the pages of an experiment record and of a pipeline record (ExperimentView, PipelineView) share: the banner
// for refusals, the title, the read-only note, the name field with its inline problems, the version and archived
// labels; the workspace the page watches (it re-reads its record after every change, or once it is shown again
// when hidden meanwhile); renaming on Return or leaving the field; archiving after a confirmation; and how an edit's
// outcome shows (apply()). What depends on the kind of record is RecordPage's.
//
// Object names of the shared children, after the subclass's prefix ("experiment", "pipeline"): <prefix>Banner,
// <prefix>ReadOnlyLabel, <prefix>NameEdit, <prefix>NameError, <prefix>VersionLabel, <prefix>ArchivedLabel.
#pragma once

#include "core/result.h"

#include <QPointer>
#include <QWidget>

class Dialogs;
class FieldErrorLabel;
class MessageBanner;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class Workspace;

class RecordView : public QWidget
{
    Q_OBJECT
public:
    void setWorkspace(Workspace *workspace);
    /// Shows no record: everything empty and disabled.
    virtual void clear();
    /// The id of the record shown, empty when none.
    virtual QString currentId() const = 0;
    /// Effective archived state of the shown record (own flag or its family's working record's).
    bool isArchived() const { return m_archived; }
    /// Whether the shown record can be edited: a working record that is not archived.
    bool isEditable() const { return m_editable; }
    void focusName();

protected:
    /// `dialogs` must outlive the view; `prefix` starts the object names of the shared children.
    RecordView(const QString &prefix, Dialogs *dialogs, QWidget *parent);

    void showEvent(QShowEvent *event) override;
    /// Re-reads the record. While the view is hidden it only notes that it must (a check of many assistants
    /// reports each one; nobody sees the view meanwhile) and catches up when shown.
    void refresh();
    void reload();
    /// Reads the shown record from the workspace (both set) and shows it; clear() when it no longer exists.
    virtual void readRecord() = 0;
    virtual QString recordName() const = 0;
    virtual Status rename(const QString &name) = 0;

    /// A form with the name (and its problems) and version rows, for the subclass to add its own rows to.
    QFormLayout *createForm();
    /// The page's layout: banner, title, read-only note and `form`, for the subclass to add the rest to.
    QVBoxLayout *createPageLayout(QFormLayout *form);
    /// Shows the shared fields of the record just read. The name stays as typed while the user corrects a refused
    /// one; `readOnlyText` shows above the form unless it is empty.
    void showRecord(const QString &name, const QString &versionText, bool editable, const QString &readOnlyText);
    void showFailure(const QString &message, const QStringList &details);
    /// Hides the banner's refusal and the name's problems (another record is about to show).
    void hideProblems();
    /// True when `status` is a success; otherwise shows why in the banner and puts the controls back to what is stored.
    bool apply(const Status &status);
    void commitName();

    /// Archives the shown record (one workspace call) and returns the outcome, for apply().
    virtual Status archive() = 0;
    /// Asks to archive the record, named `name` (`text` says what archiving does), and when confirmed archives it.
    void archiveAfterConfirming(const QString &name, const QString &text);

    QPointer<Workspace> m_workspace;
    Dialogs *m_dialogs = nullptr;
    bool m_archived = false;
    bool m_editable = false;
    bool m_refreshPending = false;

    MessageBanner *m_banner = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    FieldErrorLabel *m_nameError = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_archivedLabel = nullptr;
};
