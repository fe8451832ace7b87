// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"

namespace backoffice {

class AuditLog;
class Database;
class PasswordHasher;

/// Checks an operator's user name and password and turns them into the Actor the services act for.
/// Every attempt is audited (never the password). Five consecutive failures lock the account for
/// fifteen minutes; a disabled account is refused. The limit holds under parallel guesses from any
/// number of processes: an attempt is reserved in the write transaction that reads the lockout,
/// before the password is checked, so failures plus attempts in progress never exceed five. Time
/// comes from the injected clock.
class SignInService
{
public:
    static constexpr int maximumFailures = 5;
    static constexpr int lockoutMinutes = 15;
    /// A reservation older than this is from a process that died mid-check and no longer counts.
    static constexpr int reservationLifetimeSeconds = 60;

    /// What a successful sign-in leaves in the audit log. Failures and refusals are always recorded.
    enum class Recording
    {
        EverySignIn, ///< the GUI and every command that changes something
        FailuresOnly, ///< a command that only reads: signing in to look changes nothing worth a record
    };

    SignInService(const Database& database, const AuditLog& audit, const PasswordHasher& hasher,
                  const Clock& clock = SystemClock::instance());

    /// Errors:
    /// - InvalidInput, field "credentials": unknown user or wrong password (the two are not told apart);
    /// - Locked, field "locked-until", detail the ISO 8601 UTC end of the lockout (also returned by
    ///   the attempt that triggers it);
    /// - Locked, field "disabled": the account was disabled by an administrator;
    /// - Locked, field "attempts-in-progress": as many attempts as the lockout still allows are
    ///   being checked right now (parallel guessing);
    /// - Storage.
    Result<Actor> signIn(const QString& userName, const QString& password,
                         Recording recording = Recording::EverySignIn) const;

    /// The end of a lockout carried by a Locked/"locked-until" error, else an invalid time.
    static QDateTime lockedUntil(const Error& error);

private:
    struct Reservation
    {
        qint64 id = 0;
        qint64 operatorId = 0;
        QString userName;
        Role role = Role::Viewer;
    };

    /// A failed sign-in's audit event (never the password).
    AuditEvent failureEvent(const QString& userName, const QString& reason) const;
    Status recordFailure(const QString& userName, const QString& reason) const;
    /// Refuses a disabled or locked account, or one whose remaining attempts are all in progress;
    /// otherwise reserves one. Audits refusals.
    Result<Reservation> reserveAttempt(const QString& userName) const;
    /// Releases the reservation and records the outcome: signed in, a failure (and the lockout it
    /// causes), or refused because the account was locked or disabled meanwhile.
    Result<Actor> settleAttempt(const Reservation& reservation, bool matches, const QString& rehashed,
                                Recording recording) const;

    const Database& m_database;
    const AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
    mutable QString m_dummyHash; ///< checked for unknown users so they take as long as known ones
};

} // namespace backoffice
