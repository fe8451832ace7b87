// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"

#include <QDateTime>

#include <optional>

namespace backoffice {

class AuditLog;
class Database;

/// An operator's request to turn a client's second factor off.
struct DisableTwoFactorRequest
{
    qint64 clientId = 0;
    TwoFactorMethod method = TwoFactorMethod::None; ///< the method the operator saw on
    qint64 expectedRowVersion = 0; ///< the version the operator saw; a newer one is refused
    QString reason; ///< reason or ticket reference; required
    bool clientRequested = false; ///< the client explicitly asked for it; required
};

/// The one service through which a client's 2FA changes: it checks the operator's role, refuses
/// stale edits, writes the change and its audit event in one transaction. Operators can only turn
/// a method off; turning one on is the client's own act in the client UI.
class TwoFactorService
{
public:
    TwoFactorService(const Database& database, const AuditLog& audit, const Clock& clock = SystemClock::instance());

    /// Disables the method and, for the authenticator, erases its secret (the client re-enrols).
    /// Errors: PermissionDenied, InvalidInput (field "reason", "client-requested", "method"),
    /// NotFound, Conflict (the client changed since it was read; field "already-disabled" when
    /// another operator turned it off meanwhile: see alreadyDisabled()).
    Result<Client> disable(const Actor& actor, const DisableTwoFactorRequest& request) const;

    /// Who turned the client's 2FA off, and when, from disable()'s "already-disabled" Conflict.
    struct AlreadyDisabled
    {
        QString by;
        QDateTime at; ///< UTC
    };
    static std::optional<AlreadyDisabled> alreadyDisabled(const Error& error);

private:
    const Database& m_database;
    const AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace backoffice
