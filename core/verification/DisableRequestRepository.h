// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/verification/DisableRequest.h"

#include <QList>

namespace backoffice {

class Database;

/// Every statement on disable_requests. Writes are *InTransaction, inside the caller's
/// Database::writeTransaction with their audit event (DisableRequestService); a decision only
/// applies to a request still pending, so two approvers racing cannot both decide it.
class DisableRequestRepository
{
public:
    explicit DisableRequestRepository(const Database& database);

    Result<DisableRequest> find(qint64 id) const;
    /// Requests still pending and not yet expired at `now`, oldest first.
    Result<QList<DisableRequest>> pending(const QDateTime& now) const;

    /// Returns the new id. Conflict (field "pending-request", detail its id) when the client already
    /// has a pending request.
    Result<qint64> insertInTransaction(const DisableRequest& request) const;
    /// Moves pending requests of the client that expired before `now` to Expired.
    Status expirePendingInTransaction(qint64 clientId, const QDateTime& now, const QString& by) const;
    /// Pending -> `to` (Approved, Rejected, Expired or Stale) with who, when and why; Conflict when
    /// the request is no longer pending.
    Status decideInTransaction(qint64 id, DisableRequest::State to, const QString& by, const QDateTime& at,
                               const QString& reason = {}) const;

private:
    Result<QList<DisableRequest>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace backoffice
