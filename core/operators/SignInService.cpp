// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/SignInService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/PasswordHasher.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
Error wrongCredentials()
{
    return Error::invalid(u"credentials"_s, u"wrong user name or password"_s);
}

Error lockedError(const QDateTime& until)
{
    return Error {Error::Code::Locked, u"locked-until"_s, until.toUTC().toString(Qt::ISODate)};
}

Error disabledError()
{
    return Error {Error::Code::Locked, u"disabled"_s, u"the account is disabled"_s};
}
} // namespace

SignInService::SignInService(const Database& database, const AuditLog& audit, const PasswordHasher& hasher,
                             const Clock& clock)
    : m_database(database), m_audit(audit), m_hasher(hasher), m_clock(clock)
{
}

QDateTime SignInService::lockedUntil(const Error& error)
{
    if (error.code != Error::Code::Locked || error.field != u"locked-until")
        return {};
    QDateTime until = QDateTime::fromString(error.detail, Qt::ISODate);
    until.setTimeSpec(Qt::UTC);
    return until;
}

AuditEvent SignInService::failureEvent(const QString& userName, const QString& reason) const
{
    AuditEvent event;
    event.at = m_clock.nowUtc();
    event.operatorName = userName;
    event.action = QString::fromLatin1(AuditAction::SignInFailed);
    event.target = userName;
    event.details = {{u"reason"_s, reason}};
    return event;
}

Status SignInService::recordFailure(const QString& userName, const QString& reason) const
{
    auto logged = m_audit.append(failureEvent(userName, reason));
    return logged ? Status(Ok {}) : Status(logged.error());
}

Result<Actor> SignInService::signIn(const QString& userNameTyped, const QString& password, Recording recording) const
{
    const QString userName = userNameTyped.trimmed();
    if (userName.isEmpty())
        return Error::invalid(u"user-name"_s, u"empty"_s);
    const OperatorRepository operators(m_database);
    auto found = operators.find(userName);
    if (!found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        // Same work as for a real account, so timing does not tell which user names exist.
        if (m_dummyHash.isEmpty())
            m_dummyHash = m_hasher.hash(u"not-a-real-password"_s).value();
        (void)m_hasher.verify(password, m_dummyHash);
        if (const Status logged = recordFailure(userName, u"unknown-user"_s); !logged)
            return logged.error();
        return wrongCredentials();
    }

    auto reserved = reserveAttempt(found.value().userName);
    if (!reserved)
        return reserved.error();
    const Reservation reservation = reserved.value();

    // scrypt runs outside any transaction: it is deliberately slow. The reservation already counts
    // against the limit, so parallel guesses cannot all get here.
    auto stored = operators.passwordHash(reservation.operatorId);
    const bool matches = stored && m_hasher.verify(password, stored.value());
    QString rehashed;
    if (matches && m_hasher.needsRehash(stored.value())) {
        if (auto hash = m_hasher.hash(password))
            rehashed = hash.value();
    }
    return settleAttempt(reservation, matches, rehashed, recording);
}

Result<SignInService::Reservation> SignInService::reserveAttempt(const QString& userName) const
{
    const OperatorRepository operators(m_database);
    const QDateTime now = m_clock.nowUtc();
    std::optional<Error> refusal;
    Reservation reservation;
    // The lockout is read and the attempt reserved in one write transaction: of any number of
    // attempts started at once, across processes and desktops, at most the remaining allowance passes.
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = operators.find(userName);
        if (!current)
            return current.error();
        const Operator& row = current.value();
        const auto refuse = [&](const QString& reason, Error error) -> Status {
            refusal = std::move(error);
            auto logged = m_audit.appendInTransaction(failureEvent(row.userName, reason));
            return logged ? Status(Ok {}) : Status(logged.error());
        };
        if (row.disabled)
            return refuse(u"disabled"_s, disabledError());
        if (row.isLockedAt(now))
            return refuse(u"locked"_s, lockedError(row.lockedUntil));
        auto inProgress = operators.signInAttemptsInProgress(row.id, now.addSecs(-reservationLifetimeSeconds));
        if (!inProgress)
            return inProgress.error();
        const bool expiredLock = row.lockedUntil.isValid() && !row.isLockedAt(now);
        const int failures = expiredLock ? 0 : row.failedAttempts;
        if (failures + inProgress.value() >= maximumFailures)
            return refuse(u"attempts-in-progress"_s,
                          Error {Error::Code::Locked, u"attempts-in-progress"_s,
                                 u"%1 sign-in attempts for this account are being checked"_s.arg(inProgress.value())});
        auto id = operators.reserveSignInAttempt(row.id, now);
        if (!id)
            return id.error();
        reservation = {id.value(), row.id, row.userName, row.role};
        return Ok {};
    });
    if (!written)
        return written.error();
    if (refusal)
        return *refusal;
    return reservation;
}

