// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlRecord>

#include <algorithm>

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
    if (filter.beforeId) {
        conditions << u"id < ?"_s;
        values << *filter.beforeId;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

const QString headKey = u"audit_head"_s;

/// The chain's head as recorded by the last append: "id:hash", or nothing before the first append.
struct Head
{
    qint64 id = 0;
    QString hash;
};

Result<std::optional<Head>> readHead(const Database& database)
{
    auto value = database.scalar(u"SELECT value FROM database_info WHERE key = ?"_s, {headKey});
    if (!value) {
        if (value.error().code == Error::Code::NotFound)
            return std::optional<Head> {};
        return value.error();
    }
    const QStringList parts = value.value().toString().split(u':');
    bool numeric = false;
    Head head;
    if (parts.size() == 2)
        head.id = parts.at(0).toLongLong(&numeric);
    if (!numeric)
        return Error {Error::Code::Internal, headKey, u"malformed audit head"_s};
    head.hash = parts.at(1);
    return std::optional<Head>(head);
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
    // The previous hash comes from the recorded head, not from the last row: if the newest rows were
    // deleted, the next event then still points at the deleted one and verify() finds the gap.
    auto head = readHead(m_database);
    if (!head)
        return head.error();
    auto last = m_database.exec(u"SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    qint64 lastId = 0;
    QString lastHash = genesisHash();
    if (last.value().next()) {
        lastId = last.value().value(0).toLongLong();
        lastHash = last.value().value(1).toString();
    }
    event.previousHash = head.value() ? head.value()->hash : lastHash;
    // Ids are never reused, even after rows were deleted, so a gap stays visible.
    event.id = std::max(lastId, head.value() ? head.value()->id : 0) + 1;
    event.hash = hashOf(event.previousHash, event.canonicalContent());

    auto inserted = m_database.exec(
        u"INSERT INTO audit_events (id, at, operator, action, client_id, target, before_state, after_state, reason, "
        u"details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {event.id, event.at.toString(Qt::ISODateWithMs), Database::text(event.operatorName),
         Database::text(event.action),
         event.clientId ? QVariant(*event.clientId) : QVariant(QMetaType(QMetaType::LongLong)),
         Database::text(event.target), Database::text(event.before), Database::text(event.after),
         Database::text(event.reason),
         Database::text(event.details.isEmpty()
                            ? QString()
                            : QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact))),
         event.previousHash, event.hash});
    if (!inserted)
        return inserted.error();
    auto recorded = m_database.exec(u"INSERT INTO database_info (key, value) VALUES (?, ?) "
                                    u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                    {headKey, u"%1:%2"_s.arg(event.id).arg(event.hash)});
    if (!recorded)
        return recorded.error();
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

Result<QStringList> AuditLog::actions() const
{
    auto query = m_database.exec(u"SELECT DISTINCT action FROM audit_events ORDER BY action"_s);
    if (!query)
        return query.error();
    QStringList actions;
    while (query.value().next())
        actions << query.value().value(0).toString();
    return actions;
}

Result<AuditVerification> AuditLog::verify(const std::function<bool(qint64 checked)>& progress) const
{
    // One read transaction: the walk and the head come from the same snapshot, so an append made
    // meanwhile by another process is not mistaken for tampering.
    QSqlDatabase connection = m_database.connection();
    const bool snapshot = connection.transaction();
    const auto finish = qScopeGuard([&] {
        if (snapshot)
            connection.rollback();
    });

    auto head = readHead(m_database);
    if (!head)
        return head.error();
    auto query = m_database.exec(selectColumns + u" ORDER BY id ASC"_s);
    if (!query)
        return query.error();
    AuditVerification verification;
    QString expectedPrevious = genesisHash();
    qint64 lastId = 0;
    while (query.value().next()) {
        const AuditEvent event = eventFromQuery(query.value());
        ++verification.eventsChecked;
        if (event.previousHash != expectedPrevious) {
            verification.firstBrokenEventId = event.id;
            verification.kind = AuditVerification::Break::Reordered;
            verification.problem = u"previous hash mismatch (an event before it was deleted or inserted)"_s;
            return verification;
        }
        if (hashOf(event.previousHash, event.canonicalContent()) != event.hash) {
            verification.firstBrokenEventId = event.id;
            verification.kind = AuditVerification::Break::Edited;
            verification.problem = u"hash mismatch (the event was edited)"_s;
            return verification;
        }
        expectedPrevious = event.hash;
        lastId = event.id;
        if (progress && verification.eventsChecked % 2000 == 0 && !progress(verification.eventsChecked))
            return Error {Error::Code::Cancelled, {}, {}};
    }
    if (head.value() && (head.value()->id != lastId || head.value()->hash != expectedPrevious)) {
        if (lastId < head.value()->id) {
            verification.firstBrokenEventId = lastId + 1;
            verification.kind = AuditVerification::Break::Truncated;
            verification.problem
                = u"the log ends at event %1 but event %2 was recorded: the newest events were deleted"_s.arg(lastId)
                      .arg(head.value()->id);
        } else {
            verification.firstBrokenEventId = lastId == head.value()->id ? lastId : head.value()->id + 1;
            verification.kind = AuditVerification::Break::Reordered;
            verification.problem = u"the log does not end with the recorded head (an event was inserted or replaced)"_s;
        }
    }
    return verification;
}

} // namespace backoffice
