#include "deletionjobmodel.h"

#include "columntitles.h"

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
/// The text `texts` gives the stored word `word` ("pending", "vector_store", …), or `fallback` for a word it lacks.
QString textOf(const QString &word, std::initializer_list<std::pair<QLatin1StringView, QString>> texts,
               const QString &fallback)
{
    for (const auto &[known, text] : texts)
        if (word == known)
            return text;
    return fallback;
}
} // namespace

DeletionJobModel::DeletionJobModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeletionJobModel::setJobs(const QList<DeletionJob> &jobs)
{
    bool sameRows = jobs.size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs.at(i).id == m_jobs.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
        return;
    }
    for (int row = 0; row < int(jobs.size()); ++row) {
        if (jobs.at(row) == m_jobs.at(row))
            continue;
        m_jobs[row] = jobs.at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QModelIndex DeletionJobModel::indexOf(const QString &jobId) const
{
    for (int row = 0; row < int(m_jobs.size()); ++row)
        if (m_jobs.at(row).id == jobId)
            return index(row, 0);
    return {};
}

int DeletionJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int DeletionJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletionJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletionJob &job = m_jobs.at(index.row());
    switch (role) {
    case IdRole:
        return job.id;
    case StateRole:
        return job.state;
    case KindRole:
        return job.kind;
    case RemoteIdRole:
        return job.remoteId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(job.kind);
        case LabelColumn:
            return job.label;
        case RemoteIdColumn:
            return job.remoteId;
        case StateColumn:
            return stateText(job.state);
        case AttemptsColumn:
            return job.attempts;
        case ErrorColumn:
            return job.lastError;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !job.lastError.isEmpty())
            return job.lastError;
        if (index.column() == StateColumn) {
            const QString tip = textOf(
                job.state,
                {{"pending"_L1, tr("Waiting to be deleted in OpenAI; runs when the app is online.")},
                 {"running"_L1, tr("Being deleted in OpenAI now.")},
                 {"done"_L1, tr("Deleted in OpenAI (or already gone).")},
                 {"failed"_L1, tr("The deletion failed; select it and choose Retry.")}},
                QString());
            if (!tip.isEmpty())
                return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DeletionJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList titles{tr("Kind"), tr("Label"), tr("Remote ID"), tr("State"), tr("Attempts"), tr("Error")};
    return ColumnTitles::header(titles, section, orientation, role,
                                QAbstractTableModel::headerData(section, orientation, role));
}

DeletionJobModel::Counts DeletionJobModel::count(const QList<DeletionJob> &jobs)
{
    Counts c;
    for (const auto &job : jobs) {
        if (job.state == "done"_L1)
            ++c.done;
        else if (job.state == "failed"_L1)
            ++c.failed;
        else
            ++c.pending;
    }
    return c;
}

QString DeletionJobModel::summaryText(const QList<DeletionJob> &jobs)
{
    const Counts c = count(jobs);
    if (c.failed > 0 && c.pending > 0)
        return tr("Remote cleanup: %1 failed, %2 pending").arg(c.failed).arg(c.pending);
    if (c.failed > 0)
        return tr("Remote cleanup: %n failed", nullptr, c.failed);
    if (c.pending > 0)
        return tr("Remote cleanup: %n pending", nullptr, c.pending);
    return tr("Remote cleanup: done");
}

QString DeletionJobModel::kindText(const QString &kind)
{
    return textOf(kind,
                  {{"assistant"_L1, tr("Assistant")}, {"vector_store"_L1, tr("Vector store")}, {"file"_L1, tr("File")}},
                  kind);
}

QString DeletionJobModel::stateText(const QString &state)
{
    return textOf(state,
                  {{"pending"_L1, tr("Queued")}, {"running"_L1, tr("Running")}, {"done"_L1, tr("Done")},
                   {"failed"_L1, tr("Failed")}},
                  state);
}
