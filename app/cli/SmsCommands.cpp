// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli sms: the message log seen per client (`history`) and the clients whose last SMS
// failed, grouped by cause (`failures`), for scripts and for a quick look from a terminal.
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/SmsFailureReport.h"
#include "core/sms/SmsHistory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct SmsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmsCommand)
};

QString usage()
{
    return SmsCommand::tr(
        "Usage: backoffice-cli sms failures [--since YYYY-MM-DD] [--json] | history CLIENT_ID [--json]");
}

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

class SmsFailures final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SmsFailures)

    std::optional<QDateTime> m_since;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(usage());
        parser.addOption(
            {u"since"_s, tr("Only clients whose last SMS failed on or after this day (UTC)."), u"YYYY-MM-DD"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.fail(ExitUsage,
                                tr("failures takes no argument: '%1'").arg(parser.positionalArguments().first()));
        if (parser.isSet(u"since"_s)) {
            const QString text = parser.value(u"since"_s);
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (!day.isValid() || text.size() != 10)
                return context.fail(ExitUsage, tr("invalid --since '%1': expected a date YYYY-MM-DD").arg(text));
            m_since = day.startOfDay(QTimeZone::utc());
        }
        return ExitOk;
    }

    int run(CliContext& context) override
    {
        const std::optional<QDateTime>& since = m_since;
        auto report = SmsFailureReport(*context.database()).compute(context.actor, since);
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
            context.out << (since ? tr("No client's last SMS failed since %1.").arg(since->date().toString(Qt::ISODate))
                                  : tr("No client's last SMS failed."))
                        << Qt::endl;
        } else {
            context.out << (since ? tr("%1 client(s) whose last SMS failed, %2 cause(s) since %3.")
                                        .arg(summary.clientCount())
                                        .arg(summary.groups.size())
                                        .arg(since->date().toString(Qt::ISODate))
                                  : tr("%1 client(s) whose last SMS failed, %2 cause(s).")
                                        .arg(summary.clientCount())
                                        .arg(summary.groups.size()))
                        << Qt::endl;
            for (const SmsFailureGroup& group : summary.groups) {
                context.out << Qt::endl
                            << group.providerKind << ' '
                            << (group.errorCode.isEmpty() ? tr("(no error code)") : group.errorCode) << ": "
                            << tr("%1 client(s)").arg(group.count()) << Qt::endl
                            << "  " << group.explanation.meaning << Qt::endl
                            << "  " << tr("What to do: %1").arg(group.explanation.action) << Qt::endl;
                for (const SmsFailedClient& client : group.clients)
                    context.out << "  " << QString::number(client.clientId).rightJustified(8) << "  "
                                << client.name.leftJustified(28) << client.phone.leftJustified(17)
                                << smsStatusToString(client.status).leftJustified(12) << iso(client.at) << "  "
                                << client.providerName << Qt::endl;
            }
        }
        return summary.groups.isEmpty() ? ExitOk : ExitProblem;
    }
};

class SmsHistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SmsHistoryCommand)

    qint64 m_clientId = 0;
    int m_limit = 200;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(usage());
        parser.addPositionalArgument(u"client-id"_s, tr("The client's id."));
        parser.addOption({u"limit"_s, tr("At most this many messages (default 200)."), u"N"_s, u"200"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return context.fail(ExitUsage, tr("history needs CLIENT_ID"));
        const auto id = positiveId(parser.positionalArguments().first());
        if (!id)
            return context.fail(ExitUsage, tr("invalid client id '%1'").arg(parser.positionalArguments().first()));
        m_clientId = *id;
        bool ok = false;
        m_limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || m_limit <= 0)
            return context.fail(ExitUsage, tr("invalid --limit '%1'").arg(parser.value(u"limit"_s)));
        return ExitOk;
    }

    int run(CliContext& context) override
    {
        const qint64 clientId = m_clientId;
        const Database& database = *context.database();
        // The history is looked up by the client's number: the client is read for it.
        auto client = ClientRepository(database).find(clientId);
        if (!client)
            return context.fail(client.error());
        auto messages = SmsHistory(database).forClient(context.actor, clientId, client->phone, m_limit);
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
            context.out << tr("No SMS was sent to %1 through Back Office.")
                               .arg(client->phone.isEmpty() ? client->displayName() : client->phone)
                        << Qt::endl;
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
};

const std::array actions {
    Action {"failures", &make<SmsFailures>},
    Action {"history", &make<SmsHistoryCommand>},
};
} // namespace

int runSmsCommand(CliContext& context, const QStringList& arguments)
{
    return runActionGroup(context, arguments, actions, [&](const QString& word) -> int {
        if (arguments.size() < 2 || isHelpWord(word))
            return showUsage(context, usage() + u'\n', arguments.size() >= 2);
        return context.fail(ExitUsage, SmsCommand::tr("unknown sms command '%1'\n%2").arg(word, usage()));
    });
}

} // namespace backoffice::cli
