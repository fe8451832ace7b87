// SPDX-License-Identifier: GPL-3.0-or-later
// Who a command acts as. The rule, simple enough to state in --help: until a database has operator
// accounts, commands act as the OS user with the admin role (so the first administrator can be
// created); from then on every command that touches data names an operator with --operator NAME and
// proves it with the password (BACKOFFICE_PASSWORD, or the first line of standard input), whatever
// its other arguments. Sign-in failures and lockouts are audited exactly as in the GUI.
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/OsUser.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

QString readSecretLine(CliContext& context, const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        context.err << prompt;
        context.err.flush();
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

int resolveActor(CliContext& context)
{
    const Actor bootstrap {osUserName(), Role::Admin};
    const Database* database = context.openedDatabase();
    auto count = OperatorRepository(*database).count();
    if (!count)
        return context.fail(count.error());
    if (count.value() == 0) {
        if (!context.operatorName.isEmpty())
            context.err << "backoffice-cli: note: this database has no operator accounts yet; acting as "
                        << bootstrap.userName << " (admin)" << Qt::endl;
        context.actor = bootstrap;
        return ExitOk;
    }
    if (context.operatorName.isEmpty())
        return context.fail(ExitUsage,
                            u"this database has operator accounts: name yours with --operator NAME "
                            u"(password on standard input or in BACKOFFICE_PASSWORD)"_s);

    QString password = qEnvironmentVariable("BACKOFFICE_PASSWORD");
    if (password.isEmpty())
        password = readSecretLine(context, u"Password for %1: "_s.arg(context.operatorName));

    const AuditLog audit(*database, context.clock());
    const PasswordHasher hasher;
    const SignInService signIn(*database, audit, hasher, context.clock());
    auto actor = signIn.signIn(context.operatorName, password);
    if (!actor) {
        const Error& error = actor.error();
        if (error.code == Error::Code::Locked && error.field == u"attempts-in-progress")
            return context.fail(ExitUsage,
                                u"operator %1: as many sign-ins as the lockout allows are being checked right now; "
                                u"try again in a minute"_s.arg(context.operatorName));
        if (error.code == Error::Code::Locked && error.field == u"disabled")
            return context.fail(ExitUsage, u"operator %1 is disabled"_s.arg(context.operatorName));
        if (const QDateTime until = SignInService::lockedUntil(error); until.isValid())
            return context.fail(ExitUsage,
                                u"operator %1 is locked after too many failed sign-ins until %2"_s.arg(
                                    context.operatorName, until.toLocalTime().toString(u"HH:mm"_s)));
        if (error.code == Error::Code::InvalidInput)
            return context.fail(
                ExitUsage, u"sign-in failed for operator %1: wrong user name or password"_s.arg(context.operatorName));
        return context.fail(error);
    }
    context.actor = actor.value();
    return ExitOk;
}

} // namespace backoffice::cli
