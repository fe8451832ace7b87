// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli providers: manage SMS providers and run their checks. Secrets are read from
// standard input (--secret-stdin), never from an argument, and never printed.
#include "app/cli/Commands.h"

#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/ProviderService.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
const QString usage = u"Usage: backoffice-cli providers list | show ID | add twilio|vonage OPTIONS --secret-stdin | "
                      u"edit ID OPTIONS | remove ID | check ID | balance ID | test-sms ID --to +E164 [--body TEXT] | "
                      u"message-status ID MESSAGE_ID"_s;

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject toJson(const ProviderConfig& config)
{
    return {{u"id"_s, config.id},
            {u"kind"_s, config.kind},
            {u"name"_s, config.name},
            {u"enabled"_s, config.enabled},
            {u"account_id"_s, config.accountId},
            {u"api_key_sid"_s, config.apiKeySid},
            {u"sender"_s, config.sender},
            {u"base_url"_s, config.effectiveBaseUrl().toString()},
            {u"status_page_url"_s, config.effectiveStatusPageUrl().toString()},
            {u"low_balance_threshold"_s,
             config.lowBalanceThreshold ? QJsonValue(*config.lowBalanceThreshold) : QJsonValue()},
            {u"timeout_ms"_s, config.timeoutMs},
            {u"secret_stored"_s, config.hasSecret}};
}

QString outcomeWord(CheckOutcome outcome)
{
    return checkOutcomeToString(outcome).toUpper();
}

/// The operator's words for a check result (English on the command line).
QString describe(const CheckResult& result, const QString& kind)
{
    if (result.error)
        return result.error->describe();
    switch (result.kind) {
    case CheckKind::Credentials:
        if (result.warning == u"account_not_active")
            return u"credentials accepted, but the account is %1"_s.arg(result.account->status);
        return result.account && !result.account->type.isEmpty()
            ? u"credentials accepted (account %1, %2)"_s.arg(result.account->status, result.account->type)
            : u"credentials accepted"_s;
    case CheckKind::Balance: {
        QString text = u"balance %1 %2"_s.arg(result.balance->amount, result.balance->currency);
        if (result.warning == u"below_threshold")
            text += u" - below the threshold of %1"_s.arg(*result.threshold);
        else if (result.warning == u"no_balance")
            text += u" - no money left: SMS cannot be sent"_s;
        return text;
    }
    case CheckKind::ServiceStatus:
        return u"service status: %1 (%2)"_s.arg(serviceIndicatorToString(result.service->indicator),
                                                result.service->description);
    case CheckKind::TestSms:
        return u"sent, message id %1 (%2)"_s.arg(result.sent->messageId, smsStatusToString(result.sent->status));
    case CheckKind::MessageStatus: {
        QString text = u"status %1"_s.arg(smsStatusToString(result.message->status));
        if (!result.message->errorCode.isEmpty()) {
            const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(kind, result.message->errorCode);
            text += u", error %1: %2 %3"_s.arg(result.message->errorCode, explanation.meaning, explanation.action);
        } else if (result.message->status == SmsStatus::Sent) {
            text += u" (handed to the carrier; no delivery receipt yet)"_s;
        }
        return text;
    }
    }
    return {};
}

QJsonObject toJson(const CheckResult& result, const QString& kind)
{
    QJsonObject object {{u"check"_s, checkKindToString(result.kind)},
                        {u"outcome"_s, checkOutcomeToString(result.outcome)},
                        {u"at"_s, result.at.toString(Qt::ISODateWithMs)},
                        {u"summary"_s, describe(result, kind)}};
    if (result.error) {
        object.insert(u"failure"_s, providerFailureToString(result.error->failure));
        if (!result.error->providerCode.isEmpty())
            object.insert(u"provider_code"_s, result.error->providerCode);
        if (result.error->retryAfterSeconds)
            object.insert(u"retry_after_seconds"_s, *result.error->retryAfterSeconds);
    }
    if (!result.warning.isEmpty())
        object.insert(u"warning"_s, result.warning);
    if (result.balance) {
        object.insert(u"balance"_s, result.balance->amount);
        object.insert(u"currency"_s, result.balance->currency);
    }
    if (result.service)
        object.insert(u"indicator"_s, serviceIndicatorToString(result.service->indicator));
    if (result.sent) {
        object.insert(u"message_id"_s, result.sent->messageId);
        object.insert(u"status"_s, smsStatusToString(result.sent->status));
    }
    if (result.message) {
        object.insert(u"message_id"_s, result.message->messageId);
        object.insert(u"status"_s, smsStatusToString(result.message->status));
        object.insert(u"error_code"_s, result.message->errorCode);
        if (!result.message->errorCode.isEmpty()) {
            const auto explanation = DeliveryErrorCodes::explain(kind, result.message->errorCode);
            object.insert(u"error_meaning"_s, explanation.meaning);
            object.insert(u"error_action"_s, explanation.action);
        }
    }
    return object;
}

