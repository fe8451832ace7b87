// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli sms: the message log seen per client (`history`) and the clients whose last SMS
// failed, grouped by cause (`failures`), for scripts and for a quick look from a terminal.
#include "app/cli/Commands.h"

#include "core/clients/ClientRepository.h"
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/SmsFailureReport.h"
#include "core/sms/SmsHistory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
const QString usage
    = u"Usage: backoffice-cli sms failures [--since YYYY-MM-DD] [--json] | history CLIENT_ID [--json]"_s;

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

int runFailures(CliContext& context, const QStringList& rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage);
    parser.addOption(
        {u"since"_s, u"Only clients whose last SMS failed on or after this day (UTC)."_s, u"YYYY-MM-DD"_s});
    if (!context.parse(parser, rest))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, u"failures takes no argument: '%1'"_s.arg(parser.positionalArguments().first()));
    std::optional<QDateTime> since;
    if (parser.isSet(u"since"_s)) {
        const QString text = parser.value(u"since"_s);
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid() || text.size() != 10)
            return context.fail(ExitUsage, u"invalid --since '%1': expected a date YYYY-MM-DD"_s.arg(text));
        since = day.startOfDay(QTimeZone::utc());
    }
    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto report = SmsFailureReport(*database).compute(context.actor, since);
    if (!report)
        return context.fail(report.error());
    const SmsFailureSummary& summary = report.value();

    if (context.json) {
        QJsonArray groups;
        for (const SmsFailureGroup& group : summary.groups) {
            QJsonArray clients;
            for (const SmsFailedClient& client : group.clients)
                clients.append(QJsonObject {{u"client_id"_s, client.clientId},
                                            {u"name"_s, client.name},
                                            {u"phone"_s, client.phone},
                                            {u"provider_name"_s, client.providerName},
                                            {u"status"_s, smsStatusToString(client.status)},
                                            {u"error_code"_s, client.errorCode},
                                            {u"at"_s, iso(client.at)}});
            groups.append(QJsonObject {{u"provider"_s, group.providerKind},
                                       {u"error_code"_s, group.errorCode},
                                       {u"meaning"_s, group.explanation.meaning},
                                       {u"action"_s, group.explanation.action},
                                       {u"count"_s, group.count()},
                                       {u"clients"_s, clients}});
        }
        context.printJson(QJsonDocument(
            QJsonObject {{u"since"_s, since ? QJsonValue(since->date().toString(Qt::ISODate)) : QJsonValue()},
                         {u"client_count"_s, summary.clientCount()},
                         {u"groups"_s, groups}}));
    } else if (summary.groups.isEmpty()) {
        context.out << "No client's last SMS failed"
                    << (since ? u" since "_s + since->date().toString(Qt::ISODate) : u""_s) << "." << Qt::endl;
    } else {
        context.out << summary.clientCount() << " client(s) whose last SMS failed, " << summary.groups.size()
                    << " cause(s)" << (since ? u" since "_s + since->date().toString(Qt::ISODate) : u""_s) << "."
                    << Qt::endl;
        for (const SmsFailureGroup& group : summary.groups) {
            context.out << Qt::endl
                        << group.providerKind << ' '
                        << (group.errorCode.isEmpty() ? u"(no error code)"_s : group.errorCode) << ": " << group.count()
                        << " client(s)" << Qt::endl
                        << "  " << group.explanation.meaning << Qt::endl
                        << "  What to do: " << group.explanation.action << Qt::endl;
            for (const SmsFailedClient& client : group.clients)
                context.out << "  " << QString::number(client.clientId).rightJustified(8) << "  "
                            << client.name.leftJustified(28) << client.phone.leftJustified(17)
                            << smsStatusToString(client.status).leftJustified(12) << iso(client.at) << "  "
                            << client.providerName << Qt::endl;
        }
    }
    return summary.groups.isEmpty() ? ExitOk : ExitProblem;
}

int runHistory(CliContext& context, const QStringList& rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage);
    parser.addPositionalArgument(u"client-id"_s, u"The client's id."_s);
    parser.addOption({u"limit"_s, u"At most this many messages (default 200)."_s, u"N"_s, u"200"_s});
    if (!context.parse(parser, rest))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, u"history needs CLIENT_ID"_s);
    bool ok = false;
    const qint64 clientId = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || clientId <= 0)
        return context.fail(ExitUsage, u"invalid client id '%1'"_s.arg(parser.positionalArguments().first()));
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return context.fail(ExitUsage, u"invalid --limit '%1'"_s.arg(parser.value(u"limit"_s)));
    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto client = ClientRepository(*database).find(clientId);
    if (!client)
        return context.fail(client.error());
    auto messages = SmsHistory(*database).forClient(context.actor, clientId, client->phone, limit);
    if (!messages)
        return context.fail(messages.error());

    if (context.json) {
        QJsonArray array;
        for (const SmsMessageRecord& message : messages.value()) {
            QJsonObject object {{u"id"_s, message.id},
                                {u"sent_at"_s, iso(message.createdAt)},
                                {u"updated_at"_s, iso(message.updatedAt)},
                                {u"provider"_s, message.providerKind},
                                {u"provider_name"_s, message.providerName},
                                {u"to"_s, message.to},
                                {u"status"_s, smsStatusToString(message.status)},
                                {u"error_code"_s, message.errorCode},
                                {u"purpose"_s, message.purpose}};
            if (!message.errorCode.isEmpty()) {
                const auto explanation = DeliveryErrorCodes::explain(message.providerKind, message.errorCode);
                object.insert(u"meaning"_s, explanation.meaning);
                object.insert(u"action"_s, explanation.action);
            }
            array.append(object);
        }
        context.printJson(QJsonDocument(
            QJsonObject {{u"client_id"_s, clientId}, {u"phone"_s, client->phone}, {u"messages"_s, array}}));
        return ExitOk;
    }
    if (messages->isEmpty()) {
        context.out << "No SMS was sent to " << (client->phone.isEmpty() ? client->displayName() : client->phone)
                    << " through Back Office." << Qt::endl;
        return ExitOk;
    }
    for (const SmsMessageRecord& message : messages.value()) {
        context.out << iso(message.createdAt) << "  " << message.providerName.leftJustified(16)
                    << message.to.leftJustified(17) << smsStatusToString(message.status).leftJustified(12)
                    << message.errorCode;
        if (!message.errorCode.isEmpty())
            context.out << "  " << DeliveryErrorCodes::explain(message.providerKind, message.errorCode).meaning;
        context.out << Qt::endl;
    }
    return ExitOk;
}
} // namespace

int runSmsCommand(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h") {
        (arguments.size() < 2 ? context.err : context.out) << usage << Qt::endl;
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString action = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest.first() = u"sms "_s + action;
    if (action == u"failures")
        return runFailures(context, rest);
    if (action == u"history")
        return runHistory(context, rest);
    return context.fail(ExitUsage, u"unknown sms command '%1'\n%2"_s.arg(action, usage));
}

} // namespace backoffice::cli
