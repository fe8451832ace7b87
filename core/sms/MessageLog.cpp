// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/MessageLog.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// A null QString binds as SQL NULL; text columns here are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QString(u""_s) : value;
}
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
QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

MessageLog::MessageLog(const Database& database) : m_database(database) { }

Result<qint64> MessageLog::insertInTransaction(const SmsMessageRecord& record) const
{
    auto inserted = m_database.exec(
        u"INSERT INTO sms_messages (provider_id, provider_kind, provider_name, to_number, provider_message_id, status, "
        u"error_code, error_message, purpose, operator, client_id, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {optionalId(record.providerId), text(record.providerKind), text(record.providerName), text(record.to),
         text(record.providerMessageId), smsStatusToString(record.status), text(record.errorCode),
         text(record.errorMessage), text(record.purpose), text(record.operatorName), optionalId(record.clientId),
         iso(record.createdAt), iso(record.updatedAt.isValid() ? record.updatedAt : record.createdAt)});
    if (!inserted)
        return inserted.error();
    return inserted.value().lastInsertId().toLongLong();
}

Status MessageLog::updateStatus(qint64 providerId, const QString& providerMessageId, SmsStatus status,
                                const QString& errorCode, const QString& errorMessage, const QDateTime& now) const
{
    auto updated = m_database.exec(
        u"UPDATE sms_messages SET status = ?, error_code = ?, error_message = ?, updated_at = ? "
        u"WHERE provider_id = ? AND provider_message_id = ?"_s,
        {smsStatusToString(status), text(errorCode), text(errorMessage), iso(now), providerId, providerMessageId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() == 0)
        return Error::notFound(u"message"_s, providerMessageId);
    return Ok {};
}

Result<QList<SmsMessageRecord>> MessageLog::select(const QString& where, const QVariantList& values) const
{
    auto query = m_database.exec(
        u"SELECT id, provider_id, provider_kind, provider_name, to_number, provider_message_id, status, error_code, "
        u"error_message, purpose, operator, client_id, created_at, updated_at FROM sms_messages "_s
            + where,
        values);
    if (!query)
        return query.error();
    QList<SmsMessageRecord> records;
    QSqlQuery& rows = query.value();
    while (rows.next()) {
        SmsMessageRecord record;
        record.id = rows.value(0).toLongLong();
        if (!rows.value(1).isNull())
            record.providerId = rows.value(1).toLongLong();
        record.providerKind = rows.value(2).toString();
        record.providerName = rows.value(3).toString();
        record.to = rows.value(4).toString();
        record.providerMessageId = rows.value(5).toString();
        record.status = smsStatusFromString(rows.value(6).toString()).value_or(SmsStatus::Failed);
        record.errorCode = rows.value(7).toString();
        record.errorMessage = rows.value(8).toString();
        record.purpose = rows.value(9).toString();
        record.operatorName = rows.value(10).toString();
        if (!rows.value(11).isNull())
            record.clientId = rows.value(11).toLongLong();
        record.createdAt = fromIso(rows.value(12));
        record.updatedAt = fromIso(rows.value(13));
        records.append(record);
    }
    return records;
}

Result<SmsMessageRecord> MessageLog::find(qint64 id) const
{
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::notFound(u"message"_s, QString::number(id));
    return found.value().first();
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

} // namespace backoffice