/// Runs one check to its end on a local event loop (the CLI has nothing else to do meanwhile).
std::optional<CheckResult> runCheck(CliContext& context, const ProviderService& service, const CheckRequest& request)
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

Result<QByteArray> readSecretFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Error::invalid(u"secret-stdin"_s, u"standard input cannot be read"_s);
    QByteArray secret = input.readAll();
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (const auto problems = ProviderValidation::secretProblems(secret, u"secret-stdin"_s); !problems.isEmpty())
        return problems.first();
    return secret;
}

/// Runs an asynchronous service call that reports a Status on a local event loop until it answers.
template<typename Start> Status waitFor(Start start)
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

Status storeSecret(CliContext& context, const ProviderService& service, qint64 id, const QByteArray& secret)
{
    return waitFor([&](QObject* guard, auto done) { service.storeSecret(context.actor, id, secret, guard, done); });
}

void addSettingOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"name"_s, u"Display name."_s, u"NAME"_s},
        {u"account-sid"_s, u"Twilio Account SID (AC...)."_s, u"SID"_s},
        {u"api-key-sid"_s, u"Twilio API Key SID (SK...), when authenticating with an API key."_s, u"SID"_s},
        {u"api-key"_s, u"Vonage API key."_s, u"KEY"_s},
        {u"from"_s, u"Sender: E.164 number, Twilio Messaging Service SID (MG...), or Vonage alphanumeric."_s,
         u"SENDER"_s},
        {u"base-url"_s, u"API base URL (https://; http:// only on loopback)."_s, u"URL"_s},
        {u"status-page-url"_s, u"Statuspage URL."_s, u"URL"_s},
        {u"low-balance"_s, u"Warn when the balance is under this amount."_s, u"AMOUNT"_s},
        {u"timeout"_s, u"Timeout in seconds for a whole provider call, answer included (default 10)."_s, u"SECONDS"_s},
        {u"secret-stdin"_s, u"Read the auth token / API secret from standard input."_s},
    });
}

/// Applies the options given to `config`; reports the first unreadable number.
Status applySettings(const QCommandLineParser& parser, ProviderConfig& config)
{
    if (parser.isSet(u"name"_s))
        config.name = parser.value(u"name"_s);
    if (parser.isSet(u"account-sid"_s))
        config.accountId = parser.value(u"account-sid"_s);
    if (parser.isSet(u"api-key"_s))
        config.accountId = parser.value(u"api-key"_s);
    if (parser.isSet(u"api-key-sid"_s))
        config.apiKeySid = parser.value(u"api-key-sid"_s);
    if (parser.isSet(u"from"_s))
        config.sender = parser.value(u"from"_s);
    if (parser.isSet(u"base-url"_s))
        config.baseUrl = parser.value(u"base-url"_s);
    if (parser.isSet(u"status-page-url"_s))
        config.statusPageUrl = parser.value(u"status-page-url"_s);
    if (parser.isSet(u"low-balance"_s)) {
        bool ok = false;
        const QString text = parser.value(u"low-balance"_s);
        if (text.isEmpty()) {
            config.lowBalanceThreshold.reset();
        } else {
            config.lowBalanceThreshold = text.toDouble(&ok);
            if (!ok)
                return Error::invalid(u"low-balance"_s, u"not a number: %1"_s.arg(text));
        }
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok)
            return Error::invalid(u"timeout"_s, u"not a number of seconds"_s);
        config.timeoutMs = int(seconds * 1000);
    }
    return Ok {};
}

int printProblems(CliContext& context, const QList<Error>& problems)
{
    for (const Error& problem : problems)
        context.err << "backoffice-cli: invalid " << problem.field << ": " << problem.detail << Qt::endl;
    return ExitUsage;
}

int printResults(CliContext& context, const QList<CheckResult>& results, const QString& kind)
{
    bool problem = false;
    QJsonArray array;
    for (const CheckResult& result : results) {
        problem = problem || result.outcome == CheckOutcome::Problem || result.outcome == CheckOutcome::Cancelled;
        array.append(toJson(result, kind));
        if (!context.json)
            context.out << checkKindToString(result.kind).leftJustified(16)
                        << outcomeWord(result.outcome).leftJustified(9) << describe(result, kind) << Qt::endl;
    }
    if (context.json)
        context.printJson(
            QJsonDocument(results.size() == 1 ? QJsonDocument(array.first().toObject()) : QJsonDocument(array)));
    return problem ? ExitProblem : ExitOk;
}
} // namespace

