// SPDX-License-Identifier: GPL-3.0-or-later
// Who a command acts as. The rule, simple enough to state in --help: until a database has operator
// accounts, commands act as the OS user with the admin role (so the first administrator can be
// created); from then on every command that touches data names an operator with --operator NAME and
// proves it with the password (BACKOFFICE_PASSWORD, or the first line of standard input), whatever
// its other arguments. Sign-in failures and lockouts are audited exactly as in the GUI; a successful
// sign-in is recorded for commands that change something, not for those that only read.
#include "app/cli/CliContext.h"
#include "app/cli/CliErrorText.h"

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/OsUser.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct ActorResolution
{
    Q_DECLARE_TR_FUNCTIONS(ActorResolution)
};
} // namespace

int resolveActor(CliContext& context, Access access)
{
    const Actor bootstrap {osUserName(), Role::Admin};
    const Database* database = context.database();
    auto count = OperatorRepository(*database).count();
    if (!count)
        return context.fail(count.error());
    if (count.value() == 0) {
        if (!context.operatorName.isEmpty())
            context.err << "backoffice-cli: "
                        << ActorResolution::tr("note: this database has no operator accounts yet; acting as %1 (admin)")
                               .arg(bootstrap.userName)
                        << Qt::endl;
        context.actor = bootstrap;
        return ExitOk;
    }
    if (context.operatorName.isEmpty())
        return context.fail(ExitUsage,
                            ActorResolution::tr("this database has operator accounts: name yours with --operator NAME "
                                                "(password on standard input or in BACKOFFICE_PASSWORD)"));

    QString password = qEnvironmentVariable("BACKOFFICE_PASSWORD");
    if (password.isEmpty())
        password = context.readSecretLine(ActorResolution::tr("Password for %1: ").arg(context.operatorName));

    const AuditLog audit(*database, context.clock());
    const PasswordHasher hasher;
    const SignInService signIn(*database, audit, hasher, context.clock());
    // A command that only reads leaves no record of its sign-in, so it needs no audit key unless
    // the sign-in fails (and that is recorded).
    auto actor = signIn.signIn(context.operatorName, password,
                               access == Access::Write ? SignInService::Recording::EverySignIn
                                                       : SignInService::Recording::FailuresOnly);
    if (!actor) {
        if (CliErrorText::isSignInRefusal(actor.error()))
            return context.fail(ExitUsage, CliErrorText::describeSignInRefusal(actor.error(), context.operatorName));
        return context.fail(actor.error());
    }
    context.actor = actor.value();
    return ExitOk;
}

} // namespace backoffice::cli
