// The sync comparison of domain.md §4: what a Push would change, item by item, between a local assistant record and
// the snapshot of its remote assistant. Pure functions, no I/O: used by checks, by the badge recomputation after a
// local edit (no request), and offline.
#pragma once

#include "domain/assistant.h"
#include "domain/syncstatus.h"
#include "domain/workspacefile.h"
#include "domain/snapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>

/// One file shown in a files difference, always by name and id.
struct DifferenceFile {
    QString localId;            // empty for files only in OpenAI
    QString remoteId;           // empty for files never uploaded
    QString name;
    qint64 size = 0;
    QString note;               // "not uploaded yet", "changed since upload", "Failed to index in the vector store", "(unknown file)"
    friend bool operator==(const DifferenceFile &, const DifferenceFile &) = default;
};

struct Difference {
    QString field;              // cli.md names: "name", "temperature", "tools.file_search", "functions.lookup_order", …
    QJsonValue local;           // workspace value (null when absent); unused for file rows
    QJsonValue remote;          // OpenAI value (null when absent)
    bool isFiles = false;
    QList<DifferenceFile> onlyLocal;
    QList<DifferenceFile> onlyRemote;
    QString note;               // e.g. "Vector store vs_1 not found in OpenAI"

    QJsonObject toJson() const;     // the cli.md shape
    static Difference fromJson(const QJsonObject &o);
    /// "Temperature: 0.7 in the workspace, 1 in OpenAI"
    QString summary() const;
    friend bool operator==(const Difference &, const Difference &) = default;
};

namespace SyncDiff {
inline constexpr double Tolerance = 1e-6;

/// Every difference between `local` and `snapshot` (domain.md §4), in a stable order.
QList<Difference> compare(const Assistant &local, const QHash<QString, WorkspaceFile> &files, const RemoteSnapshot &snapshot);

/// Whether a local file needs uploading before a push (no remote id, or content changed since upload; §1.2).
bool needsUpload(const WorkspaceFile &file);

QJsonArray toJson(const QList<Difference> &differences);
QList<Difference> fromJson(const QJsonArray &array);
/// The user-visible label of a difference field ("Temperature", "Function “lookup_order”").
QString fieldLabel(const QString &field);
}
