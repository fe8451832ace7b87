// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/MessageLog.h"

#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
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

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

MessageLog::MessageLog(const Database& database) : m_database(database) { }

Result<qint64> MessageLog::insertInTransaction(const SmsMessageRecord& record) const
{
    return m_database.insert(
        u"INSERT INTO sms_messages (provider_id, provider_kind, provider_name, to_number, provider_message_id, status, "
        u"error_code, error_message, purpose, operator, client_id, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {optionalId(record.providerId), Database::text(record.providerKind), Database::text(record.providerName),
         Database::text(record.to), Database::text(record.providerMessageId), smsStatusToString(record.status),
         Database::text(record.errorCode), Database::text(record.errorMessage), Database::text(record.purpose),
         Database::text(record.operatorName), optionalId(record.clientId), SqlTime::bind(record.createdAt),
         SqlTime::bind(record.updatedAt.isValid() ? record.updatedAt : record.createdAt)});
}

Status MessageLog::updateStatus(qint64 providerId, const QString& providerMessageId, SmsStatus status,
                                const QString& errorCode, const QString& errorMessage, const QDateTime& now) const
{
    auto updated
        = m_database.exec(u"UPDATE sms_messages SET status = ?, error_code = ?, error_message = ?, updated_at = ? "
                          u"WHERE provider_id = ? AND provider_message_id = ?"_s,
                          {smsStatusToString(status), Database::text(errorCode), Database::text(errorMessage),
                           SqlTime::bind(now), providerId, providerMessageId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return Error::notFound(u"message"_s, providerMessageId);
    return Ok {};
}

Result<QList<SmsMessageRecord>> MessageLog::select(const QString& where, const QVariantList& values) const
{
    const auto recordFrom = [](const QSqlQuery& row) {
        SmsMessageRecord record;
        SqlRows::readColumns(row, record.id, record.providerId, record.providerKind, record.providerName, record.to,
                             record.providerMessageId,
                             SqlRows::parsed(record.status, smsStatusFromString, SmsStatus::Failed), record.errorCode,
                             record.errorMessage, record.purpose, record.operatorName, record.clientId,
                             record.createdAt, record.updatedAt);
        return record;
    };
    return SqlRows::select(
        m_database,
        u"SELECT id, provider_id, provider_kind, provider_name, to_number, provider_message_id, status, error_code, "
        u"error_message, purpose, operator, client_id, created_at, updated_at FROM sms_messages "_s
            + where,
        values, recordFrom);
}

Result<SmsMessageRecord> MessageLog::find(qint64 id) const
{
    return SqlRows::theOne(select(u"WHERE id = ?"_s, {id}), u"message"_s, QString::number(id));
}

Result<QList<SmsMessageRecord>> MessageLog::byNumber(const QString& toE164, int limit) const
{
    return select(u"WHERE to_number = ? ORDER BY created_at DESC, id DESC LIMIT ?"_s, {toE164, limit});
}

Result<QList<SmsMessageRecord>> MessageLog::byClient(qint64 clientId, int limit) const
{
    return select(u"WHERE client_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"_s, {clientId, limit});
}

Result<QList<SmsMessageRecord>> MessageLog::nonFinal(int limit) const
{
    return select(u"WHERE status IN ('queued', 'sending', 'sent') "
                  u"OR (status = 'unknown' AND provider_message_id <> '') ORDER BY created_at DESC, id DESC LIMIT ?"_s,
                  {limit});
}

Result<qint64> MessageLog::lastId() const
{
    return m_database.integer(u"SELECT COALESCE(MAX(id), 0) FROM sms_messages"_s);
}

Result<QList<SmsFailedClient>> MessageLog::lastFailures(qint64 afterId, qint64 upToId,
                                                        const std::optional<QDateTime>& since) const
{
    const QVariant from = since ? SqlTime::bind(*since) : QVariant(u""_s);
    const auto failureFrom = [](const QSqlQuery& row) {
        SmsFailedClient client;
        QString firstName;
        QString lastName;
        SqlRows::readColumns(row, client.clientId, firstName, lastName, client.phone, client.to, client.messageId,
                             client.providerKind, client.providerName,
                             SqlRows::parsed(client.status, smsStatusFromString, SmsStatus::Failed), client.errorCode,
                             client.at);
        client.name = firstName + u' ' + lastName;
        client.errorCode = client.errorCode.trimmed();
        return client;
    };
    return SqlRows::select(m_database, lastFailedSelect, {afterId, upToId, from, afterId, upToId, from}, failureFrom);
}

} // namespace backoffice
