// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli audit list|verify|export: read, check and export the audit log. The three share one
// parser (the action defaults to list), so the group parses first and then picks the class.
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditCsvExporter.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerificationText.h"
#include "core/operators/Authorizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
QJsonObject toJson(const AuditEvent& event)
{
    return {{u"id"_s, event.id},
            {u"at"_s, event.at.toUTC().toString(Qt::ISODateWithMs)},
            {u"operator"_s, event.operatorName},
            {u"action"_s, event.action},
            {u"client_id"_s, event.clientId ? QJsonValue(*event.clientId) : QJsonValue(QJsonValue::Null)},
            {u"target"_s, event.target},
            {u"before"_s, event.before},
            {u"after"_s, event.after},
            {u"reason"_s, event.reason},
            {u"details"_s, event.details}};
}

/// A UTC day (YYYY-MM-DD) or an ISO 8601 date-time. `endOfDay` makes a day mean its end, so
/// `--until 2026-11-23` includes that day.
std::optional<QDateTime> parseTime(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::UTC);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

/// What the three actions share: the options, the filter, and the permission to read the log.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

protected:
    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("The audit log.\n\n"
               "  audit list [filters] [--limit N] [--json]   newest first; JSON: an array of events\n"
               "  audit verify [--json]                       exit 0 when the hash chain is intact, 1 at the first "
               "broken event\n"
               "  audit export [filters] [--csv FILE|-]       CSV to FILE or standard output"));
        parser.addPositionalArgument(u"action"_s, tr("list, verify or export"));
        parser.addOptions({m_client, m_operator, m_action, m_since, m_until, m_limit, m_csv});
    }

protected:
    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.isSet(m_client)) {
            const auto id = positiveId(parser.value(m_client));
            if (!id)
                return context.fail(ExitUsage, tr("invalid --client %1: not a client id").arg(parser.value(m_client)));
            m_filter.clientId = id;
        }
        m_filter.operatorName = parser.value(m_operator);
        m_filter.action = parser.value(m_action);
        for (const auto& [option, endOfDay] : {std::pair {&m_since, false}, std::pair {&m_until, true}}) {
            if (!parser.isSet(*option))
                continue;
            const auto at = parseTime(parser.value(*option), endOfDay);
            if (!at)
                return context.fail(ExitUsage,
                                    tr("invalid --%1 %2: use YYYY-MM-DD or an ISO 8601 date-time")
                                        .arg(option->names().first(), parser.value(*option)));
            (endOfDay ? m_filter.to : m_filter.from) = *at;
        }
        if (parser.isSet(m_limit)) {
            bool numeric = false;
            m_limitValue = parser.value(m_limit).toLongLong(&numeric);
            if (!numeric || m_limitValue <= 0)
                return context.fail(ExitUsage, tr("invalid --limit %1: a positive number").arg(parser.value(m_limit)));
        }
        m_csvPath = parser.value(m_csv);
        return ExitOk;
    }

    int run(CliContext& context) override
    {
        const AuditLog audit(*context.database(), context.clock());
        if (const Status allowed = Authorizer(audit).require(context.actor, Permission::ReadAudit); !allowed)
            return context.fail(allowed.error());
        return runOn(context, audit);
    }

    virtual int runOn(CliContext& context, const AuditLog& audit) = 0;

    AuditFilter m_filter;
    qint64 m_limitValue = std::numeric_limits<qint64>::max();
    QString m_csvPath;

private:
    QCommandLineOption m_client {u"client"_s, tr("Only events about this client id."), u"ID"_s};
    QCommandLineOption m_operator {u"operator"_s, tr("Only events by this operator."), u"NAME"_s};
    QCommandLineOption m_action {u"action"_s, tr("Only this action (e.g. client.2fa.disable)."), u"ACTION"_s};
    QCommandLineOption m_since {u"since"_s, tr("From this UTC day (YYYY-MM-DD) or ISO date-time, inclusive."),
                                u"DATE"_s};
    QCommandLineOption m_until {u"until"_s, tr("Up to this UTC day (inclusive) or ISO date-time (exclusive)."),
                                u"DATE"_s};
    QCommandLineOption m_limit {u"limit"_s, tr("At most N events (list)."), u"N"_s};
    QCommandLineOption m_csv {u"csv"_s, tr("Export to this CSV file ('-' for standard output)."), u"FILE"_s};
};

