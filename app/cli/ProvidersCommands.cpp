// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli providers: manage SMS providers and run their checks, one class per action. Secrets
// are read from standard input (--secret-stdin), never from an argument, and never printed.
#include "app/cli/CliErrorText.h"
#include "app/cli/Command.h"
#include "app/cli/Commands.h"
#include "app/cli/ProviderOutput.h"

#include "core/sms/NetworkBackend.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/ProviderService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct ProvidersCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersCommand)
};

QString usage()
{
    return ProvidersCommand::tr(
        "Usage: backoffice-cli providers list | show ID | add twilio|vonage OPTIONS --secret-stdin | edit ID OPTIONS | "
        "remove ID | check ID | balance ID | test-sms ID --to +E164 [--body TEXT] | message-status ID MESSAGE_ID");
}

/// The base of every action: the service over the open database, and the waits for its answers.
class ProviderCommand : public Command
{
protected:
    void define(QCommandLineParser& parser) const override { parser.setApplicationDescription(usage()); }

    int run(CliContext& context) override
    {
        const std::unique_ptr<QNetworkAccessManager> manager = network().createManager();
        const ProviderService service(*context.database(), context.secrets(), manager.get(), context.clock());
        return runWith(context, service);
    }
    virtual int runWith(CliContext& context, const ProviderService& service) = 0;

    /// Runs an asynchronous service call that reports a Status on a local event loop until it answers.
    template<typename Start> static Status waitFor(Start start)
    {
        std::optional<Status> outcome;
        QEventLoop loop;
        QObject guard;
        start(&guard, [&](Status status) {
            outcome = status;
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        return *outcome;
    }

    static Status storeSecret(CliContext& context, const ProviderService& service, qint64 id, const QByteArray& secret)
    {
        return waitFor([&](QObject* guard, auto done) { service.storeSecret(context.actor, id, secret, guard, done); });
    }

    /// The secret piped to standard input, without its line end.
    static Result<QByteArray> readSecret(CliContext& context)
    {
        QByteArray secret = context.input().readAll();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        if (const auto problems = ProviderValidation::secretProblems(secret, u"secret-stdin"_s); !problems.isEmpty())
            return problems.first();
        return secret;
    }
};

class ProvidersList final : public ProviderCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersList)

    int read(CliContext&, const QCommandLineParser&) override { return ExitOk; }

    int runWith(CliContext& context, const ProviderService& service) override
    {
        auto providers = service.list(context.actor);
        if (!providers)
            return context.fail(providers.error());
        QJsonArray array;
        for (const ProviderSummary& summary : providers.value()) {
            QJsonObject object = ProviderOutput::toJson(summary.config);
            if (summary.lastBalance) {
                object.insert(u"balance"_s, summary.lastBalance->balance);
                object.insert(u"currency"_s, summary.lastBalance->currency);
                object.insert(u"balance_read_at"_s, summary.lastBalance->at.toString(Qt::ISODate));
            }
            if (summary.lastCheck) {
                object.insert(u"last_check"_s, checkKindToString(summary.lastCheck->kind));
                object.insert(u"last_outcome"_s, checkOutcomeToString(summary.lastCheck->outcome));
            }
            array.append(object);
            if (!context.json)
                print(context.out, summary);
        }
        if (context.json)
            context.printJson(QJsonDocument(array));
        return ExitOk;
    }

    static void print(QTextStream& out, const ProviderSummary& summary)
    {
        const ProviderConfig& config = summary.config;
        out << QString::number(config.id).rightJustified(4) << "  " << config.name.leftJustified(20)
            << config.kind.leftJustified(8) << (config.enabled ? tr("enabled ") : tr("disabled")) << "  "
            << config.sender.leftJustified(16)
            << (summary.lastBalance ? summary.lastBalance->balance + u' ' + summary.lastBalance->currency : u"-"_s)
            << "  " << (summary.lastCheck ? checkOutcomeToString(summary.lastCheck->outcome) : tr("not checked"))
            << Qt::endl;
    }
};

