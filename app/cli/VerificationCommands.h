// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"
#include "core/clients/Client.h"
#include "core/email/Mailer.h"

#include <QEventLoop>

#include <memory>
#include <optional>

namespace backoffice {
class CallerVerification;
}

namespace backoffice::cli {

/// How the CLI sends e-mail: the system's certificate authorities, or the PEM file SSL_CERT_FILE
/// names, as OpenSSL itself reads it. Verification is never turned off.
namespace CliMail {
inline MailerOptions options()
{
    MailerOptions options;
    options.caFile = qEnvironmentVariable("SSL_CERT_FILE");
    return options;
}
} // namespace CliMail

/// Runs `start(guard, done)` and waits on a local event loop until `done(value)` is called: the CLI
/// has nothing else to do meanwhile.
template<typename R, typename Start> R awaitAnswer(Start start)
{
    std::optional<R> outcome;
    QEventLoop loop;
    QObject guard;
    start(&guard, [&](R value) {
        outcome = std::move(value);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

/// Reads the ID a command takes as its one positional argument ("client ID", "request ID") into `id`, as
/// Command::read reads: ExitOk, or ExitUsage after saying what is wrong (`id` is then left as it was).
int readOneId(CliContext& context, const QCommandLineParser& parser, const QString& what, qint64& id);

/// The base of the commands that reach the client or decide a disable: CallerVerification over the
/// open database.
class VerificationCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerificationCommand)

protected:
    int run(CliContext& context) final;
    virtual int runWith(CliContext& context, const CallerVerification& verification) = 0;

    static Result<Client> findClient(CliContext& context, qint64 id);
    /// Tells the client their factor was turned off, and says on stderr how it went on each channel.
    /// A failed notice is a warning: the disable stands.
    static void reportNotice(CliContext& context, const CallerVerification& verification, const Client& before,
                             const QString& ticket);
};

std::unique_ptr<Command> makeVerifyIdentityCommand();
std::unique_ptr<Command> makeRequestDisableCommand();
std::unique_ptr<Command> makeApprovalsCommand();
std::unique_ptr<Command> makeApproveDisableCommand();
std::unique_ptr<Command> makeRejectDisableCommand();
std::unique_ptr<Command> makeLookupPhoneCommand();
std::unique_ptr<Command> makeReasonRuleCommand();

} // namespace backoffice::cli
