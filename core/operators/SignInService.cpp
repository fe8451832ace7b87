// SPDX-License-Identifier: GPL-3.0-or-later
#include "operators/SignInService.h"

#include "audit/AuditLog.h"
#include "common/Logging.h"
#include "operators/OperatorRepository.h"
#include "operators/PasswordHasher.h"
#include "storage/Database.h"

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

Status SignInService::recordFailure(const QString& userName, const QString& reason) const
{
    AuditEvent event;
    event.at = m_clock.nowUtc();
    event.operatorName = userName;
    event.action = QString::fromLatin1(AuditAction::SignInFailed);
    event.target = userName;
    event.details = {{u"reason"_s, reason}};
    auto logged = m_audit.append(event);
    return logged ? Status(Ok {}) : Status(logged.error());
}

Result<Actor> SignInService::signIn(const QString& userNameTyped, const QString& password) const
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
    const Operator op = found.value();
    const QDateTime now = m_clock.nowUtc();
    if (op.disabled) {
        if (const Status logged = recordFailure(op.userName, u"disabled"_s); !logged)
            return logged.error();
        return disabledError();
    }
    if (op.isLockedAt(now)) {
        if (const Status logged = recordFailure(op.userName, u"locked"_s); !logged)
            return logged.error();
        return lockedError(op.lockedUntil);
    }

    auto stored = operators.passwordHash(op.id);
    if (!stored)
        return stored.error();
    // scrypt runs before the write lock is taken: it is deliberately slow.
    const bool matches = m_hasher.verify(password, stored.value());
    QString rehashed;
    if (matches && m_hasher.needsRehash(stored.value())) {
        if (auto hash = m_hasher.hash(password))
            rehashed = hash.value();
    }

    std::optional<Error> refusal;
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = operators.find(op.userName);
        if (!current)
            return current.error();
        const Operator& row = current.value();
        AuditEvent event;
        event.at = now;
        event.operatorName = row.userName;
        event.target = row.userName;
        if (matches) {
            auto updated = rehashed.isEmpty()
                ? m_database.exec(u"UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
                                  {row.id})
                : m_database.exec(u"UPDATE operators SET failed_attempts = 0, locked_until = NULL, "
                                  u"password_hash = ? WHERE id = ?"_s,
                                  {rehashed, row.id});
            if (!updated)
                return updated.error();
            event.action = QString::fromLatin1(AuditAction::SignedIn);
            event.details = {{u"role"_s, roleToString(row.role)}, {u"rehashed"_s, !rehashed.isEmpty()}};
            auto logged = m_audit.appendInTransaction(event);
            return logged ? Status(Ok {}) : Status(logged.error());
        }

        // A lockout that has run out starts the count again.
        const bool expiredLock = row.lockedUntil.isValid() && !row.isLockedAt(now);
        const int failures = (expiredLock ? 0 : row.failedAttempts) + 1;
        const bool lock = failures >= maximumFailures;
        const QDateTime until = now.addSecs(qint64(lockoutMinutes) * 60);
        auto updated = m_database.exec(
            u"UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s,
            {failures, lock ? QVariant(until.toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString)),
             row.id});
        if (!updated)
            return updated.error();
        event.action = QString::fromLatin1(AuditAction::SignInFailed);
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
    qCInfo(lcOperators) << "operator" << op.userName << "signed in";
    return Actor {op.userName, op.role};
}

} // namespace backoffice