int runProvidersCommand(CliContext& context, const QStringList& arguments)
{
    // Refuse a secret typed as an argument before anything else: it would sit in the shell history.
    for (const QString& argument : arguments) {
        if (argument == u"--secret" || argument.startsWith(u"--secret=") || argument == u"--auth-token"
            || argument.startsWith(u"--auth-token=") || argument == u"--api-secret"
            || argument.startsWith(u"--api-secret="))
            return context.fail(ExitUsage, u"secrets are never taken as arguments; pipe it with --secret-stdin"_s);
    }
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h") {
        (arguments.size() < 2 ? context.err : context.out) << usage << Qt::endl;
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString action = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest.first() = u"providers "_s + action;

    // Help is answered before the database is opened, and so before any sign-in.
    if (CliContext::asksForHelp(rest)) {
        QCommandLineParser help;
        help.setApplicationDescription(usage);
        if (action == u"add" || action == u"edit")
            addSettingOptions(help);
        (void)context.parse(help, rest);
        return ExitOk;
    }
    Database* database = context.database();
    if (!database)
        return ExitUsage;
    QNetworkAccessManager network;
    const ProviderService service(*database, context.secrets(), &network, context.clock());

    QCommandLineParser parser;
    parser.setApplicationDescription(usage);

    if (action == u"list") {
        if (!context.parse(parser, rest))
            return ExitUsage;
        auto providers = service.list(context.actor);
        if (!providers)
            return context.fail(providers.error());
        QJsonArray array;
        for (const ProviderSummary& summary : providers.value()) {
            QJsonObject object = toJson(summary.config);
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
            if (!context.json) {
                context.out << QString::number(summary.config.id).rightJustified(4) << "  "
                            << summary.config.name.leftJustified(20) << summary.config.kind.leftJustified(8)
                            << (summary.config.enabled ? u"enabled "_s : u"disabled"_s) << "  "
                            << summary.config.sender.leftJustified(16)
                            << (summary.lastBalance
                                    ? summary.lastBalance->balance + u' ' + summary.lastBalance->currency
                                    : u"-"_s)
                            << "  "
                            << (summary.lastCheck ? checkOutcomeToString(summary.lastCheck->outcome) : u"not checked"_s)
                            << Qt::endl;
            }
        }
        if (context.json)
            context.printJson(QJsonDocument(array));
        return ExitOk;
    }

    if (action == u"add") {
        addSettingOptions(parser);
        parser.addPositionalArgument(u"kind"_s, ProviderFactory::instance().kinds().join(u", "_s));
        if (!context.parse(parser, rest))
            return ExitUsage;
        if (parser.positionalArguments().size() != 1)
            return context.fail(
                ExitUsage, u"add needs the provider kind: %1"_s.arg(ProviderFactory::instance().kinds().join(u", "_s)));
        ProviderConfig config;
        config.kind = parser.positionalArguments().first();
        if (const Status applied = applySettings(parser, config); !applied)
            return context.fail(applied.error());
        if (const QList<Error> problems = ProviderService::validate(config); !problems.isEmpty())
            return printProblems(context, problems);
        if (!parser.isSet(u"secret-stdin"_s))
            return context.fail(ExitUsage, u"add needs the secret: pipe it with --secret-stdin"_s);
        auto secret = readSecretFromStdin();
        if (!secret)
            return context.fail(secret.error());
        auto created = service.create(context.actor, config);
        if (!created)
            return context.fail(created.error());
        if (const Status stored = storeSecret(context, service, created->id, secret.value()); !stored)
            return context.fail(ExitProblem,
                                u"provider %1 created, but its secret was not stored: %2"_s.arg(created->id)
                                    .arg(stored.error().toString()));
        auto saved = service.find(context.actor, created->id);
        if (context.json)
            context.printJson(QJsonDocument(toJson(saved.value())));
        else
            context.out << "created provider " << created->id << " (" << created->name
                        << "), secret stored in the keychain" << Qt::endl;
        return ExitOk;
    }

    // Every other action names a provider.
    if (action == u"edit") {
        addSettingOptions(parser);
        parser.addOptions({{u"enable"_s, u"Enable the provider."_s}, {u"disable"_s, u"Disable the provider."_s}});
    } else if (action == u"test-sms") {
        parser.addOptions({{u"to"_s, u"Recipient in E.164."_s, u"NUMBER"_s}, {u"body"_s, u"Text."_s, u"TEXT"_s}});
    }
    parser.addPositionalArgument(u"id"_s, u"Provider id (see list)."_s);
    if (action == u"message-status")
        parser.addPositionalArgument(u"message-id"_s, u"The provider's message id (SM...)."_s);
    if (!context.parse(parser, rest))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const int expected = action == u"message-status" ? 2 : 1;
    if (positional.size() != expected)
        return context.fail(ExitUsage, u"%1 needs %2"_s.arg(action, expected == 2 ? u"ID MESSAGE_ID"_s : u"ID"_s));
    const auto id = parseId(positional.first());
    if (!id)
        return context.fail(ExitUsage, u"invalid provider id '%1'"_s.arg(positional.first()));
    auto found = service.find(context.actor, *id);
    if (!found)
        return context.fail(found.error());
    const ProviderConfig config = found.value();

    if (action == u"show") {
        auto checks = service.checks(context.actor, *id, 10);
        if (context.json) {
            QJsonObject object = toJson(config);
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
        const QJsonObject object = toJson(config);
        for (auto it = object.begin(); it != object.end(); ++it)
            context.out << it.key().leftJustified(22) << it.value().toVariant().toString() << Qt::endl;
        for (const ProviderCheckRecord& check : checks.value())
            context.out << check.at.toString(Qt::ISODate) << "  " << checkKindToString(check.kind).leftJustified(16)
                        << checkOutcomeToString(check.outcome).leftJustified(10) << check.failure << ' '
                        << check.balance << ' ' << check.currency << Qt::endl;
        return ExitOk;
    }
    if (action == u"edit") {
        ProviderConfig edited = config;
        if (const Status applied = applySettings(parser, edited); !applied)
            return context.fail(applied.error());
        if (parser.isSet(u"enable"_s) && parser.isSet(u"disable"_s))
            return context.fail(ExitUsage, u"--enable and --disable together"_s);
        if (parser.isSet(u"enable"_s))
            edited.enabled = true;
        if (parser.isSet(u"disable"_s))
            edited.enabled = false;
        if (const QList<Error> problems = ProviderService::validate(edited); !problems.isEmpty())
            return printProblems(context, problems);
        std::optional<QByteArray> secret;
        if (parser.isSet(u"secret-stdin"_s)) {
            auto read = readSecretFromStdin();
            if (!read)
                return context.fail(read.error());
            secret = read.value();
        }
        auto updated = service.update(context.actor, edited);
        if (!updated)
            return context.fail(updated.error());
        if (secret) {
            if (const Status stored = storeSecret(context, service, *id, *secret); !stored)
                return context.fail(
                    ExitProblem, u"settings saved, but the secret was not stored: %1"_s.arg(stored.error().toString()));
        }
        if (context.json)
            context.printJson(QJsonDocument(toJson(service.find(context.actor, *id).value())));
        else
            context.out << "updated provider " << *id << Qt::endl;
        return ExitOk;
    }
    if (action == u"remove") {
        // Waits for the keychain too: the secret goes with the provider, or the provider stays.
        const Status removed
            = waitFor([&](QObject* guard, auto done) { service.remove(context.actor, *id, guard, done); });
        if (!removed)
            return context.fail(removed.error());
        if (!context.json)
            context.out << "removed provider " << *id << Qt::endl;
        else
            context.printJson(QJsonDocument(QJsonObject {{u"removed"_s, *id}}));
        return ExitOk;
    }

    QList<CheckRequest> requests;
    CheckRequest request;
    request.providerId = *id;
    if (action == u"check") {
        for (const CheckKind kind : {CheckKind::Credentials, CheckKind::Balance, CheckKind::ServiceStatus}) {
            request.kind = kind;
            requests.append(request);
        }
    } else if (action == u"balance") {
        request.kind = CheckKind::Balance;
        requests.append(request);
    } else if (action == u"test-sms") {
        if (!parser.isSet(u"to"_s))
            return context.fail(ExitUsage, u"test-sms needs --to +E164"_s);
        request.kind = CheckKind::TestSms;
        request.to = parser.value(u"to"_s);
        request.body = parser.value(u"body"_s);
        requests.append(request);
    } else if (action == u"message-status") {
        request.kind = CheckKind::MessageStatus;
        request.messageId = positional.at(1);
        requests.append(request);
    } else {
        return context.fail(ExitUsage, u"unknown providers action '%1'\n%2"_s.arg(action, usage));
    }
    QList<CheckResult> results;
    for (const CheckRequest& each : requests) {
        auto result = runCheck(context, service, each);
        if (!result)
            return ExitUsage;
        results.append(*result);
    }
    if (action == u"test-sms" && !context.json && results.first().sent) {
        context.out << results.first().sent->messageId << Qt::endl;
        return ExitOk;
    }
    return printResults(context, results, config.kind);
}

} // namespace backoffice::cli