/// The settings add and edit take as options.
struct ProviderSettings
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSettings)

public:
    static void addOptions(QCommandLineParser& parser)
    {
        parser.addOptions({
            {u"name"_s, tr("Display name."), u"NAME"_s},
            {u"account-sid"_s, tr("Twilio Account SID (AC...)."), u"SID"_s},
            {u"api-key-sid"_s, tr("Twilio API Key SID (SK...), when authenticating with an API key."), u"SID"_s},
            {u"api-key"_s, tr("Vonage API key."), u"KEY"_s},
            {u"from"_s, tr("Sender: E.164 number, Twilio Messaging Service SID (MG...), or Vonage alphanumeric."),
             u"SENDER"_s},
            {u"base-url"_s, tr("API base URL (https://; http:// only on loopback)."), u"URL"_s},
            {u"status-page-url"_s, tr("Statuspage URL."), u"URL"_s},
            {u"low-balance"_s, tr("Warn when the balance is under this amount."), u"AMOUNT"_s},
            {u"timeout"_s, tr("Timeout in seconds for a whole provider call, answer included (default 10)."),
             u"SECONDS"_s},
            {u"secret-stdin"_s, tr("Read the auth token / API secret from standard input.")},
        });
    }

    /// Applies the options given to `config`, then checks the result; false after printing every
    /// problem, one line each.
    static bool apply(CliContext& context, const QCommandLineParser& parser, ProviderConfig& config)
    {
        const std::pair<QString, QString ProviderConfig::*> texts[] = {
            {u"name"_s, &ProviderConfig::name},
            {u"account-sid"_s, &ProviderConfig::accountId},
            {u"api-key"_s, &ProviderConfig::accountId},
            {u"api-key-sid"_s, &ProviderConfig::apiKeySid},
            {u"from"_s, &ProviderConfig::sender},
            {u"base-url"_s, &ProviderConfig::baseUrl},
            {u"status-page-url"_s, &ProviderConfig::statusPageUrl},
        };
        for (const auto& [name, member] : texts) {
            if (parser.isSet(name))
                config.*member = parser.value(name);
        }
        if (parser.isSet(u"low-balance"_s)) {
            bool ok = false;
            const QString text = parser.value(u"low-balance"_s);
            if (text.isEmpty()) {
                config.lowBalanceThreshold.reset();
            } else {
                config.lowBalanceThreshold = text.toDouble(&ok);
                if (!ok) {
                    context.fail(Error::invalid(u"low-balance"_s, u"not a number: %1"_s.arg(text)));
                    return false;
                }
            }
        }
        if (parser.isSet(u"timeout"_s)) {
            bool ok = false;
            const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
            if (!ok) {
                context.fail(Error::invalid(u"timeout"_s, u"not a number of seconds"_s));
                return false;
            }
            config.timeoutMs = int(seconds * 1000);
        }
        const QList<Error> problems = ProviderService::validate(config);
        for (const Error& problem : problems)
            context.fail(ExitUsage, CliErrorText::describe(problem));
        return problems.isEmpty();
    }
};