class AuditList final : public AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditList)

    int runOn(CliContext& context, const AuditLog& audit) override
    {
        // Keyset pages of a few thousand, so a long log streams out instead of sitting in memory.
        AuditFilter page = m_filter;
        qint64 printed = 0;
        bool firstJson = true;
        if (context.json)
            context.out << "[";
        for (;;) {
            const int batch = int(std::min<qint64>(2000, m_limitValue - printed));
            if (batch <= 0)
                break;
            auto events = audit.list(page, 0, batch);
            if (!events)
                return context.fail(events.error());
            for (const AuditEvent& event : events.value()) {
                if (context.json) {
                    context.out << (firstJson ? "\n  " : ",\n  ")
                                << QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact);
                    firstJson = false;
                } else {
                    print(context.out, event);
                }
            }
            printed += events.value().size();
            if (events.value().size() < batch)
                break;
            page.beforeId = events.value().last().id;
        }
        if (context.json)
            context.out << (firstJson ? "]\n" : "\n]\n");
        context.out.flush();
        return ExitOk;
    }

    static void print(QTextStream& out, const AuditEvent& event)
    {
        out << '#' << event.id << "  " << event.at.toUTC().toString(Qt::ISODate) << "  " << event.operatorName << "  "
            << event.action;
        if (event.clientId)
            out << "  " << tr("client %1").arg(*event.clientId);
        if (!event.target.isEmpty())
            out << "  " << event.target;
        if (!event.before.isEmpty() || !event.after.isEmpty())
            out << "  " << event.before << " -> " << event.after;
        if (!event.reason.isEmpty())
            out << "  \"" << event.reason << '"';
        out << '\n';
    }
};

class AuditVerify final : public AuditCommand
{
    // The key is what the chain is checked with: a missing one is said before anything runs.
    Access access() const override { return Access::Write; }

    int runOn(CliContext& context, const AuditLog& audit) override
    {
        auto result = audit.verify();
        if (!result)
            return context.fail(result.error());
        const AuditVerification& verification = result.value();
        if (context.json) {
            context.printJson(QJsonDocument(
                QJsonObject {{u"intact"_s, verification.intact()},
                             {u"events_checked"_s, verification.eventsChecked},
                             {u"first_broken_event_id"_s,
                              verification.firstBrokenEventId ? QJsonValue(*verification.firstBrokenEventId)
                                                              : QJsonValue(QJsonValue::Null)},
                             {u"head_last_id"_s, verification.headLastId},
                             {u"log_last_id"_s, verification.logLastId},
                             {u"problem"_s, verification.problem},
                             {u"message"_s, describeVerification(verification)}}));
        } else {
            context.out << describeVerification(verification) << Qt::endl;
        }
        return verification.intact() ? ExitOk : ExitProblem;
    }
};

class AuditExport final : public AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

    int runOn(CliContext& context, const AuditLog& audit) override
    {
        const AuditCsvExporter exporter(audit);
        if (m_csvPath.isEmpty() || m_csvPath == u"-") {
            auto written = exporter.write(m_filter, context.rawOutput());
            return written ? ExitOk : context.fail(written.error());
        }
        // QSaveFile: a failed export never leaves half a file behind.
        QSaveFile file(m_csvPath);
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(ExitUsage, tr("cannot write --csv %1: %2").arg(m_csvPath, file.errorString()));
        auto written = exporter.write(m_filter, file);
        if (!written) {
            file.cancelWriting();
            return context.fail(written.error());
        }
        if (!file.commit())
            return context.fail(ExitProblem, tr("cannot write --csv %1: %2").arg(m_csvPath, file.errorString()));
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject {{u"file"_s, m_csvPath}, {u"events"_s, written.value()}}));
        else
            context.out << tr("Exported %1 events to %2").arg(written.value()).arg(m_csvPath) << Qt::endl;
        return ExitOk;
    }
};

const std::array actions {
    Action {"list", &make<AuditList>},
    Action {"verify", &make<AuditVerify>},
    Action {"export", &make<AuditExport>},
};
} // namespace

int runAuditCommand(CliContext& context, const QStringList& arguments)
{
    return Command::executeShared(
        context, arguments, AuditList(),
        [](CliContext& context, const QStringList& positional) -> std::unique_ptr<Command> {
            const QString action = positional.value(0, u"list"_s);
            if (positional.size() > 1) {
                context.fail(ExitUsage, AuditCommand::tr("unexpected argument %1").arg(positional.at(1)));
                return nullptr;
            }
            auto command = findAction(actions, action);
            if (!command)
                context.fail(ExitUsage,
                             AuditCommand::tr("unknown audit action '%1' (list, verify or export)").arg(action));
            return command;
        });
}

} // namespace backoffice::cli
