// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli totp: print a TOTP code for a secret, and "check a code" for a client.
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/secrets/DataKeyService.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/twofactor/TotpGenerator.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct TotpCommand
{
    Q_DECLARE_TR_FUNCTIONS(TotpCommand)
};

QString usage()
{
    return TotpCommand::tr("Usage: backoffice-cli totp code --secret BASE32|- [--time UNIX] [--digits N] [--period S] "
                           "[--algorithm SHA1|SHA256|SHA512]\n"
                           "       backoffice-cli totp check CLIENT_ID CODE [--time UNIX] [--json]\n");
}

/// A whole number option, `fallback` when it is not given; nullopt (and an error printed) when it
/// is not a number.
std::optional<qint64> integerOption(CliContext& context, const QCommandLineParser& parser, const QString& name,
                                    qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok) {
        context.fail(ExitUsage,
                     TotpCommand::tr("invalid --%1: '%2' is not a whole number").arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

class TotpCode final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TotpCode)

    QByteArray m_secret;
    std::optional<TotpParameters> m_parameters;
    qint64 m_time = 0;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Prints the TOTP code of a base32 secret (use '-' to read it from stdin)."));
        parser.addOptions({{u"secret"_s, tr("Base32 secret, or - to read it from standard input."), u"BASE32"_s},
                           {u"time"_s, tr("UNIX time (default: now)."), u"UNIX"_s},
                           {u"digits"_s, tr("6, 7 or 8 (default 6)."), u"N"_s},
                           {u"period"_s, tr("Seconds per code, 10 to 120 (default 30)."), u"S"_s},
                           {u"algorithm"_s, tr("SHA1, SHA256 or SHA512 (default SHA1)."), u"NAME"_s}});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.fail(ExitUsage, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        if (!parser.isSet(u"secret"_s))
            return context.fail(ExitUsage, tr("--secret is required"));
        QString secretText = parser.value(u"secret"_s);
        if (secretText == u"-")
            secretText = QString::fromUtf8(context.input().readLine()).trimmed();
        auto secret = Base32::decodeSecret(secretText, u"--secret"_s);
        if (!secret)
            return context.fail(secret.error());
        m_secret = secret.value();

        const auto time = integerOption(context, parser, u"time"_s, context.clock().nowUtc().toSecsSinceEpoch());
        const auto digits = integerOption(context, parser, u"digits"_s, 6);
        const auto period = integerOption(context, parser, u"period"_s, TotpParameters::DefaultPeriod);
        if (!time || !digits || !period)
            return ExitUsage;
        m_time = *time;
        auto parameters = TotpParameters::from(parser.isSet(u"algorithm"_s) ? parser.value(u"algorithm"_s) : u"SHA1"_s,
                                               int(std::clamp<qint64>(*digits, -1, 100)),
                                               int(std::clamp<qint64>(*period, -1, 100000)));
        if (!parameters) {
            Error error = parameters.error();
            error.field = u"--"_s + error.field;
            return context.fail(error);
        }
        m_parameters = parameters.value();
        return ExitOk;
    }

    Access access() const override { return Access::None; }

    int run(CliContext& context) override
    {
        auto generator = TotpGenerator::create(m_secret, *m_parameters);
        if (!generator)
            return context.fail(generator.error());
        const QString code = generator.value().totp(m_time);
        if (context.json) {
            const qint64 step = qint64(generator.value().stepAt(m_time));
            context.printJson(
                QJsonDocument(QJsonObject {{u"code"_s, code},
                                           {u"step"_s, double(step)},
                                           {u"valid_from"_s, double(step * m_parameters->period)},
                                           {u"valid_until"_s, double((step + 1) * m_parameters->period)}}));
        } else {
            context.out << code << Qt::endl;
        }
        return ExitOk;
    }
};

