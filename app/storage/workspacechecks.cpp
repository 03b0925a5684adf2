// Workspace: saved checks and their last results (domain.md §2 "Check", §12). The contract is in workspace.h. A
// check is kept as its interchange JSON (Checks::toJson), so what is stored is exactly what export writes. Every
// write reads the records it decides on inside its transaction, and its body may run twice (PostgreSQL re-runs it
// after a serialization failure), so it starts from nothing each time.
#include "storage/workspace.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// A stored check; its JSON was valid when written, so a row that no longer reads (edited by hand) keeps at least its
/// id and name.
Check checkFromRow(const QString &id, const QString &name, const QString &json)
{
    const Result<Check> read = Checks::fromJson(objectOf(json));
    if (read)
        return read.value();
    Check c;
    c.id = id;
    c.name = name;
    return c;
}

/// What check_results.details holds: the parts of an outcome that have no column of their own.
QString detailsOf(const CheckOutcome &outcome)
{
    const QJsonObject all = Checks::outcomeToJson(outcome);
    QJsonObject details;
    for (const char *key : {"name", "expectations", "failure", "calls", "duration_ms"})
        details.insert(QLatin1String(key), all.value(QLatin1String(key)));
    return compact(details);
}
} // namespace

// --- reads -----------------------------------------------------------------------------------------------------

QList<Check> Workspace::checks(const QString &assistantId) const
{
    QList<Check> out;
    auto q = m_db->exec(u"SELECT id, name, check_json FROM checks WHERE assistant_id = ? ORDER BY position, id"_s,
                        {assistantId});
    if (!q)
        return out;
    while ((*q)->next())
        out << checkFromRow((*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString());
    return out;
}

QHash<QString, QList<Check>> Workspace::allChecks() const
{
    QHash<QString, QList<Check>> out;
    auto q = m_db->exec(u"SELECT assistant_id, id, name, check_json FROM checks ORDER BY assistant_id, position, id"_s);
    if (!q)
        return out;
    while ((*q)->next())
        out[(*q)->value(0).toString()] << checkFromRow((*q)->value(1).toString(), (*q)->value(2).toString(),
                                                       (*q)->value(3).toString());
    return out;
}

QStringList Workspace::assistantsWithChecks() const
{
    QStringList out;
    auto q = m_db->exec(u"SELECT DISTINCT assistant_id FROM checks ORDER BY assistant_id"_s);
    if (!q)
        return out;
    while ((*q)->next())
        out << (*q)->value(0).toString();
    return out;
}

QList<CheckOutcome> Workspace::checkOutcomes(const QString &assistantId) const
{
    QList<CheckOutcome> out;
    auto q = m_db->exec(u"SELECT r.check_id, r.way, r.passed, r.answer, r.details, r.input_tokens, r.output_tokens, "
                        u"r.ran_at FROM check_results r JOIN checks c ON c.id = r.check_id WHERE c.assistant_id = ? "
                        u"ORDER BY c.position, c.id, r.way"_s,
                        {assistantId});
    if (!q)
        return out;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        CheckOutcome o = Checks::outcomeFromJson(objectOf(r.value(4).toString()));
        o.checkId = r.value(0).toString();
        o.way = r.value(1).toString();
        o.passed = r.value(2).toBool();
        o.answer = r.value(3).toString();
        o.inputTokens = r.value(5).toLongLong();
        o.outputTokens = r.value(6).toLongLong();
        o.ranAt = r.value(7).toString();
        out << o;
    }
    return out;
}

// --- writes ----------------------------------------------------------------------------------------------------

Status Workspace::insertCheck(const QString &assistantId, int position, const Check &check)
{
    if (Status s = registerId(check.id, "check"); !s)
        return s;
    note(u"check"_s, check.id, u"insert"_s);
    return m_db->change(u"INSERT INTO checks (id, assistant_id, position, name, check_json, updated_by, updated_at) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {check.id, assistantId, position, check.name, compact(Checks::toJson(check)),
                         m_db->userName(), utcNowIso()});
}

namespace {
/// Inside a write: the refusal for changing the checks of `assistantId`, or nothing when it is an editable working
/// assistant.
Status editableForChecks(const Workspace &workspace, const QString &assistantId)
{
    auto stored = workspace.assistant(assistantId);
    if (!stored)
        return stored.error();
    if (stored->isVersion())
        return Error{ErrorKind::Refused, tr("Assistant versions are read-only. Edit the working assistant instead."), {}};
    if (stored->archived)
        return Error{ErrorKind::Refused, tr("Archived assistants are read-only."), {}};
    return {};
}
} // namespace

