// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Actor.h"

namespace backoffice {

class AuditLog;
class Database;
class PasswordHasher;

/// Checks an operator's user name and password and turns them into the Actor the services act for.
/// Every attempt is audited (never the password). Five consecutive failures lock the account for
/// fifteen minutes; a disabled account is refused. Time comes from the injected clock.
class SignInService
{
public:
    static constexpr int maximumFailures = 5;
    static constexpr int lockoutMinutes = 15;

    SignInService(const Database& database, const AuditLog& audit, const PasswordHasher& hasher,
                  const Clock& clock = SystemClock::instance());

    /// Errors:
    /// - InvalidInput, field "credentials": unknown user or wrong password (the two are not told apart);
    /// - Locked, field "locked-until", detail the ISO 8601 UTC end of the lockout (also returned by
    ///   the attempt that triggers it);
    /// - Locked, field "disabled": the account was disabled by an administrator;
    /// - Storage.
    Result<Actor> signIn(const QString& userName, const QString& password) const;

    /// The end of a lockout carried by a Locked/"locked-until" error, else an invalid time.
    static QDateTime lockedUntil(const Error& error);

private:
    Status recordFailure(const QString& userName, const QString& reason) const;

    const Database& m_database;
    const AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
    mutable QString m_dummyHash; ///< checked for unknown users so they take as long as known ones
};

} // namespace backoffice