class ProvidersAdd final : public ProviderCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersAdd)

    ProviderConfig m_config;
    QByteArray m_secret;

    void define(QCommandLineParser& parser) const override
    {
        ProviderCommand::define(parser);
        ProviderSettings::addOptions(parser);
        parser.addPositionalArgument(u"kind"_s, ProviderFactory::instance().kinds().join(u", "_s));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return context.fail(
                ExitUsage,
                tr("add needs the provider kind: %1").arg(ProviderFactory::instance().kinds().join(u", "_s)));
        m_config.kind = parser.positionalArguments().first();
        if (!ProviderSettings::apply(context, parser, m_config))
            return ExitUsage;
        if (!parser.isSet(u"secret-stdin"_s))
            return context.fail(ExitUsage, tr("add needs the secret: pipe it with --secret-stdin"));
        auto secret = readSecret(context);
        if (!secret)
            return context.fail(secret.error());
        m_secret = secret.value();
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const ProviderService& service) override
    {
        auto created = service.create(context.actor, m_config);
        if (!created)
            return context.fail(created.error());
        if (const Status stored = storeSecret(context, service, created->id, m_secret); !stored)
            return context.fail(ExitProblem,
                                tr("provider %1 created, but its secret was not stored: %2")
                                    .arg(created->id)
                                    .arg(CliErrorText::describe(stored.error())));
        if (context.json)
            context.printJson(QJsonDocument(ProviderOutput::toJson(service.find(context.actor, created->id).value())));
        else
            context.out
                << tr("created provider %1 (%2), secret stored in the keychain").arg(created->id).arg(created->name)
                << Qt::endl;
        return ExitOk;
    }
};

/// Every action but list and add names a provider by its id.
class ProviderIdCommand : public ProviderCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProviderIdCommand)

public:
    explicit ProviderIdCommand(QString action) : m_action(std::move(action)) { }

protected:
    void define(QCommandLineParser& parser) const override
    {
        ProviderCommand::define(parser);
        parser.addPositionalArgument(u"id"_s, tr("Provider id (see list)."));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        const QStringList positional = parser.positionalArguments();
        const int expected = m_action == u"message-status" ? 2 : 1;
        if (positional.size() != expected)
            return context.fail(ExitUsage,
                                tr("%1 needs %2").arg(m_action, expected == 2 ? u"ID MESSAGE_ID"_s : u"ID"_s));
        const auto id = positiveId(positional.first());
        if (!id)
            return context.fail(ExitUsage, tr("invalid provider id '%1'").arg(positional.first()));
        m_id = *id;
        return readMore(context, parser);
    }
    virtual int readMore(CliContext&, const QCommandLineParser&) { return ExitOk; }

    const QString m_action;
    qint64 m_id = 0;
};

class ProvidersShow final : public ProviderIdCommand
{
public:
    ProvidersShow() : ProviderIdCommand(u"show"_s) { }

private:
    int runWith(CliContext& context, const ProviderService& service) override
    {
        auto config = service.find(context.actor, m_id);
        if (!config)
            return context.fail(config.error());
        auto checks = service.checks(context.actor, m_id, 10);
        if (!checks)
            return context.fail(checks.error());
        QJsonObject object = ProviderOutput::toJson(config.value());
        if (context.json) {
            QJsonArray recent;
            for (const ProviderCheckRecord& check : checks.value())
                recent.append(QJsonObject {{u"at"_s, check.at.toString(Qt::ISODate)},
                                           {u"check"_s, checkKindToString(check.kind)},
                                           {u"outcome"_s, checkOutcomeToString(check.outcome)},
                                           {u"failure"_s, check.failure},
                                           {u"balance"_s, check.balance},
                                           {u"currency"_s, check.currency}});
            object.insert(u"recent_checks"_s, recent);
            context.printJson(QJsonDocument(object));
            return ExitOk;
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            context.out << it.key().leftJustified(22) << it.value().toVariant().toString() << Qt::endl;
        for (const ProviderCheckRecord& check : checks.value())
            context.out << check.at.toString(Qt::ISODate) << "  " << checkKindToString(check.kind).leftJustified(16)
                        << checkOutcomeToString(check.outcome).leftJustified(10) << check.failure << ' '
                        << check.balance << ' ' << check.currency << Qt::endl;
        return ExitOk;
    }
};

class ProvidersEdit final : public ProviderIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersEdit)

public:
    ProvidersEdit() : ProviderIdCommand(u"edit"_s) { }