Result<Check> Workspace::saveCheck(const QString &assistantId, Check check)
{
    if (check.id.isEmpty())
        check.id = generateLocalId(u"c-"_s);
    if (const QStringList problems = Checks::problems(check); !problems.isEmpty())
        return Error::validation(problems);
    const Status s = m_db->write([&]() -> Status {
        if (Status e = editableForChecks(*this, assistantId); !e)
            return e;
        auto owner = m_db->exec(u"SELECT assistant_id FROM checks WHERE id = ?"_s, {check.id});
        if (!owner)
            return owner.error();
        if ((*owner)->next()) {
            const QString ownerId = (*owner)->value(0).toString();
            (*owner)->finish();
            if (ownerId != assistantId)
                return Error{ErrorKind::Validation, tr("Id: “%1” already exists").arg(check.id), {}};
            note(u"check"_s, check.id, u"update"_s);
            return m_db->change(u"UPDATE checks SET name = ?, check_json = ?, row_version = row_version + 1, "
                                u"updated_by = ?, updated_at = ? WHERE id = ?"_s,
                                {check.name, compact(Checks::toJson(check)), m_db->userName(), utcNowIso(), check.id});
        }
        auto last = m_db->exec(u"SELECT COALESCE(MAX(position) + 1, 0) FROM checks WHERE assistant_id = ?"_s,
                               {assistantId});
        if (!last)
            return last.error();
        const int position = (*last)->next() ? (*last)->value(0).toInt() : 0;
        (*last)->finish();
        return insertCheck(assistantId, position, check);
    });
    if (!s)
        return s.error();
    emit checksChanged(assistantId);
    return check;
}

Status Workspace::deleteCheck(const QString &checkId)
{
    QString assistantId;
    const Status s = m_db->write([&]() -> Status {
        assistantId.clear();
        auto owner = m_db->exec(u"SELECT assistant_id FROM checks WHERE id = ?"_s, {checkId});
        if (!owner)
            return owner.error();
        if (!(*owner)->next())
            return Error{ErrorKind::NotFound, tr("No check with id “%1” in this workspace.").arg(checkId), {}};
        assistantId = (*owner)->value(0).toString();
        (*owner)->finish();
        if (Status e = editableForChecks(*this, assistantId); !e)
            return e;
        note(u"check"_s, checkId, u"delete"_s);
        for (const QString &sql : {u"DELETE FROM check_results WHERE check_id = ?"_s, u"DELETE FROM checks WHERE id = ?"_s,
                                   u"DELETE FROM local_ids WHERE id = ?"_s})
            if (Status d = m_db->change(sql, {checkId}); !d)
                return d;
        return {};
    });
    if (s)
        emit checksChanged(assistantId);
    return s;
}

Status Workspace::storeCheckOutcome(const CheckOutcome &outcome)
{
    if (outcome.way != QLatin1String("assistants") && outcome.way != QLatin1String("responses"))
        return Error{ErrorKind::Validation, tr("Way: must be “assistants” or “responses”"), {}};
    QString assistantId;
    const Status s = m_db->write([&]() -> Status {
        assistantId.clear();
        auto owner = m_db->exec(u"SELECT assistant_id FROM checks WHERE id = ?"_s, {outcome.checkId});
        if (!owner)
            return owner.error();
        if (!(*owner)->next())
            return Error{ErrorKind::NotFound, tr("No check with id “%1” in this workspace.").arg(outcome.checkId), {}};
        assistantId = (*owner)->value(0).toString();
        (*owner)->finish();
        note(u"check"_s, outcome.checkId, u"result"_s, {outcome.way});
        if (Status d = m_db->change(u"DELETE FROM check_results WHERE check_id = ? AND way = ?"_s,
                                    {outcome.checkId, outcome.way});
            !d)
            return d;
        return m_db->change(u"INSERT INTO check_results (check_id, way, passed, answer, details, input_tokens, "
                            u"output_tokens, ran_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            // A check that could not run has no answer: "" (a null QString would bind as NULL).
                            {outcome.checkId, outcome.way, int(outcome.passed), outcome.answer.isNull() ? u""_s : outcome.answer,
                             detailsOf(outcome),
                             outcome.inputTokens, outcome.outputTokens,
                             outcome.ranAt.isEmpty() ? utcNowIso() : outcome.ranAt});
    });
    if (s)
        emit checksChanged(assistantId);
    return s;
}
