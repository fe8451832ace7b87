// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString selectColumns = u"SELECT id, at, operator, action, client_id, target, before_state, after_state, "
                              u"reason, details, previous_hash, hash FROM audit_events"_s;

AuditEvent eventFromQuery(const QSqlQuery& query)
{
    AuditEvent event;
    event.id = query.value(0).toLongLong();
    event.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    event.at.setTimeSpec(Qt::UTC);
    event.operatorName = query.value(2).toString();
    event.action = query.value(3).toString();
    if (!query.value(4).isNull())
        event.clientId = query.value(4).toLongLong();
    event.target = query.value(5).toString();
    event.before = query.value(6).toString();
    event.after = query.value(7).toString();
    event.reason = query.value(8).toString();
    event.details = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    event.previousHash = query.value(10).toString();
    event.hash = query.value(11).toString();
    return event;
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// WHERE clause and values for a filter; only fixed SQL fragments, the values are bound.
QString whereClause(const AuditFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (filter.clientId) {
        conditions << u"client_id = ?"_s;
        values << *filter.clientId;
    }
    if (!filter.operatorName.isEmpty()) {
        conditions << u"operator = ?"_s;
        values << filter.operatorName;
    }
    if (!filter.action.isEmpty()) {
        conditions << u"action = ?"_s;
        values << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << u"at >= ?"_s;
        values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        conditions << u"at < ?"_s;
        values << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}
} // namespace

AuditLog::AuditLog(const Database& database, const Clock& clock) : m_database(database), m_clock(clock) { }

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const QString& previousHash, const QByteArray& canonicalContent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalContent);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEvent> AuditLog::appendInTransaction(AuditEvent event) const
{
    if (!event.at.isValid())
        event.at = m_clock.nowUtc();
    event.at = event.at.toUTC();
    auto last = m_database.scalar(u"SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"_s);
    if (!last && last.error().code != Error::Code::NotFound)
        return last.error();
    event.previousHash = last ? last.value().toString() : genesisHash();
    event.hash = hashOf(event.previousHash, event.canonicalContent());

    auto inserted = m_database.exec(
        u"INSERT INTO audit_events (at, operator, action, client_id, target, before_state, after_state, reason, "
        u"details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {event.at.toString(Qt::ISODateWithMs), event.operatorName, event.action,
         event.clientId ? QVariant(*event.clientId) : QVariant(QMetaType(QMetaType::LongLong)), notNull(event.target),
         notNull(event.before), notNull(event.after), notNull(event.reason),
         event.details.isEmpty() ? notNull(QString())
                                 : QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)),
         event.previousHash, event.hash});
    if (!inserted)
        return inserted.error();
    event.id = inserted.value().lastInsertId().toLongLong();
    qCInfo(lcAudit) << "audit" << event.action << "by" << event.operatorName << "event" << event.id;
    return event;
}

Result<AuditEvent> AuditLog::append(AuditEvent event) const
{
    Result<AuditEvent> appended = Error {};
    const Status done = m_database.writeTransaction([&]() -> Status {
        appended = appendInTransaction(std::move(event));
        return appended ? Status(Ok {}) : Status(appended.error());
    });
    if (!done)
        return done.error();
    return appended;
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter, int offset, int limit) const
{
    QVariantList values;
    const QString sql = selectColumns + whereClause(filter, values) + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s;
    values << limit << offset;
    auto query = m_database.exec(sql, values);
    if (!query)
        return query.error();
    QList<AuditEvent> events;
    while (query.value().next())
        events.append(eventFromQuery(query.value()));
    return events;
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    QVariantList values;
    auto count = m_database.scalar(u"SELECT count(*) FROM audit_events"_s + whereClause(filter, values), values);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<AuditVerification> AuditLog::verify() const
{
    auto query = m_database.exec(selectColumns + u" ORDER BY id ASC"_s);
    if (!query)
        return query.error();
    AuditVerification verification;
    QString expectedPrevious = genesisHash();
    while (query.value().next()) {
        const AuditEvent event = eventFromQuery(query.value());
        ++verification.eventsChecked;
        if (event.previousHash != expectedPrevious) {
            verification.firstBrokenEventId = event.id;
            verification.problem = u"previous hash mismatch (an event before it was deleted or inserted)"_s;
            break;
        }
        if (hashOf(event.previousHash, event.canonicalContent()) != event.hash) {
            verification.firstBrokenEventId = event.id;
            verification.problem = u"hash mismatch (the event was edited)"_s;
            break;
        }
        expectedPrevious = event.hash;
    }
    return verification;
}

} // namespace backoffice