private:
    const QCommandLineParser* m_parser = nullptr;
    std::optional<bool> m_enabled;

    void define(QCommandLineParser& parser) const override
    {
        ProviderIdCommand::define(parser);
        ProviderSettings::addOptions(parser);
        parser.addOptions({{u"enable"_s, tr("Enable the provider.")}, {u"disable"_s, tr("Disable the provider.")}});
    }

    int readMore(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.isSet(u"enable"_s) && parser.isSet(u"disable"_s))
            return context.fail(ExitUsage, tr("--enable and --disable together"));
        if (parser.isSet(u"enable"_s) || parser.isSet(u"disable"_s))
            m_enabled = parser.isSet(u"enable"_s);
        // The settings apply to the provider as stored, which run() reads.
        m_parser = &parser;
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const ProviderService& service) override
    {
        auto found = service.find(context.actor, m_id);
        if (!found)
            return context.fail(found.error());
        ProviderConfig edited = found.value();
        if (m_enabled)
            edited.enabled = *m_enabled;
        if (!ProviderSettings::apply(context, *m_parser, edited))
            return ExitUsage;
        std::optional<QByteArray> secret;
        if (m_parser->isSet(u"secret-stdin"_s)) {
            auto read = readSecret(context);
            if (!read)
                return context.fail(read.error());
            secret = read.value();
        }
        auto updated = service.update(context.actor, edited);
        if (!updated)
            return context.fail(updated.error());
        if (secret) {
            if (const Status stored = storeSecret(context, service, m_id, *secret); !stored)
                return context.fail(ExitProblem,
                                    tr("settings saved, but the secret was not stored: %1")
                                        .arg(CliErrorText::describe(stored.error())));
        }
        if (context.json)
            context.printJson(QJsonDocument(ProviderOutput::toJson(service.find(context.actor, m_id).value())));
        else
            context.out << tr("updated provider %1").arg(m_id) << Qt::endl;
        return ExitOk;
    }
};

class ProvidersRemove final : public ProviderIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersRemove)

public:
    ProvidersRemove() : ProviderIdCommand(u"remove"_s) { }

private:
    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const ProviderService& service) override
    {
        // Waits for the keychain too: the secret goes with the provider, or the provider stays.
        const Status removed
            = waitFor([&](QObject* guard, auto done) { service.remove(context.actor, m_id, guard, done); });
        if (!removed)
            return context.fail(removed.error());
        if (!context.json)
            context.out << tr("removed provider %1").arg(m_id) << Qt::endl;
        else
            context.printJson(QJsonDocument(QJsonObject {{u"removed"_s, m_id}}));
        return ExitOk;
    }
};

/// check, balance, test-sms and message-status: checks run against the provider, printed as results.
class ProvidersCheck final : public ProviderIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvidersCheck)

public:
    explicit ProvidersCheck(const QString& action) : ProviderIdCommand(action) { }

