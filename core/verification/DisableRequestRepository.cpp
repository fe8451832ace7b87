// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/DisableRequestRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DisableRequestRepository::DisableRequestRepository(const Database& database) : m_database(database) { }

Result<QList<DisableRequest>> DisableRequestRepository::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.exec(
        u"SELECT id, client_id, method, client_row_version, reason, identity_check, requested_by, requested_at, "
        u"expires_at, state, decided_by, decided_at, decision_reason FROM disable_requests "_s
            + where,
        values);
    if (!query)
        return query.error();
    QList<DisableRequest> requests;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        DisableRequest r;
        r.id = rows.value(0).toLongLong();
        r.clientId = rows.value(1).toLongLong();
        r.method = twoFactorMethodFromString(rows.value(2).toString()).value_or(TwoFactorMethod::None);
        r.clientRowVersion = rows.value(3).toLongLong();
        r.reason = rows.value(4).toString();
        r.identityCheck = rows.value(5).toString();
        r.requestedBy = rows.value(6).toString();
        r.requestedAt = SqlTime::read(rows.value(7));
        r.expiresAt = SqlTime::read(rows.value(8));
        // A state this build does not know can never be approved.
        r.state = disableRequestStateFromString(rows.value(9).toString()).value_or(DisableRequest::State::Expired);
        r.decidedBy = rows.value(10).toString();
        r.decidedAt = SqlTime::read(rows.value(11));
        r.decisionReason = rows.value(12).toString();
        requests.append(r);
    }
    return requests;
}

Result<DisableRequest> DisableRequestRepository::find(qint64 id) const
{
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::notFound(u"disable-request"_s, QString::number(id));
    return found.value().first();
}

Result<QList<DisableRequest>> DisableRequestRepository::pending(const QDateTime& now) const
{
    return select(u"WHERE state = 'pending' AND expires_at > ? ORDER BY requested_at, id"_s, {SqlTime::bind(now)});
}

Result<qint64> DisableRequestRepository::insertInTransaction(const DisableRequest& r) const
{
    auto already = m_database.scalar(
        u"SELECT id FROM disable_requests WHERE client_id = ? AND state = 'pending' ORDER BY id LIMIT 1"_s,
        {r.clientId});
    if (already)
        return Error {Error::Code::Conflict, u"pending-request"_s, QString::number(already.value().toLongLong())};
    if (already.error().code != Error::Code::NotFound)
        return already.error();
    auto inserted = m_database.exec(
        u"INSERT INTO disable_requests (client_id, method, client_row_version, reason, identity_check, requested_by, "
        u"requested_at, expires_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING id"_s,
        {r.clientId, twoFactorMethodToString(r.method), r.clientRowVersion, Database::text(r.reason),
         Database::text(r.identityCheck), Database::text(r.requestedBy), SqlTime::bind(r.requestedAt),
         SqlTime::bind(r.expiresAt)});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::storage(u"no id returned for the disable request"_s);
    return inserted.value().value(0).toLongLong();
}

Status DisableRequestRepository::expirePendingInTransaction(qint64 clientId, const QDateTime& now,
                                                            const QString& by) const
{
    auto updated = m_database.exec(u"UPDATE disable_requests SET state = 'expired', decided_by = ?, decided_at = ? "
                                   u"WHERE client_id = ? AND state = 'pending' AND expires_at <= ?"_s,
                                   {Database::text(by), SqlTime::bind(now), clientId, SqlTime::bind(now)});
    if (!updated)
        return updated.error();
    return Ok {};
}

Status DisableRequestRepository::decideInTransaction(qint64 id, DisableRequest::State to, const QString& by,
                                                     const QDateTime& at, const QString& reason) const
{
    auto updated = m_database.exec(
        u"UPDATE disable_requests SET state = ?, decided_by = ?, decided_at = ?, "
        u"decision_reason = ? WHERE id = ? AND state = 'pending'"_s,
        {disableRequestStateToString(to), Database::text(by), SqlTime::bind(at), Database::text(reason), id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error::conflict(u"disable request %1 is no longer pending"_s.arg(id));
    return Ok {};
}

} // namespace backoffice
