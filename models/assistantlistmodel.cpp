#include "assistantlistmodel.h"

#include "columntitles.h"
#include "domain/syncstatus.h"
#include "rebind.h"
#include "storage/workspace.h"

#include <QDateTime>

AssistantListModel::AssistantListModel(QObject *parent) : QAbstractTableModel(parent)
{
    registerSyncStatusConversions();   // SyncStatusRole holds a SyncStatus; toString() gives its wire name
}

void AssistantListModel::setWorkspace(Workspace *workspace)
{
    if (rebind(m_workspace, workspace, this)) {
        connect(m_workspace, &Workspace::assistantChanged, this, &AssistantListModel::refreshRow);
        connect(m_workspace, &Workspace::assistantAdded, this, &AssistantListModel::refreshRow);
        connect(m_workspace, &Workspace::reset, this, &AssistantListModel::reload);
    }
    reload();
}

void AssistantListModel::reload()
{
    beginResetModel();
    m_rows = m_workspace ? m_workspace->assistantSummaries() : QList<AssistantSummary>{};
    rebuildIndex();
    endResetModel();
}

void AssistantListModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void AssistantListModel::refreshRow(const QString &id)
{
    if (!m_workspace)
        return;
    auto summary = m_workspace->assistantSummary(id);
    const int row = rowOf(id);
    if (!summary) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            rebuildIndex();
            endRemoveRows();
        }
        return;
    }
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(summary.value());
        m_rowById.insert(id, at);
        endInsertRows();
        // A new version changes its working record's version count.
        if (!summary->workingVersionId.isEmpty())
            refreshRow(summary->workingVersionId);
        return;
    }
    if (m_rows.at(row) == summary.value())
        return;
    m_rows[row] = summary.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AssistantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssistantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex AssistantListModel::indexOf(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString AssistantListModel::checkedText(const QString &isoUtc, const QDateTime &now)
{
    if (isoUtc.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime();
    if (!t.isValid())
        return {};
    const QDate today = now.toLocalTime().date();
    if (t.date() == today)
        return tr("checked %1").arg(t.time().toString(QStringLiteral("HH:mm")));
    if (t.date() == today.addDays(-1))
        return tr("checked yesterday");
    if (t.date().year() == today.year())
        return tr("checked %1").arg(QLocale().toString(t.date(), QStringLiteral("d MMM")));
    return tr("checked %1").arg(QLocale().toString(t.date(), QLocale::ShortFormat));
}

QString AssistantListModel::badgeText(const AssistantSummary &s)
{
    if (s.noAssistantsApi)
        return tr("No Assistants API");
    return syncStatusBadgeText(s.syncStatus, s.differenceCount);
}

QVariant AssistantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssistantSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return badgeText(s);
        case NameColumn:
            return s.name;
        case ModelColumn:
            return s.model;
        case CheckedColumn:
            return checkedText(s.checkedAt, QDateTime::currentDateTimeUtc());
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = badgeText(s);
        if (s.stale)
            tip += QLatin1Char('\n') + tr("Showing the last known status (stale)");
        if (!s.checkedAt.isEmpty())
            tip += QLatin1Char('\n')
                + tr("Checked %1").arg(QLocale().toString(QDateTime::fromString(s.checkedAt, Qt::ISODate).toLocalTime(),
                                                           QLocale::LongFormat));
        if (s.notPushed && s.remoteId)
            tip += QLatin1Char('\n') + tr("Not pushed: local changes are not in OpenAI yet");
        return tip;
    }
    case IdRole:
        return s.id;
    case SyncStatusRole:
        return QVariant::fromValue(s.syncStatus);
    case CheckedAtRole:
        return s.checkedAt;
    case NotPushedRole:
        return s.notPushed;
    case ArchivedRole:
        return s.archived;
    case IsVersionRole:
        return s.isVersion();
    case RemoteIdRole:
        return s.remoteId.value_or(QString());
    case VersionCountRole:
        return s.versionCount;
    case DifferenceCountRole:
        return s.differenceCount;
    case StaleRole:
        return s.stale;
    case SearchTextRole:
        return s.name + QLatin1Char('\n') + s.model;
    }
    return {};
}

QVariant AssistantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header({tr("Status"), tr("Name"), tr("Model"), tr("Checked")}, section, orientation, role);
}

QHash<int, QByteArray> AssistantListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SyncStatusRole, "syncStatus");
    names.insert(CheckedAtRole, "checkedAt");
    names.insert(NotPushedRole, "notPushed");
    names.insert(ArchivedRole, "archived");
    names.insert(IsVersionRole, "isVersion");
    names.insert(RemoteIdRole, "remoteId");
    names.insert(VersionCountRole, "versionCount");
    names.insert(DifferenceCountRole, "differenceCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(StaleRole, "stale");
    return names;
}