class TotpCheck final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TotpCheck)

    qint64 m_clientId = 0;
    QString m_code;
    std::optional<qint64> m_codeTime;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Checks a code the client read out against their authenticator: valid (exit 0), the device clock is "
               "off, or no match within 24 hours (exit 1). At most 10 checks per client per 10 minutes."));
        parser.addPositionalArgument(u"CLIENT_ID"_s, tr("The client's ID."));
        parser.addPositionalArgument(u"CODE"_s, tr("The 6 to 8 digit code the client reads out."));
        parser.addOption({u"time"_s, tr("UNIX time the client read the code (default: now)."), u"UNIX"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return context.fail(ExitUsage, tr("expected CLIENT_ID and CODE (see --help)"));
        const auto id = positiveId(positional.at(0));
        if (!id)
            return context.fail(ExitUsage, tr("invalid CLIENT_ID: '%1' is not a client ID").arg(positional.at(0)));
        m_clientId = *id;
        m_code = positional.at(1);
        if (parser.isSet(u"time"_s)) {
            m_codeTime = integerOption(context, parser, u"time"_s, 0);
            if (!m_codeTime)
                return ExitUsage;
        }
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        const Database& database = *context.database();
        const AuditLog audit(database, context.clock());
        // A key problem is reported by the check itself, after the input was validated.
        const CodeCheckService service(database, audit, DataKeyService(database, context.secrets()).loadBlocking(),
                                       context.clock());
        auto checked = service.check(context.actor, m_clientId, m_code, m_codeTime);
        if (!checked)
            return failed(context, checked.error());
        const CodeCheckResult& result = checked.value();
        if (context.json)
            context.printJson(QJsonDocument(toJson(result)));
        else
            print(context.out, result);
        return result.match.kind == DriftResult::Kind::Valid ? ExitOk : ExitProblem;
    }

    int failed(CliContext& context, const Error& error) const
    {
        if (error.code == Error::Code::InvalidInput && error.field == u"method")
            return context.fail(ExitUsage,
                                tr("client %1 has no authenticator (Google Authenticator) on").arg(m_clientId));
        if (error.code == Error::Code::RateLimited)
            return context.fail(ExitProblem,
                                tr("too many checks for client %1: 10 per 10 minutes; next check allowed "
                                   "at %2")
                                    .arg(m_clientId)
                                    .arg(error.detail));
        return context.fail(error);
    }

    QJsonObject toJson(const CodeCheckResult& result) const
    {
        const DriftResult& match = result.match;
        QJsonObject object {
            {u"client_id"_s, double(m_clientId)},          {u"result"_s, driftKindToString(match.kind)},
            {u"offset_steps"_s, match.offsetSteps},        {u"offset_seconds"_s, double(match.offsetSeconds)},
            {u"period"_s, result.parameters.period},       {u"checks_limit"_s, result.allowance.limit},
            {u"checks_left"_s, result.allowance.remaining}};
        if (result.allowance.resetsAt.isValid())
            object.insert(u"checks_reset_at"_s, result.allowance.resetsAt.toString(Qt::ISODate));
        return object;
    }

    static QString describeOffset(qint64 seconds)
    {
        const qint64 magnitude = std::abs(seconds);
        const QString amount
            = magnitude < 120 ? tr("%1 s").arg(magnitude) : tr("about %1 min").arg((magnitude + 30) / 60);
        return seconds > 0 ? tr("%1 ahead").arg(amount) : tr("%1 behind").arg(amount);
    }

    static void print(QTextStream& out, const CodeCheckResult& result)
    {
        const DriftResult& match = result.match;
        switch (match.kind) {
        case DriftResult::Kind::Valid:
            out << (match.offsetSteps == 0
                        ? tr("valid: the code is right; the client's authenticator and clock are fine")
                        : match.offsetSteps > 0
                        ? tr("valid: the code is right (one step ahead); the client's authenticator and clock are fine")
                        : tr("valid: the code is right (one step behind); the client's authenticator and clock are "
                             "fine"))
                << '\n';
            break;
        case DriftResult::Kind::Drift:
            out << tr("drift: the code matches %1 (%2 steps of %3 s); the device clock is off: the client should turn "
                      "on automatic date and time (Google Authenticator on Android: Settings > Time correction for "
                      "codes > Sync now)")
                       .arg(describeOffset(match.offsetSeconds))
                       .arg(match.offsetSteps)
                       .arg(result.parameters.period)
                << '\n';
            break;
        case DriftResult::Kind::NoMatch:
            out << tr("no_match: the code matches no time within 24 hours; the app holds another secret or account: "
                      "disable the authenticator and let the client re-enrol")
                << '\n';
            break;
        }
        out << tr("%1 of %2 checks left").arg(result.allowance.remaining).arg(result.allowance.limit);
        if (result.allowance.resetsAt.isValid())
            out << tr("; resets at %1").arg(result.allowance.resetsAt.toString(u"HH:mm 'UTC'"_s));
        out << Qt::endl;
    }
};

const std::array actions {
    Action {"code", &make<TotpCode>},
    Action {"check", &make<TotpCheck>},
};
} // namespace

int runTotpCommand(CliContext& context, const QStringList& arguments)
{
    return runActionGroup(context, arguments, actions, [&context](const QString& word) -> int {
        if (showUsage(context, usage(), isHelpWord(word)) == ExitOk)
            return ExitOk;
        return context.fail(ExitUsage,
                            word.isEmpty() ? TotpCommand::tr("totp needs a subcommand: code or check")
                                           : TotpCommand::tr("unknown totp subcommand '%1'").arg(word));
    });
}

} // namespace backoffice::cli