Result<Actor> SignInService::settleAttempt(const Reservation& reservation, bool matches, const QString& rehashed,
                                           Recording recording) const
{
    const OperatorRepository operators(m_database);
    const QDateTime now = m_clock.nowUtc();
    std::optional<Error> refusal;
    const Status written = m_database.writeTransaction([&]() -> Status {
        if (const Status released = operators.releaseSignInAttempt(reservation.id); !released)
            return released;
        auto current = operators.find(reservation.userName);
        if (!current)
            return current.error();
        const Operator& row = current.value();
        AuditEvent event;
        event.at = now;
        event.operatorName = row.userName;
        event.target = row.userName;
        event.action = QString::fromLatin1(AuditAction::SignInFailed);
        // Locked or disabled while the password was being checked (by parallel wrong guesses, or an
        // administrator): a right password does not get through now either.
        if (row.disabled || row.isLockedAt(now)) {
            event.details
                = {{u"reason"_s, row.disabled ? u"disabled"_s : u"locked"_s}, {u"password_matched"_s, matches}};
            refusal = row.disabled ? disabledError() : lockedError(row.lockedUntil);
            auto logged = m_audit.appendInTransaction(event);
            return logged ? Status(Ok {}) : Status(logged.error());
        }
        if (matches) {
            if (const Status recorded = operators.recordSignInSuccess(row.id, rehashed); !recorded)
                return recorded;
            if (recording == Recording::FailuresOnly)
                return Ok {};
            event.action = QString::fromLatin1(AuditAction::SignedIn);
            event.details = {{u"role"_s, roleToString(row.role)}, {u"rehashed"_s, !rehashed.isEmpty()}};
            auto logged = m_audit.appendInTransaction(event);
            return logged ? Status(Ok {}) : Status(logged.error());
        }

        // A lockout that has run out starts the count again.
        const bool expiredLock = row.lockedUntil.isValid() && !row.isLockedAt(now);
        const int failures = (expiredLock ? 0 : row.failedAttempts) + 1;
        const bool lock = failures >= maximumFailures;
        const QDateTime until = lock ? now.addSecs(qint64(lockoutMinutes) * 60) : QDateTime();
        if (const Status recorded = operators.recordSignInFailure(row.id, failures, until); !recorded)
            return recorded;
        event.details = {{u"reason"_s, u"wrong-password"_s}, {u"failed_attempts"_s, failures}};
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        if (lock) {
            AuditEvent lockout;
            lockout.at = now;
            lockout.operatorName = row.userName;
            lockout.target = row.userName;
            lockout.action = QString::fromLatin1(AuditAction::LockedOut);
            lockout.details = {{u"until"_s, until.toString(Qt::ISODate)}, {u"failed_attempts"_s, failures}};
            if (auto logged = m_audit.appendInTransaction(lockout); !logged)
                return logged.error();
            qCWarning(lcOperators) << "operator" << row.userName << "locked out until" << until;
            refusal = lockedError(until);
        } else {
            refusal = wrongCredentials();
        }
        return Ok {};
    });
    if (!written)
        return written.error();
    if (refusal)
        return *refusal;
    qCInfo(lcOperators) << "operator" << reservation.userName << "signed in";
    return Actor {reservation.userName, reservation.role};
}

} // namespace backoffice
