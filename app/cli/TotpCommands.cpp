// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli totp: print a TOTP code for a secret, and "check a code" for a client.
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/secrets/DataKeyService.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/twofactor/TotpGenerator.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
const QString usage = u"Usage: backoffice-cli totp code --secret BASE32|- [--time UNIX] [--digits N] [--period S] "
                      u"[--algorithm SHA1|SHA256|SHA512]\n"
                      u"       backoffice-cli totp check CLIENT_ID CODE [--time UNIX] [--json]\n"_s;

/// A whole number option; `ok` false (and an error printed) when it is not one.
std::optional<qint64> integerOption(CliContext& context, const QCommandLineParser& parser, const QString& name,
                                    qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok) {
        context.fail(ExitUsage, u"invalid --%1: '%2' is not a whole number"_s.arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

int runCode(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the TOTP code of a base32 secret (use '-' to read it from stdin)."_s);
    parser.addOptions({{u"secret"_s, u"Base32 secret, or - to read it from standard input."_s, u"BASE32"_s},
                       {u"time"_s, u"UNIX time (default: now)."_s, u"UNIX"_s},
                       {u"digits"_s, u"6, 7 or 8 (default 6)."_s, u"N"_s},
                       {u"period"_s, u"Seconds per code, 10 to 120 (default 30)."_s, u"S"_s},
                       {u"algorithm"_s, u"SHA1, SHA256 or SHA512 (default SHA1)."_s, u"NAME"_s}});
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"secret"_s))
        return context.fail(ExitUsage, u"--secret is required"_s);
    QString secretText = parser.value(u"secret"_s);
    if (secretText == u"-") {
        QTextStream in(stdin);
        secretText = in.readLine().trimmed();
    }
    auto secret = Base32::decodeSecret(secretText, u"--secret"_s);
    if (!secret)
        return context.fail(secret.error());

    const auto time = integerOption(context, parser, u"time"_s, context.clock().nowUtc().toSecsSinceEpoch());
    const auto digits = integerOption(context, parser, u"digits"_s, 6);
    const auto period = integerOption(context, parser, u"period"_s, TotpParameters::DefaultPeriod);
    if (!time || !digits || !period)
        return ExitUsage;
    auto parameters
        = TotpParameters::from(parser.isSet(u"algorithm"_s) ? parser.value(u"algorithm"_s) : u"SHA1"_s,
                               int(std::clamp<qint64>(*digits, -1, 100)), int(std::clamp<qint64>(*period, -1, 100000)));
    if (!parameters) {
        Error error = parameters.error();
        error.field = u"--"_s + error.field;
        return context.fail(error);
    }
    auto generator = TotpGenerator::create(secret.value(), parameters.value());
    if (!generator)
        return context.fail(generator.error());
    const QString code = generator.value().totp(*time);
    if (context.json) {
        const qint64 step = qint64(generator.value().stepAt(*time));
        context.printJson(QJsonDocument(QJsonObject {{u"code"_s, code},
                                                     {u"step"_s, double(step)},
                                                     {u"valid_from"_s, double(step * parameters->period)},
                                                     {u"valid_until"_s, double((step + 1) * parameters->period)}}));
    } else {
        context.out << code << Qt::endl;
    }
    return ExitOk;
}

QString describeOffset(qint64 seconds)
{
    const qint64 magnitude = std::abs(seconds);
    const QString amount = magnitude < 120 ? u"%1 s"_s.arg(magnitude) : u"about %1 min"_s.arg((magnitude + 30) / 60);
    return u"%1 %2"_s.arg(amount, seconds > 0 ? u"ahead"_s : u"behind"_s);
}

int runCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks a code the client read out against their authenticator: valid (exit 0), the device clock is "
        u"off, or no match within 24 hours (exit 1). At most 10 checks per client per 10 minutes."_s);
    parser.addPositionalArgument(u"CLIENT_ID"_s, u"The client's ID."_s);
    parser.addPositionalArgument(u"CODE"_s, u"The 6 to 8 digit code the client reads out."_s);
    parser.addOption({u"time"_s, u"UNIX time the client read the code (default: now)."_s, u"UNIX"_s});
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(ExitUsage, u"expected CLIENT_ID and CODE (see --help)"_s);
    bool idOk = false;
    const qint64 clientId = positional.at(0).toLongLong(&idOk);
    if (!idOk || clientId <= 0)
        return context.fail(ExitUsage, u"invalid CLIENT_ID: '%1' is not a client ID"_s.arg(positional.at(0)));
    std::optional<qint64> codeTime;
    if (parser.isSet(u"time"_s)) {
        codeTime = integerOption(context, parser, u"time"_s, 0);
        if (!codeTime)
            return ExitUsage;
    }

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    const AuditLog audit(*database, context.clock());
    // A key problem is reported by the check itself, after the input was validated.
    const CodeCheckService service(*database, audit, DataKeyService(*database, context.secrets()).loadBlocking(),
                                   context.clock());
    auto checked = service.check(context.actor, clientId, positional.at(1), codeTime);
    if (!checked) {
        const Error& error = checked.error();
        if (error.code == Error::Code::InvalidInput && error.field == u"method")
            return context.fail(ExitUsage, u"client %1 has no authenticator (Google Authenticator) on"_s.arg(clientId));
        if (error.code == Error::Code::NotFound)
            return context.fail(ExitProblem, u"client %1 not found"_s.arg(clientId));
        if (error.code == Error::Code::RateLimited)
            return context.fail(
                ExitProblem,
                u"too many checks for client %1: 10 per 10 minutes; next check allowed at %2"_s.arg(clientId).arg(
                    error.detail));
        return context.fail(error);
    }
    const CodeCheckResult& result = checked.value();
    const DriftResult& match = result.match;
    if (context.json) {
        QJsonObject object {{u"client_id"_s, double(clientId)},
                            {u"result"_s, driftKindToString(match.kind)},
                            {u"offset_steps"_s, match.offsetSteps},
                            {u"offset_seconds"_s, double(match.offsetSeconds)},
                            {u"period"_s, result.parameters.period},
                            {u"checks_limit"_s, result.allowance.limit},
                            {u"checks_left"_s, result.allowance.remaining}};
        if (result.allowance.resetsAt.isValid())
            object.insert(u"checks_reset_at"_s, result.allowance.resetsAt.toString(Qt::ISODate));
        context.printJson(QJsonDocument(object));
    } else {
        switch (match.kind) {
        case DriftResult::Kind::Valid:
            context.out << "valid: the code is right"
                        << (match.offsetSteps == 0
                                ? QString()
                                : u" (one step %1)"_s.arg(match.offsetSteps > 0 ? u"ahead"_s : u"behind"_s))
                        << "; the client's authenticator and clock are fine\n";
            break;
        case DriftResult::Kind::Drift:
            context.out << "drift: the code matches " << describeOffset(match.offsetSeconds) << " ("
                        << match.offsetSteps << " steps of " << result.parameters.period
                        << " s); the device clock is off: the client should turn on automatic date and time "
                           "(Google Authenticator on Android: Settings > Time correction for codes > Sync now)\n";
            break;
        case DriftResult::Kind::NoMatch:
            context.out << "no_match: the code matches no time within 24 hours; the app holds another secret or "
                           "account: disable the authenticator and let the client re-enrol\n";
            break;
        }
        context.out << result.allowance.remaining << " of " << result.allowance.limit << " checks left";
        if (result.allowance.resetsAt.isValid())
            context.out << "; resets at " << result.allowance.resetsAt.toString(u"HH:mm 'UTC'"_s);
        context.out << Qt::endl;
    }
    return match.kind == DriftResult::Kind::Valid ? ExitOk : ExitProblem;
}
} // namespace

int runTotpCommand(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    if (sub == u"code")
        return runCode(context, arguments.mid(1));
    if (sub == u"check")
        return runCheck(context, arguments.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        context.out << usage;
        context.out.flush();
        return ExitOk;
    }
    context.err << usage;
    return context.fail(ExitUsage,
                        sub.isEmpty() ? u"totp needs a subcommand: code or check"_s
                                      : u"unknown totp subcommand '%1'"_s.arg(sub));
}

} // namespace backoffice::cli
