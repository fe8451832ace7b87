// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli audit list|verify|export: read, check and export the audit log.
#include "app/cli/Commands.h"

#include "core/audit/AuditCsvExporter.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerificationText.h"
#include "core/operators/Authorizer.h"

#include <QCommandLineParser>
#include <QFile>
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

struct FilterOptions
{
    QCommandLineOption client {u"client"_s, u"Only events about this client id."_s, u"ID"_s};
    QCommandLineOption operatorName {u"operator"_s, u"Only events by this operator."_s, u"NAME"_s};
    QCommandLineOption action {u"action"_s, u"Only this action (e.g. client.2fa.disable)."_s, u"ACTION"_s};
    QCommandLineOption since {u"since"_s, u"From this UTC day (YYYY-MM-DD) or ISO date-time, inclusive."_s, u"DATE"_s};
    QCommandLineOption until {u"until"_s, u"Up to this UTC day (inclusive) or ISO date-time (exclusive)."_s, u"DATE"_s};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({client, operatorName, action, since, until}); }

    /// The filter, or an exit status after printing which option is wrong.
    std::optional<AuditFilter> read(CliContext& context, const QCommandLineParser& parser) const
    {
        AuditFilter filter;
        if (parser.isSet(client)) {
            bool numeric = false;
            const qint64 id = parser.value(client).toLongLong(&numeric);
            if (!numeric || id <= 0) {
                context.fail(ExitUsage, u"invalid --client %1: not a client id"_s.arg(parser.value(client)));
                return std::nullopt;
            }
            filter.clientId = id;
        }
        filter.operatorName = parser.value(operatorName);
        filter.action = parser.value(action);
        for (const auto& [option, endOfDay] : {std::pair {&since, false}, std::pair {&until, true}}) {
            if (!parser.isSet(*option))
                continue;
            const auto at = parseTime(parser.value(*option), endOfDay);
            if (!at) {
                context.fail(ExitUsage,
                             u"invalid --%1 %2: use YYYY-MM-DD or an ISO 8601 date-time"_s.arg(option->names().first(),
                                                                                               parser.value(*option)));
                return std::nullopt;
            }
            (endOfDay ? filter.to : filter.from) = *at;
        }
        return filter;
    }
};

int list(CliContext& context, const AuditLog& audit, const AuditFilter& filter, qint64 limit)
{
    // Keyset pages of a few thousand, so a long log streams out instead of sitting in memory.
    AuditFilter page = filter;
    qint64 printed = 0;
    bool firstJson = true;
    if (context.json)
        context.out << "[";
    for (;;) {
        const int batch = int(std::min<qint64>(2000, limit - printed));
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
                context.out << '#' << event.id << "  " << event.at.toUTC().toString(Qt::ISODate) << "  "
                            << event.operatorName << "  " << event.action;
                if (event.clientId)
                    context.out << "  client " << *event.clientId;
                if (!event.target.isEmpty())
                    context.out << "  " << event.target;
                if (!event.before.isEmpty() || !event.after.isEmpty())
                    context.out << "  " << event.before << " -> " << event.after;
                if (!event.reason.isEmpty())
                    context.out << "  \"" << event.reason << '"';
                context.out << '\n';
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

int verify(CliContext& context, const AuditLog& audit)
{
    auto result = audit.verify();
    if (!result)
        return context.fail(result.error());
    const AuditVerification& verification = result.value();
    if (context.json) {
        context.printJson(
            QJsonDocument(QJsonObject {{u"intact"_s, verification.intact()},
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

int exportCsv(CliContext& context, const AuditLog& audit, const AuditFilter& filter, const QString& path)
{
    const AuditCsvExporter exporter(audit);
    if (path.isEmpty() || path == u"-") {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(ExitProblem, u"cannot write to standard output"_s);
        auto written = exporter.write(filter, out);
        return written ? ExitOk : context.fail(written.error());
    }
    // QSaveFile: a failed export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(ExitUsage, u"cannot write --csv %1: %2"_s.arg(path, file.errorString()));
    auto written = exporter.write(filter, file);
    if (!written) {
        file.cancelWriting();
        return context.fail(written.error());
    }
    if (!file.commit())
        return context.fail(ExitProblem, u"cannot write --csv %1: %2"_s.arg(path, file.errorString()));
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject {{u"file"_s, path}, {u"events"_s, written.value()}}));
    else
        context.out << "Exported " << written.value() << " events to " << path << Qt::endl;
    return ExitOk;
}
} // namespace

int runAuditCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The audit log.\n\n"
        u"  audit list [filters] [--limit N] [--json]   newest first; JSON: an array of events\n"
        u"  audit verify [--json]                       exit 0 when the hash chain is intact, 1 at the first broken "
        u"event\n"
        u"  audit export [filters] [--csv FILE|-]       CSV to FILE or standard output"_s);
    parser.addPositionalArgument(u"action"_s, u"list, verify or export"_s);
    const FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption limitOption(u"limit"_s, u"At most N events (list)."_s, u"N"_s);
    const QCommandLineOption csvOption(u"csv"_s, u"Export to this CSV file ('-' for standard output)."_s, u"FILE"_s);
    parser.addOption(limitOption);
    parser.addOption(csvOption);
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"list"_s);
    if (positional.size() > 1)
        return context.fail(ExitUsage, u"unexpected argument %1"_s.arg(positional.at(1)));
    if (action != u"list" && action != u"verify" && action != u"export")
        return context.fail(ExitUsage, u"unknown audit action '%1' (list, verify or export)"_s.arg(action));

    const auto filter = filters.read(context, parser);
    if (!filter)
        return ExitUsage;
    qint64 limit = std::numeric_limits<qint64>::max();
    if (parser.isSet(limitOption)) {
        bool numeric = false;
        limit = parser.value(limitOption).toLongLong(&numeric);
        if (!numeric || limit <= 0)
            return context.fail(ExitUsage, u"invalid --limit %1: a positive number"_s.arg(parser.value(limitOption)));
    }

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    const AuditLog audit(*database, context.clock());
    if (const Status allowed = Authorizer(audit).require(context.actor, Permission::ReadAudit); !allowed)
        return context.fail(allowed.error());

    if (action == u"verify")
        return verify(context, audit);
    if (action == u"export")
        return exportCsv(context, audit, *filter, parser.value(csvOption));
    return list(context, audit, *filter, limit);
}

} // namespace backoffice::cli
