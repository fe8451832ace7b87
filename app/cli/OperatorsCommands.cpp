// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli operators add|list|disable|enable|set-role|reset-password: operator accounts, for
// administrators. Passwords come from standard input (one line each), never from arguments.
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
QJsonObject toJson(const Operator& op, const QDateTime& now)
{
    return {{u"user_name"_s, op.userName},
            {u"display_name"_s, op.displayName},
            {u"role"_s, roleToString(op.role)},
            {u"disabled"_s, op.disabled},
            {u"locked_until"_s,
             op.isLockedAt(now) ? QJsonValue(op.lockedUntil.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {u"created_at"_s, op.createdAt.toString(Qt::ISODate)}};
}

int failWith(CliContext& context, const Error& error)
{
    if (error.code == Error::Code::PermissionDenied)
        return context.fail(ExitUsage,
                            u"operator %1 (role %2) may not manage operators"_s.arg(context.actor.userName,
                                                                                    roleToString(context.actor.role)));
    if (error.code == Error::Code::Conflict && error.field == u"last-admin")
        return context.fail(ExitUsage, u"refused: %1 (nobody could manage operators any more)"_s.arg(error.detail));
    if (error.code == Error::Code::Conflict)
        return context.fail(ExitUsage, error.detail);
    if (error.code == Error::Code::NotFound)
        return context.fail(ExitProblem, u"no operator named %1"_s.arg(error.detail));
    return context.fail(error);
}

void printOperator(CliContext& context, const QString& verb, const Operator& op)
{
    if (context.json) {
        context.printJson(QJsonDocument(toJson(op, context.clock().nowUtc())));
        return;
    }
    context.out << verb << ' ' << op.userName << " (" << roleToString(op.role) << (op.disabled ? ", disabled" : "")
                << ")" << Qt::endl;
}

/// Reads the new password from standard input; an empty line is refused here so the policy error
/// names the real problem.
QString readNewPassword(CliContext& context, const QString& userName)
{
    return readSecretLine(
        context, u"New password for %1 (at least %2 characters): "_s.arg(userName).arg(PasswordHasher::minimumLength));
}
} // namespace

int runOperatorsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Operator accounts (administrators only). Passwords are read from standard input, one line each,\n"
        u"after the signed-in operator's own password when that also comes from standard input.\n\n"
        u"  operators add NAME [--role viewer|support|admin] [--display-name TEXT]\n"
        u"      On a database with no operators this creates the first administrator (--role admin).\n"
        u"  operators list\n"
        u"  operators disable NAME | operators enable NAME\n"
        u"  operators set-role NAME viewer|support|admin\n"
        u"  operators reset-password NAME   (also clears a lockout)"_s);
    parser.addPositionalArgument(u"action"_s, u"add, list, disable, enable, set-role or reset-password"_s);
    const QCommandLineOption roleOption(u"role"_s, u"Role of the new operator (default viewer)."_s, u"ROLE"_s);
    const QCommandLineOption displayNameOption(u"display-name"_s, u"Display name of the new operator."_s, u"TEXT"_s);
    parser.addOption(roleOption);
    parser.addOption(displayNameOption);
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(ExitUsage,
                            u"operators needs an action: add, list, disable, enable, set-role, reset-password"_s);
    const QString action = positional.first();
    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    const AuditLog audit(*database, context.clock());
    const PasswordHasher hasher;
    const OperatorService operators(*database, audit, hasher, context.clock());

    const auto needName = [&](int count) -> bool {
        if (positional.size() == count)
            return true;
        context.fail(ExitUsage,
                     u"operators %1 takes %2 (see operators --help)"_s.arg(
                         action, count == 2 ? u"one user name"_s : u"a user name and a role"_s));
        return false;
    };

    if (action == u"list") {
        auto listed = operators.list(context.actor);
        if (!listed)
            return failWith(context, listed.error());
        const QDateTime now = context.clock().nowUtc();
        if (context.json) {
            QJsonArray array;
            for (const Operator& op : listed.value())
                array.append(toJson(op, now));
            context.printJson(QJsonDocument(array));
            return ExitOk;
        }
        for (const Operator& op : listed.value()) {
            QString state = op.disabled ? u"disabled"_s : u"enabled"_s;
            if (op.isLockedAt(now))
                state += u", locked until "_s + op.lockedUntil.toLocalTime().toString(u"HH:mm"_s);
            context.out << op.userName.leftJustified(20) << ' ' << roleToString(op.role).leftJustified(8) << ' '
                        << state.leftJustified(24) << ' ' << op.displayName << '\n';
        }
        context.out.flush();
        return ExitOk;
    }

    if (action == u"add") {
        if (!needName(2))
            return ExitUsage;
        auto firstStart = operators.hasOperators();
        if (!firstStart)
            return context.fail(firstStart.error());
        const bool first = !firstStart.value();
        const QString roleText
            = parser.isSet(roleOption) ? parser.value(roleOption) : (first ? u"admin"_s : u"viewer"_s);
        const auto role = roleFromString(roleText);
        if (!role)
            return context.fail(ExitUsage, u"invalid --role %1: use viewer, support or admin"_s.arg(roleText));
        NewOperator request {positional.at(1), parser.value(displayNameOption), *role, {}};
        request.password = readNewPassword(context, request.userName);
        auto created = first ? operators.createFirstAdministrator(request) : operators.add(context.actor, request);
        if (!created) {
            const Error& error = created.error();
            if (error.code == Error::Code::InvalidInput && error.field == u"role")
                return context.fail(ExitUsage,
                                    u"invalid --role %1: the first operator must be an admin"_s.arg(roleText));
            if (error.code == Error::Code::InvalidInput && error.field == u"password")
                return context.fail(
                    ExitUsage,
                    u"invalid password (standard input): at least %1 characters"_s.arg(PasswordHasher::minimumLength));
            if (error.code == Error::Code::InvalidInput && error.field == u"user-name")
                return context.fail(ExitUsage, u"invalid user name %1: %2"_s.arg(request.userName, error.detail));
            return failWith(context, error);
        }
        printOperator(context, first ? u"Created the first administrator"_s : u"Created operator"_s, created.value());
        return ExitOk;
    }

    if (action == u"disable" || action == u"enable") {
        if (!needName(2))
            return ExitUsage;
        auto changed = operators.setDisabled(context.actor, positional.at(1), action == u"disable");
        if (!changed)
            return failWith(context, changed.error());
        printOperator(context, action == u"disable" ? u"Disabled"_s : u"Enabled"_s, changed.value());
        return ExitOk;
    }

    if (action == u"set-role") {
        if (!needName(3))
            return ExitUsage;
        const auto role = roleFromString(positional.at(2));
        if (!role)
            return context.fail(ExitUsage, u"invalid role %1: use viewer, support or admin"_s.arg(positional.at(2)));
        auto changed = operators.setRole(context.actor, positional.at(1), *role);
        if (!changed)
            return failWith(context, changed.error());
        printOperator(context, u"Role set:"_s, changed.value());
        return ExitOk;
    }

    if (action == u"reset-password") {
        if (!needName(2))
            return ExitUsage;
        // Check the role before asking for a password the caller may not set.
        if (!context.actor.can(Permission::ManageOperators)) {
            auto refused = operators.resetPassword(context.actor, positional.at(1), {});
            return failWith(context, refused.error());
        }
        const QString password = readNewPassword(context, positional.at(1));
        auto changed = operators.resetPassword(context.actor, positional.at(1), password);
        if (!changed) {
            if (changed.error().code == Error::Code::InvalidInput)
                return context.fail(
                    ExitUsage,
                    u"invalid password (standard input): at least %1 characters"_s.arg(PasswordHasher::minimumLength));
            return failWith(context, changed.error());
        }
        printOperator(context, u"Password reset for"_s, changed.value());
        return ExitOk;
    }

    return context.fail(ExitUsage, u"unknown operators action '%1' (see operators --help)"_s.arg(action));
}

} // namespace backoffice::cli
