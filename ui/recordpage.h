// The part of the experiment and pipeline pages (ExperimentView, PipelineView) that depends on their kind of record
// (`Record` is Experiment or Pipeline): the record shown, and the workspace calls that read, rename and archive it.
// The shared widgets and the rest of the behaviour are RecordView's.
#pragma once

#include "recordview.h"
#include "storage/workspace.h"

template <typename Record>
class RecordPage : public RecordView
{
public:
    /// The workspace's calls for this kind of record, and its version label ("v2", "unreleased", …).
    struct Calls {
        Result<Record> (Workspace::*read)(const QString &id) const;
        Status (Workspace::*rename)(const QString &id, const QString &name);
        Status (Workspace::*archive)(const QString &id);
        QString (*versionLabel)(const Record &record);
    };

    QString currentId() const override { return m_record.id; }
    void clear() override
    {
        RecordView::clear();
        m_record = Record{};
    }

protected:
    /// `dialogs` must outlive the page; `prefix` starts the object names of the shared children (RecordView).
    RecordPage(const QString &prefix, const Calls &calls, Dialogs *dialogs, QWidget *parent)
        : RecordView(prefix, dialogs, parent), m_calls(calls)
    {
    }

    /// Starts showing the record `id`: false, showing what it did, when the workspace has no such record. Otherwise
    /// forgets the record shown so far, with its refusal and name problems, for the caller to reload().
    bool select(const QString &id)
    {
        if (!m_workspace || !(m_workspace->*m_calls.read)(id))
            return false;
        m_record = Record{};
        m_record.id = id;
        hideProblems();
        return true;
    }

    /// Reads the shown record again, takes its effective archived state (its own flag or, for a version, its working
    /// record's) and shows the shared fields; the read-only note is `archivedText` for an archived record, else
    /// `versionText` (%1 the version number, %2 the name) for a version. False, after clear(), when the record no
    /// longer exists.
    bool readShared(const QString &archivedText, const QString &versionText)
    {
        auto read = (m_workspace->*m_calls.read)(m_record.id);
        if (!read) {
            clear();
            return false;
        }
        m_record = read.value();
        m_archived = m_record.archived;
        if (!m_archived && m_record.isVersion()) {
            const auto working = (m_workspace->*m_calls.read)(m_record.workingId);
            m_archived = working && working->archived;
        }
        const bool version = m_record.isVersion();
        QString readOnly;
        if (m_archived)
            readOnly = archivedText;
        else if (version)
            readOnly = versionText.arg(m_record.versionNumber).arg(m_record.name);
        showRecord(m_record.name, m_calls.versionLabel(m_record), !version && !m_archived, readOnly);
        return true;
    }

    QString recordName() const override { return m_record.name; }
    Status rename(const QString &name) override { return (m_workspace->*m_calls.rename)(m_record.id, name); }
    Status archive() override { return (m_workspace->*m_calls.archive)(m_record.id); }

    Record m_record;

private:
    Calls m_calls;
};
