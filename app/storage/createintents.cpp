#include "storage/createintents.h"

#include "core/jsonnumber.h"
#include "storage/claims.h"
#include "storage/storageaccess.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CreateIntents", text);
}
} // namespace

namespace CreateIntents {

Result<QString> begin(Workspace &ws, CreateIntent intent)
{
    intent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intent.startedAt = utcNowIso();
    const QJsonObject detail{{QStringLiteral("marker"), intent.marker},
                             {QStringLiteral("bytes"), double(intent.bytes)},
                             {QStringLiteral("purpose"), intent.purpose}};
    Database &db = StorageAccess::database(ws);
    const Claims::Claimant me = Claims::me(db);
    const Status s = db.write([&]() -> Status {
        // Another program creating the same object right now: not twice.
        for (const CreateIntent &other : list(ws, intent.kind, intent.recordId))
            if (other.heldElsewhere)
                return Error{ErrorKind::Refused,
                             tr("Another program on this workspace is creating this %1 in OpenAI right now (since %2). "
                                "Try again when it has finished.")
                                 .arg(intent.kind, other.startedAt),
                             {}};
        if (intent.checkLink) {
            const QString sql = intent.kind == QLatin1String("file")
                                    ? QStringLiteral("SELECT COALESCE(remote_file_id, '') FROM files WHERE id = ?")
                                : intent.kind == QLatin1String("vector_store")
                                    ? QStringLiteral("SELECT COALESCE(vector_store_id, '') FROM assistants WHERE id = ?")
                                    : QStringLiteral("SELECT COALESCE(remote_id, '') FROM assistants WHERE id = ?");
            auto q = db.exec(sql, {intent.recordId});
            if (!q)
                return q.error();
            const QString now = (*q)->next() ? (*q)->value(0).toString() : intent.expectedLink;
            (*q)->finish();
            if (now != intent.expectedLink)
                return Error{ErrorKind::Conflict,
                             tr("Another program linked %1 to this record in OpenAI meanwhile. Check it, then push again.")
                                 .arg(now.isEmpty() ? tr("nothing") : now),
                             {}};
        }
        return db.change(QStringLiteral("INSERT INTO create_intents (id, kind, record_id, detail, started_at, claimed_by, "
                                        "claim_pid, claim_host) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {intent.id, intent.kind, intent.recordId,
                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), intent.startedAt,
                          me.session, me.pid, me.host});
    });
    if (!s)
        return s.error();
    return intent.id;
}

Result<bool> takeOver(Workspace &ws, const QString &intentId)
{
    Database &db = StorageAccess::database(ws);
    const Claims::Claimant me = Claims::me(db);
    bool taken = false;
    const Status s = db.write([&]() -> Status {
        taken = false;
        auto q = db.exec(QStringLiteral("SELECT COALESCE(claimed_by, ''), COALESCE(claim_pid, 0), COALESCE(claim_host, ''), "
                                        "started_at FROM create_intents WHERE id = ?"),
                         {intentId});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return {};
        const Claims::Claimant holder{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toString()};
        const QString started = (*q)->value(3).toString();
        (*q)->finish();
        if (holder.session == me.session) {
            taken = true;
            return {};
        }
        if (Claims::isAlive(db, holder, started))
            return {};
        auto n = db.changeCount(QStringLiteral("UPDATE create_intents SET claimed_by = ?, claim_pid = ?, claim_host = ? "
                                               "WHERE id = ? AND COALESCE(claimed_by, '') = ?"),
                                {me.session, me.pid, me.host, intentId, holder.session});
        if (!n)
            return n.error();
        taken = n.value() == 1;
        return {};
    });
    if (!s)
        return s.error();
    return taken;
}

Status end(Workspace &ws, const QString &intentId)
{
    Database &db = StorageAccess::database(ws);
    return db.write([&] { return db.change(QStringLiteral("DELETE FROM create_intents WHERE id = ?"), {intentId}); });
}

QList<CreateIntent> list(Workspace &ws, const QString &kind, const QString &recordId, const QString &purpose)
{
    QList<CreateIntent> out;
    QList<Claims::Claimant> claimants;
    Database &db = StorageAccess::database(ws);
    auto q = db.exec(QStringLiteral("SELECT id, kind, record_id, detail, started_at, COALESCE(claimed_by, ''), "
                                    "COALESCE(claim_pid, 0), COALESCE(claim_host, '') FROM create_intents "
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
        claimants << Claims::Claimant{r.value(5).toString(), r.value(6).toLongLong(), r.value(7).toString()};
        if (purpose.isEmpty() || i.purpose == purpose)
            out << i;
        else
            claimants.removeLast();
    }
    (*q)->finish();
    for (qsizetype k = 0; k < out.size(); ++k) {
        const Claims::Claimant &c = claimants.at(k);
        out[k].heldElsewhere = c.session != db.sessionId() && Claims::isAlive(db, c, out.at(k).startedAt);
    }
    return out;
}
} // namespace CreateIntents
