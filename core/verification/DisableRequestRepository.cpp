// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/DisableRequestRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DisableRequestRepository::DisableRequestRepository(const Database& database) : m_database(database) { }

Result<QList<DisableRequest>> DisableRequestRepository::select(const QString& where, const QVariantList& values) const
{
    const auto requestFrom = [](const QSqlQuery& row) {
        DisableRequest r;
        SqlRows::readColumns(row, r.id, r.clientId,
                             SqlRows::parsed(r.method, twoFactorMethodFromString, TwoFactorMethod::None),
                             r.clientRowVersion, r.reason, r.identityCheck, r.requestedBy, r.requestedAt, r.expiresAt,
                             // A state this build does not know can never be approved.
                             SqlRows::parsed(r.state, disableRequestStateFromString, DisableRequest::State::Expired),
                             r.decidedBy, r.decidedAt, r.decisionReason);
        return r;
    };
    return SqlRows::select(
        m_database,
        u"SELECT id, client_id, method, client_row_version, reason, identity_check, requested_by, requested_at, "
        u"expires_at, state, decided_by, decided_at, decision_reason FROM disable_requests "_s
            + where,
        values, requestFrom);
}

Result<DisableRequest> DisableRequestRepository::find(qint64 id) const
{
    return SqlRows::theOne(select(u"WHERE id = ?"_s, {id}), u"disable-request"_s, QString::number(id));
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
    return m_database.insert(
        u"INSERT INTO disable_requests (client_id, method, client_row_version, reason, identity_check, requested_by, "
        u"requested_at, expires_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')"_s,
        {r.clientId, twoFactorMethodToString(r.method), r.clientRowVersion, Database::text(r.reason),
         Database::text(r.identityCheck), Database::text(r.requestedBy), SqlTime::bind(r.requestedAt),
         SqlTime::bind(r.expiresAt)});
}

Status DisableRequestRepository::expirePendingInTransaction(qint64 clientId, const QDateTime& now,
                                                            const QString& by) const
{
    return m_database.run(u"UPDATE disable_requests SET state = 'expired', decided_by = ?, decided_at = ? "
                          u"WHERE client_id = ? AND state = 'pending' AND expires_at <= ?"_s,
                          {Database::text(by), SqlTime::bind(now), clientId, SqlTime::bind(now)});
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