private:
    QList<CheckRequest> m_requests;

    void define(QCommandLineParser& parser) const override
    {
        ProviderIdCommand::define(parser);
        if (m_action == u"test-sms")
            parser.addOptions({{u"to"_s, tr("Recipient in E.164."), u"NUMBER"_s}, {u"body"_s, tr("Text."), u"TEXT"_s}});
        if (m_action == u"message-status")
            parser.addPositionalArgument(u"message-id"_s, tr("The provider's message id (SM...)."));
    }

    int readMore(CliContext& context, const QCommandLineParser& parser) override
    {
        CheckRequest request;
        request.providerId = m_id;
        if (m_action == u"check") {
            for (const CheckKind kind : {CheckKind::Credentials, CheckKind::Balance, CheckKind::ServiceStatus}) {
                request.kind = kind;
                m_requests.append(request);
            }
        } else if (m_action == u"balance") {
            request.kind = CheckKind::Balance;
            m_requests.append(request);
        } else if (m_action == u"test-sms") {
            if (!parser.isSet(u"to"_s))
                return context.fail(ExitUsage, tr("test-sms needs --to +E164"));
            request.kind = CheckKind::TestSms;
            request.to = parser.value(u"to"_s);
            request.body = parser.value(u"body"_s);
            m_requests.append(request);
        } else {
            request.kind = CheckKind::MessageStatus;
            request.messageId = parser.positionalArguments().at(1);
            m_requests.append(request);
        }
        return ExitOk;
    }

    // Checks record their results, and read the provider's secret.
    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const ProviderService& service) override
    {
        // The provider's kind says how its error codes read.
        auto config = service.find(context.actor, m_id);
        if (!config)
            return context.fail(config.error());
        QList<CheckResult> results;
        for (const CheckRequest& request : m_requests) {
            auto result = runCheck(context, service, request);
            if (!result)
                return ExitUsage;
            results.append(*result);
        }
        if (m_action == u"test-sms" && !context.json && results.first().sent) {
            context.out << results.first().sent->messageId << Qt::endl;
            return ExitOk;
        }
        return ProviderOutput::printResults(context, results, config->kind);
    }

    /// Runs one check to its end on a local event loop (the CLI has nothing else to do meanwhile).
    static std::optional<CheckResult> runCheck(CliContext& context, const ProviderService& service,
                                               const CheckRequest& request)
    {
        auto job = service.startCheck(context.actor, request);
        if (!job) {
            context.fail(job.error());
            return std::nullopt;
        }
        std::optional<CheckResult> result;
        QEventLoop loop;
        job.value()->then(&loop, [&](const CheckResult& done) {
            result = done;
            loop.quit();
        });
        loop.exec();
        return result;
    }
};

template<const char16_t* Name> std::unique_ptr<Command> makeCheck()
{
    return std::make_unique<ProvidersCheck>(QString::fromUtf16(Name));
}
constexpr char16_t checkName[] = u"check";
constexpr char16_t balanceName[] = u"balance";
constexpr char16_t testSmsName[] = u"test-sms";
constexpr char16_t messageStatusName[] = u"message-status";

const std::array actions {
    Action {"list", &make<ProvidersList>},
    Action {"add", &make<ProvidersAdd>},
    Action {"show", &make<ProvidersShow>},
    Action {"edit", &make<ProvidersEdit>},
    Action {"remove", &make<ProvidersRemove>},
    Action {"check", &makeCheck<checkName>},
    Action {"balance", &makeCheck<balanceName>},
    Action {"test-sms", &makeCheck<testSmsName>},
    Action {"message-status", &makeCheck<messageStatusName>},
};

/// A secret typed as an argument would sit in the shell history: refused before anything else.
bool hasSecretArgument(const QStringList& arguments)
{
    return std::any_of(arguments.begin(), arguments.end(), [](const QString& argument) {
        for (const QString& option : {u"--secret"_s, u"--auth-token"_s, u"--api-secret"_s}) {
            if (argument == option || argument.startsWith(option + u'='))
                return true;
        }
        return false;
    });
}
} // namespace

int runProvidersCommand(CliContext& context, const QStringList& arguments)
{
    if (hasSecretArgument(arguments))
        return context.fail(ExitUsage,
                            ProvidersCommand::tr("secrets are never taken as arguments; pipe it with --secret-stdin"));
    return runActionGroup(context, arguments, actions, [&](const QString& word) -> int {
        if (arguments.size() < 2 || isHelpWord(word))
            return showUsage(context, usage() + u'\n', arguments.size() >= 2);
        if (CliContext::asksForHelp(arguments.mid(2))) {
            QCommandLineParser help;
            help.setApplicationDescription(usage());
            (void)context.parse(help, QStringList {u"providers "_s + word} + arguments.mid(2));
            return ExitOk;
        }
        return context.fail(ExitUsage, ProvidersCommand::tr("unknown providers action '%1'\n%2").arg(word, usage()));
    });
}

} // namespace backoffice::cli
