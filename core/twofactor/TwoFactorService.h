// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/twofactor/DisableReasonRule.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace backoffice {

class AuditLog;
class Database;
struct FactorRemoval;

/// An operator's request to turn a client's second factor off.
struct DisableTwoFactorRequest
{
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None; ///< the method the operator saw on
    qint64 expectedRowVersion = 0; ///< the version the operator saw; a newer one is refused
    QString reason; ///< reason or ticket reference; required, and meaningful (DisableReasonRule)
    bool clientRequested = false; ///< the client explicitly asked for it; required
    /// The identity code the client read back (CodeCheck::challengeId of a Verified check): proof
    /// that the caller is the client. Used up by the disable. Without one the only way is a
    /// four-eyes request (DisableRequestService).
    qint64 verificationId = 0;
};

/// The one service through which a client's 2FA changes: it checks the operator's role, refuses
/// stale edits, writes the change and its audit event in one transaction. Operators can only turn
/// a method off; turning one on is the client's own act in the client UI.
///
/// A disable needs proof that the caller is the client: a verified identity code on a channel that
/// is not the factor being removed (IdentityVerificationService), used up in the disable's own
/// transaction, or a second operator's approval (DisableRequestService, which turns the factor off
/// through turnOffInTransaction). An operator's tick box alone never removes a factor.
class TwoFactorService
{
public:
    TwoFactorService(const Database& database, const AuditLog& audit, const Clock& clock = SystemClock::instance());

    /// Disables the method and, for the authenticator, erases its secret (the client re-enrols).
    /// Errors: PermissionDenied; InvalidInput (field "reason" with the rule's detail,
    /// "client-requested", "method"); NotFound; Conflict (the client changed since it was read:
    /// field "already-disabled" when another operator turned it off meanwhile, see alreadyDisabled(),
    /// else field "client" with its id);
    /// VerificationRefusal NotVerified, CodeNotForClient, CodeUsed, CodeExpired. A refusal for want
    /// of a verified code is recorded in the audit log (client.2fa.disable.refused).
    Result<Client> disable(const Actor& actor, const DisableTwoFactorRequest& request) const;

    /// The change itself inside the caller's write transaction, for an approved four-eyes request:
    /// the factor off if the client is still at `removal.expectedRowVersion`, and its audit event
    /// with `removal.auditDetails`. Errors: NotFound, Conflict, Storage.
    Result<Client> turnOffInTransaction(const Actor& actor, const FactorRemoval& removal) const;

    /// Who turned the client's 2FA off, and when, from an "already-disabled" Conflict.
    struct AlreadyDisabled
    {
        QString by;
        QDateTime at; ///< UTC
    };
    static std::optional<AlreadyDisabled> alreadyDisabled(const Error& error);
    /// The "already-disabled" Conflict for a client whose factor an operator turned off, if it is
    /// off now: for a front end that finds the factor gone before it even asks to disable it.
    std::optional<Error> whoDisabled(qint64 clientId) const;

    /// The rule a disable's reason must meet on this database (shared by the team).
    DisableReasonRule reasonRule() const;

private:
    /// The Conflict for `clientId` when it changed under the operator: whoDisabled(), else that it
    /// changed.
    Error changedUnderneath(qint64 clientId) const;
    void recordRefusal(const Actor& actor, const DisableTwoFactorRequest& request, const Error& refusal) const;

    const Database& m_database;
    const AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace backoffice
