// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/SmsFailureReport.h"

#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

// The failed messages of one id range, each with the client it belongs to (by id, or by number),
// kept only when no later message went to that client. Both "later" lookups use the
// (client_id, created_at) and (to_number, created_at) indexes of sms_messages.
const QString lastFailedSelect = uR"(
SELECT c.id, c.first_name, c.last_name, c.phone, m.to_number, m.id, m.provider_kind, m.provider_name, m.status,
       m.error_code, m.created_at
FROM (
    SELECT m.id AS message_id, c.id AS client_id
    FROM sms_messages m JOIN clients c ON c.id = m.client_id
    WHERE m.id > ? AND m.id <= ? AND m.status IN ('failed', 'undelivered') AND m.created_at >= ?
    UNION
    SELECT m.id, c.id
    FROM sms_messages m JOIN clients c ON c.phone = m.to_number AND c.phone <> ''
    WHERE m.id > ? AND m.id <= ? AND m.status IN ('failed', 'undelivered') AND m.created_at >= ?
) candidate
JOIN sms_messages m ON m.id = candidate.message_id
JOIN clients c ON c.id = candidate.client_id
WHERE NOT EXISTS (
        SELECT 1 FROM sms_messages later
        WHERE later.client_id = c.id
          AND (later.created_at > m.created_at OR (later.created_at = m.created_at AND later.id > m.id)))
  AND NOT EXISTS (
        SELECT 1 FROM sms_messages later
        WHERE c.phone <> '' AND later.to_number = c.phone
          AND (later.created_at > m.created_at OR (later.created_at = m.created_at AND later.id > m.id)))
)"_s;
} // namespace

int SmsFailureSummary::clientCount() const
{
    int count = 0;
    for (const SmsFailureGroup& group : groups)
        count += group.count();
    return count;
}

SmsFailureReport::SmsFailureReport(const Database& database) : m_database(database), m_audit(database) { }

DeliveryErrorExplanation SmsFailureReport::explainNoCode()
{
    return {false, QCoreApplication::translate("SmsFailureReport", "The message failed without an error code."),
            QCoreApplication::translate(
                "SmsFailureReport", "Refresh its status; if it stays failed, look it up in the provider's console.")};
}

Result<SmsFailureSummary> SmsFailureReport::compute(const Actor& actor, std::optional<QDateTime> since,
                                                    const std::function<bool()>& cancelled, const Progress& progress,
                                                    qint64 batchSize) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadClients); !allowed)
        return allowed.error();
    auto bounds = m_database.scalar(u"SELECT COALESCE(MAX(id), 0) FROM sms_messages"_s);
    if (!bounds)
        return bounds.error();
    const qint64 maxId = bounds.value().toLongLong();
    const QString from = since ? iso(*since) : u""_s;
    batchSize = std::max<qint64>(batchSize, 1);

    SmsFailureSummary summary;
    summary.since = since;
    QHash<QPair<QString, QString>, int> groupIndex;
    QSet<qint64> seenClients; // a message matched by id and by number counts its client once
    for (qint64 done = 0; done < maxId; done += batchSize) {
        if (cancelled && cancelled())
            return Error {Error::Code::Cancelled, {}, u"failure report"_s};
        if (progress)
            progress(done, maxId);
        const qint64 upTo = std::min(done + batchSize, maxId);
        auto rows = m_database.exec(lastFailedSelect, {done, upTo, from, done, upTo, from});
        if (!rows)
            return rows.error();
        QSqlQuery& query = rows.value();
        while (query.next()) {
            SmsFailedClient client;
            client.clientId = query.value(0).toLongLong();
            if (seenClients.contains(client.clientId))
                continue;
            seenClients.insert(client.clientId);
            client.name = query.value(1).toString() + u' ' + query.value(2).toString();
            client.phone = query.value(3).toString();
            client.to = query.value(4).toString();
            client.messageId = query.value(5).toLongLong();
            client.providerKind = query.value(6).toString();
            client.providerName = query.value(7).toString();
            client.status = smsStatusFromString(query.value(8).toString()).value_or(SmsStatus::Failed);
            client.errorCode = query.value(9).toString().trimmed();
            client.at = fromIso(query.value(10));
            const QPair<QString, QString> key(client.providerKind, client.errorCode);
            auto found = groupIndex.constFind(key);
            if (found == groupIndex.constEnd()) {
                SmsFailureGroup group;
                group.providerKind = client.providerKind;
                group.errorCode = client.errorCode;
                group.explanation = client.errorCode.isEmpty()
                    ? explainNoCode()
                    : DeliveryErrorCodes::explain(client.providerKind, client.errorCode);
                summary.groups.append(group);
                found = groupIndex.insert(key, int(summary.groups.size()) - 1);
            }
            summary.groups[found.value()].clients.append(client);
        }
    }
    if (progress)
        progress(maxId, maxId);

    for (SmsFailureGroup& group : summary.groups) {
        std::sort(group.clients.begin(), group.clients.end(), [](const SmsFailedClient& a, const SmsFailedClient& b) {
            return a.at != b.at ? a.at > b.at : a.clientId < b.clientId;
        });
    }
    // Largest cause first: that is the one to act on.
    std::sort(summary.groups.begin(), summary.groups.end(), [](const SmsFailureGroup& a, const SmsFailureGroup& b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        if (a.providerKind != b.providerKind)
            return a.providerKind < b.providerKind;
        return a.errorCode < b.errorCode;
    });
    return summary;
}

} // namespace backoffice
