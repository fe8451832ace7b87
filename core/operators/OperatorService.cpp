// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/OperatorService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/PasswordHasher.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// Disabling or demoting `op` must leave at least one enabled administrator, or nobody could manage
/// operators and providers any more.
Status requireAnotherEnabledAdmin(const OperatorRepository& operators, const Operator& op)
{
    auto others = operators.countOtherEnabledAdmins(op.id);
    if (!others)
        return others.error();
    if (others.value() == 0)
        return Error {Error::Code::Conflict, u"last-admin"_s,
                      u"%1 is the last enabled administrator"_s.arg(op.userName)};
    return Ok {};
}
} // namespace

OperatorService::OperatorService(const Database& database, const AuditLog& audit, const PasswordHasher& hasher,
                                 const Clock& clock)
    : m_database(database), m_audit(audit), m_hasher(hasher), m_clock(clock)
{
}

Result<bool> OperatorService::hasOperators() const
{
    auto count = OperatorRepository(m_database).count();
    if (!count)
        return count.error();
    return count.value() > 0;
}

Status OperatorService::validate(const NewOperator& request) const
{
    if (!OperatorRepository::isValidUserName(request.userName))
        return Error::invalid(u"user-name"_s, u"1 to 64 letters, digits, '.', '_', '-' or '@'"_s);
    if (request.displayName.size() > 200)
        return Error::invalid(u"display-name"_s, u"at most 200 characters"_s);
    return PasswordHasher::checkPolicy(request.password);
}

Result<Operator> OperatorService::createFirstAdministrator(const NewOperator& request) const
{
    if (request.role != Role::Admin)
        return Error::invalid(u"role"_s, u"the first operator must be an administrator"_s);
    return insert(request, request.userName, true);
}

Result<Operator> OperatorService::add(const Actor& actor, const NewOperator& request) const
{
    if (const Status allowed
        = Authorizer(m_audit).require(actor, Permission::ManageOperators, std::nullopt, request.userName);
        !allowed)
        return allowed.error();
    return insert(request, actor.userName, false);
}

Result<Operator> OperatorService::insert(const NewOperator& request, const QString& actorName, bool first) const
{
    if (const Status valid = validate(request); !valid)
        return valid.error();
    // Hash before taking the write lock: scrypt is deliberately slow.
    auto hash = m_hasher.hash(request.password);
    if (!hash)
        return hash.error();

    const OperatorRepository operators(m_database);
    Result<Operator> created = Error {};
    const Status written = m_database.writeTransaction([&]() -> Status {
        if (first) {
            auto count = operators.count();
            if (!count)
                return count.error();
            if (count.value() > 0)
                return Error {Error::Code::Conflict, u"operators-exist"_s,
                              u"operators exist already; an administrator must add new ones"_s};
        }
        auto existing = operators.find(request.userName);
        if (existing)
            return Error {Error::Code::Conflict, u"user-name"_s, u"operator %1 exists already"_s.arg(request.userName)};
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();

        const QDateTime now = m_clock.nowUtc();
        auto inserted = m_database.exec(u"INSERT INTO operators (user_name, display_name, role, password_hash, "
                                        u"created_at) VALUES (?, ?, ?, ?, ?)"_s,
                                        {request.userName, QString(request.displayName.trimmed() + u""_s),
                                         roleToString(request.role), hash.value(), now.toString(Qt::ISODateWithMs)});
        if (!inserted)
            return inserted.error();

        AuditEvent event;
        event.at = now;
        event.operatorName = actorName;
        event.action = QString::fromLatin1(AuditAction::OperatorCreated);
        event.target = request.userName;
        event.after = roleToString(request.role);
        event.details = {{u"display_name"_s, request.displayName.trimmed()}, {u"first_administrator"_s, first}};
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        created = operators.find(request.userName);
        return created ? Status(Ok {}) : Status(created.error());
    });
    if (!written)
        return written.error();
    qCInfo(lcOperators) << "operator" << request.userName << "created by" << actorName;
    return created;
}

Result<QList<Operator>> OperatorService::list(const Actor& actor) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageOperators); !allowed)
        return allowed.error();
    return OperatorRepository(m_database).list();
}

Result<Operator> OperatorService::setDisabled(const Actor& actor, const QString& userName, bool disabled) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageOperators, std::nullopt, userName);
        !allowed)
        return allowed.error();
    const OperatorRepository operators(m_database);
    Result<Operator> result = Error {};
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = operators.find(userName);
        if (!current)
            return current.error();
        const Operator& op = current.value();
        if (op.disabled == disabled) {
            result = op;
            return Ok {};
        }
        if (disabled && op.role == Role::Admin) {
            if (const Status kept = requireAnotherEnabledAdmin(operators, op); !kept)
                return kept;
        }
        auto changed = m_database.exec(
            u"UPDATE operators SET disabled = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
            {disabled ? 1 : 0, op.id, op.rowVersion});
        if (!changed)
            return changed.error();
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(disabled ? AuditAction::OperatorDisabled : AuditAction::OperatorEnabled);
        event.target = op.userName;
        event.before = op.disabled ? u"disabled"_s : u"enabled"_s;
        event.after = disabled ? u"disabled"_s : u"enabled"_s;
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        result = operators.find(op.userName);
        return result ? Status(Ok {}) : Status(result.error());
    });
    if (!written)
        return written.error();
    return result;
}

Result<Operator> OperatorService::setRole(const Actor& actor, const QString& userName, Role role) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageOperators, std::nullopt, userName);
        !allowed)
        return allowed.error();
    const OperatorRepository operators(m_database);
    Result<Operator> result = Error {};
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = operators.find(userName);
        if (!current)
            return current.error();
        const Operator& op = current.value();
        if (op.role == role) {
            result = op;
            return Ok {};
        }
        if (op.role == Role::Admin && !op.disabled) {
            if (const Status kept = requireAnotherEnabledAdmin(operators, op); !kept)
                return kept;
        }
        auto changed = m_database.exec(
            u"UPDATE operators SET role = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
            {roleToString(role), op.id, op.rowVersion});
        if (!changed)
            return changed.error();
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::OperatorRoleChanged);
        event.target = op.userName;
        event.before = roleToString(op.role);
        event.after = roleToString(role);
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        result = operators.find(op.userName);
        return result ? Status(Ok {}) : Status(result.error());
    });
    if (!written)
        return written.error();
    return result;
}

Result<Operator> OperatorService::resetPassword(const Actor& actor, const QString& userName,
                                                const QString& password) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageOperators, std::nullopt, userName);
        !allowed)
        return allowed.error();
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    const OperatorRepository operators(m_database);
    Result<Operator> result = Error {};
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = operators.find(userName);
        if (!current)
            return current.error();
        const Operator& op = current.value();
        auto changed = m_database.exec(u"UPDATE operators SET password_hash = ?, failed_attempts = 0, "
                                       u"locked_until = NULL, row_version = row_version + 1 WHERE id = ?"_s,
                                       {hash.value(), op.id});
        if (!changed)
            return changed.error();
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::OperatorPasswordReset);
        event.target = op.userName;
        event.details = {{u"lockout_cleared"_s, op.lockedUntil.isValid() || op.failedAttempts > 0}};
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        result = operators.find(op.userName);
        return result ? Status(Ok {}) : Status(result.error());
    });
    if (!written)
        return written.error();
    return result;
}

} // namespace backoffice
