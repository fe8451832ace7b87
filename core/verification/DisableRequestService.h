// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/verification/DisableRequest.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace backoffice {

class Database;

/// What the requester files: the client as they saw it, the ticket, and how identity was checked.
struct DisableRequestInput
{
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None; ///< the method the requester saw on
    qint64 expectedRowVersion = 0; ///< the version the requester saw
    QString reason; ///< reason or ticket reference; required
    QString identityChecked; ///< how the caller's identity was checked; at least 10 characters
    bool clientRequested = false; ///< the client explicitly asked for it; required
};

/// What turning the factor off needs, handed to TwoFactorService inside the approval's transaction.
struct FactorRemoval
{
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None;
    qint64 expectedRowVersion = 0;
    QString reason; ///< the request's reason: the disable's reason
    QJsonObject auditDetails; ///< for the disable's audit event: request id, requester, identity check
};

/// Turns a factor off (the UPDATE and its client.2fa.disable audit event) inside the caller's write
/// transaction; TwoFactorService provides it. `actor` is the approver.
using TurnFactorOffInTransaction = std::function<Result<Client>(const Actor& actor, const FactorRemoval& removal)>;

/// An approval and what it did.
struct ApprovedDisable
{
    DisableRequest request;
    Client before; ///< for the notice: the phone and e-mail on file, the method removed
    Client after;
};

/// The four-eyes way to turn a client's factor off when the caller could not prove their identity
/// with a code (no channel, a SIM swap): one operator (support or admin) files a request saying how
/// identity was checked; a second operator (support or admin, never the requester) approves it and
/// only then, in the approval's transaction, the factor is turned off, or rejects it with a reason.
/// A request expires after 24 hours; one for a client that changed since (row version) is refused
/// on approval. Every step, refused approvals included, is an audit event.
class DisableRequestService
{
public:
    static constexpr int expiryHours = 24;
    static constexpr int minimumIdentityCheckLength = 10;
    static constexpr int maximumTextLength = 1000;

    DisableRequestService(const Database& database, const AuditLog& audit, TurnFactorOffInTransaction turnOff,
                          const Clock& clock = SystemClock::instance());

    /// Errors: PermissionDenied; InvalidInput (field "client-requested", "reason", "identity-checked");
    /// NotFound; VerificationRefusal MethodNotOn, ClientChanged, RequestPending.
    Result<DisableRequest> request(const Actor& actor, const DisableRequestInput& input) const;
    /// Open requests not yet expired, oldest first: what the Pending approvals view lists.
    Result<QList<DisableRequest>> pending(const Actor& actor) const;
    Result<DisableRequest> find(const Actor& actor, qint64 requestId) const;
    /// Approves and turns the factor off in one transaction. Errors: PermissionDenied, NotFound;
    /// VerificationRefusal OwnRequest, RequestDecided, RequestExpired, ClientChanged (the last two
    /// also close the request); whatever turning the factor off refuses (then nothing changes).
    Result<ApprovedDisable> approve(const Actor& actor, qint64 requestId) const;
    /// Any support or admin operator, the requester included (withdrawing it). Errors:
    /// PermissionDenied, InvalidInput (field "reason"), NotFound; RequestDecided, RequestExpired.
    Result<DisableRequest> reject(const Actor& actor, qint64 requestId, const QString& reason) const;

private:
    /// Runs `body` in a write transaction on the pending, unexpired request `requestId`. A refusal
    /// that `body` sets in `refusal` is committed with its audit event, then returned; an error it
    /// returns rolls everything back.
    Result<DisableRequest>
    decide(const Actor& actor, qint64 requestId, const char* action,
           const std::function<Status(const DisableRequest& request, std::optional<Error>& refusal)>& body) const;

    const Database& m_database;
    const AuditLog& m_audit;
    TurnFactorOffInTransaction m_turnOff;
    const Clock& m_clock;
};

} // namespace backoffice
