#include "storage/createintents.h"

#include "core/jsonnumber.h"
#include "storage/storageaccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace CreateIntents {

Result<QString> begin(Workspace &ws, CreateIntent intent)
{
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.startedAt = utcNowIso();
    const QJsonObject detail{{QStringLiteral("marker"), intent.marker},
                             {QStringLiteral("bytes"), double(intent.bytes)},
                             {QStringLiteral("purpose"), intent.purpose}};
    Database &db = StorageAccess::database(ws);
    const Status s = db.write([&] {
        return db.change(QStringLiteral("INSERT INTO create_intents (id, kind, record_id, detail, started_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {intent.id, intent.kind, intent.recordId,
                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), intent.startedAt});
    });
    if (!s)
        return s.error();
    return intent.id;
}

Status end(Workspace &ws, const QString &intentId)
{
    Database &db = StorageAccess::database(ws);
    return db.write([&] { return db.change(QStringLiteral("DELETE FROM create_intents WHERE id = ?"), {intentId}); });
}

QList<CreateIntent> list(Workspace &ws, const QString &kind, const QString &recordId, const QString &purpose)
{
    QList<CreateIntent> out;
    auto q = StorageAccess::database(ws).exec(QStringLiteral("SELECT id, kind, record_id, detail, started_at FROM create_intents "
                                               "WHERE (COALESCE(?, '') = '' OR kind = ?) "
                                               "AND (COALESCE(?, '') = '' OR record_id = ?) "
                                               "ORDER BY started_at, id"),
                                {kind, kind, recordId, recordId});
    if (!q)
        return out;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        const QJsonObject detail = QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object();
        CreateIntent i;
        i.id = r.value(0).toString();
        i.kind = r.value(1).toString();
        i.recordId = r.value(2).toString();
        i.marker = detail.value(QLatin1String("marker")).toString();
        i.bytes = jsonInteger(detail.value(QLatin1String("bytes")));
        i.purpose = detail.value(QLatin1String("purpose")).toString();
        i.startedAt = r.value(4).toString();
        if (purpose.isEmpty() || i.purpose == purpose)
            out << i;
    }
    return out;
}
} // namespace CreateIntents
