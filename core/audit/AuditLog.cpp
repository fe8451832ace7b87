// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/audit/AuditKeyRing.h"
#include "core/common/Logging.h"
#include "core/operators/OperatorRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

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

AuditEvent eventFromQuery(const QSqlQuery& row)
{
    AuditEvent event;
    QString details;
    SqlRows::readColumns(row, event.id, event.at, event.operatorName, event.action, event.clientId, event.target,
                         event.before, event.after, event.reason, details, event.previousHash, event.hash);
    event.details = QJsonDocument::fromJson(details.toUtf8()).object();
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
        values << SqlTime::bind(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << u"at < ?"_s;
        values << SqlTime::bind(filter.to);
    }
    if (filter.beforeId) {
        conditions << u"id < ?"_s;
        values << *filter.beforeId;
    }
    if (filter.afterId) {
        conditions << u"id > ?"_s;
        values << *filter.afterId;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

/// Before keyed chains the head was "id:hash" in database_info; only startKeyedChain reads it.
const QString legacyHeadKey = u"audit_head"_s;

struct LegacyHead
{
    qint64 id = 0;
    QString hash;
};

std::optional<LegacyHead> readLegacyHead(const Database& database)
{
    auto value = DatabaseInfo(database).value(legacyHeadKey);
    if (!value)
        return std::nullopt;
    const QStringList parts = value.value().split(u':');
    bool numeric = false;
    LegacyHead head;
    if (parts.size() == 2)
        head.id = parts.at(0).toLongLong(&numeric);
    if (!numeric)
        return std::nullopt;
    head.hash = parts.at(1);
    return head;
}

Error auditKeyMissing()
{
    return Error {Error::Code::KeyMissing, u"audit-key"_s,
                  u"the audit key of this database is not loaded (import it with 'backoffice-cli keys import')"_s};
}
} // namespace

AuditLog::AuditLog(const Database& database, const Clock& clock) : m_database(database), m_clock(clock) { }

Result<std::optional<AuditHead>> AuditLog::readHead() const
{
    return SqlRows::selectFirst(m_database,
                                u"SELECT last_id, last_hash, event_count, keyed_from, recreated_at, mac "
                                u"FROM audit_head WHERE singleton = 1"_s,
                                {}, [](const QSqlQuery& row) {
                                    AuditHead head;
                                    SqlRows::readColumns(row, head.lastId, head.lastHash, head.eventCount,
                                                         head.keyedFrom, head.recreatedAt, head.mac);
                                    return head;
                                });
}

Status AuditLog::writeHead(const QByteArray& key, const QString& databaseId, AuditHead head) const
{
    head.mac = AuditChain::headMac(key, databaseId, head);
    const QString upsert = m_database.dialect().upsert(
        u"audit_head"_s, {u"singleton"_s},
        {u"last_id"_s, u"last_hash"_s, u"event_count"_s, u"keyed_from"_s, u"recreated_at"_s, u"mac"_s});
    return m_database.run(upsert,
                          {1, head.lastId, head.lastHash, head.eventCount, head.keyedFrom, head.recreatedAt, head.mac});
}

Result<AuditLog::Tail> AuditLog::tail() const
{
    auto query = m_database.exec(u"SELECT (SELECT id FROM audit_events ORDER BY id DESC LIMIT 1), "
                                 u"(SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), "
                                 u"(SELECT count(*) FROM audit_events)"_s);
    if (!query)
        return query.error();
    Tail tail;
    tail.lastHash = AuditChain::genesisHash();
    if (query.value().next() && !query.value().value(0).isNull()) {
        tail.lastId = query.value().value(0).toLongLong();
        tail.lastHash = query.value().value(1).toString();
        tail.count = query.value().value(2).toLongLong();
    }
    return tail;
}

bool AuditLog::hasOperators() const
{
    auto count = OperatorRepository(m_database).count();
    return !count || count.value() > 0; // unreadable counts as "yes": never assume a log may be empty
}

Result<AuditHead> AuditLog::headToAppendAfter(const QByteArray& key, const QString& databaseId) const
{
    auto stored = readHead();
    if (!stored)
        return stored.error();
    const std::optional<AuditHead>& head = stored.value();
    if (head && AuditChain::sameMac(head->mac, AuditChain::headMac(key, databaseId, *head)))
        return *head;
    auto last = tail();
    if (!last)
        return last.error();
    AuditHead rebuilt;
    rebuilt.lastHash = last.value().lastHash;
    if (!head && last.value().count == 0 && !hasOperators())
        return rebuilt; // a new database: the chain starts here
    // Ids are never reused, so a gap left by deleted events stays visible.
    rebuilt.lastId = std::max(last.value().lastId, head ? head->lastId : 0);
    rebuilt.eventCount = last.value().count;
    rebuilt.keyedFrom = head ? head->keyedFrom : 1;
    rebuilt.recreatedAt = rebuilt.lastId + 1;
    qCWarning(lcAudit) << "the audit head is" << (head ? "forged" : "missing") << "; rebuilt and marked at event"
                       << rebuilt.recreatedAt;
    return rebuilt;
}

Result<AuditEvent> AuditLog::appendInTransaction(AuditEvent event) const
{
    const QString databaseId = m_database.databaseId();
    const std::optional<QByteArray> key = AuditKeyRing::find(databaseId);
    if (!key)
        return auditKeyMissing();
    if (!event.at.isValid())
        event.at = m_clock.nowUtc();
    event.at = event.at.toUTC();
    // The chain continues from the head, not from the last row: if the newest rows were deleted, the
    // next event still points at the deleted one and verify() finds the gap.
    auto found = headToAppendAfter(*key, databaseId);
    if (!found)
        return found.error();
    AuditHead head = found.value();
    event.previousHash = head.lastHash;
    event.id = head.lastId + 1;
    event.hash = AuditChain::eventMac(*key, event.previousHash, event.canonicalContent());

    auto inserted = m_database.exec(
        u"INSERT INTO audit_events (id, at, operator, action, client_id, target, before_state, after_state, reason, "
        u"details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {event.id, SqlTime::bind(event.at), Database::text(event.operatorName), Database::text(event.action),
         event.clientId ? QVariant(*event.clientId) : QVariant(QMetaType(QMetaType::LongLong)),
         Database::text(event.target), Database::text(event.before), Database::text(event.after),
         Database::text(event.reason),
         Database::text(event.details.isEmpty()
                            ? QString()
                            : QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact))),
         event.previousHash, event.hash});
    if (!inserted)
        return inserted.error();
    head.lastId = event.id;
    head.lastHash = event.hash;
    head.eventCount += 1;
    if (const Status recorded = writeHead(*key, databaseId, head); !recorded)
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
    return SqlRows::select(m_database, sql, values, eventFromQuery);
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    QVariantList values;
    return m_database.integer(u"SELECT count(*) FROM audit_events"_s + whereClause(filter, values), values);
}

Result<QStringList> AuditLog::actions() const
{
    return SqlRows::select(m_database, u"SELECT DISTINCT action FROM audit_events ORDER BY action"_s, {},
                           [](const QSqlQuery& row) { return row.value(0).toString(); });
}

Result<bool> AuditLog::hasHead() const
{
    auto head = readHead();
    if (!head)
        return head.error();
    return head.value().has_value();
}

Result<bool> AuditLog::fitsKey(const QByteArray& key) const
{
    auto head = readHead();
    if (!head)
        return head.error();
    if (head.value()
        && AuditChain::sameMac(head.value()->mac, AuditChain::headMac(key, m_database.databaseId(), *head.value())))
        return true;
    // The head may have been forged or removed: the newest event tells as well.
    auto newest = SqlRows::selectFirst(m_database, selectColumns + u" ORDER BY id DESC LIMIT 1"_s, {}, eventFromQuery);
    if (!newest)
        return newest.error();
    if (!newest.value())
        return !head.value();
    const AuditEvent& event = *newest.value();
    return AuditChain::sameMac(event.hash, AuditChain::eventMac(key, event.previousHash, event.canonicalContent()));
}

Result<bool> AuditLog::startKeyedChain(const QString& operatorName) const
{
    const QString databaseId = m_database.databaseId();
    const std::optional<QByteArray> key = AuditKeyRing::find(databaseId);
    if (!key)
        return auditKeyMissing();
    bool claimed = false;
    const Status done = m_database.writeTransaction([&]() -> Status {
        auto existing = readHead();
        if (!existing)
            return existing.error();
        if (existing.value())
            return Ok {};
        auto last = tail();
        if (!last)
            return last.error();
        claimed = true;
        AuditHead head;
        head.lastHash = AuditChain::genesisHash();
        if (last.value().count == 0)
            return writeHead(*key, databaseId, head);
        // The old chain is kept as it is and walked by verify() like the rest; the anchoring event
        // records where it ended, so a break from before the upgrade stays on the record.
        const std::optional<LegacyHead> legacy = readLegacyHead(m_database);
        head.lastId = std::max(last.value().lastId, legacy ? legacy->id : 0);
        head.lastHash = legacy ? legacy->hash : last.value().lastHash;
        head.eventCount = last.value().count;
        head.keyedFrom = head.lastId + 1;
        if (const Status written = writeHead(*key, databaseId, head); !written)
            return written;
        AuditEvent anchor;
        anchor.operatorName = operatorName;
        anchor.action = QString::fromLatin1(AuditAction::ChainAnchored);
        anchor.details = {{u"previous_events"_s, last.value().count},
                          {u"previous_last_id"_s, head.lastId},
                          {u"previous_last_hash"_s, head.lastHash}};
        if (auto appended = appendInTransaction(anchor); !appended)
            return appended.error();
        return DatabaseInfo(m_database).removeInTransaction(legacyHeadKey);
    });
    if (!done)
        return done.error();
    return claimed;
}

Result<AuditVerification> AuditLog::verify(const std::function<bool(qint64 checked)>& progress) const
{
    // One read transaction: the walk and the head come from the same snapshot, so an append made
    // meanwhile by another process is not mistaken for tampering.
    const bool snapshot = m_database.beginReadSnapshot();
    const auto finish = qScopeGuard([&] {
        if (snapshot)
            m_database.endReadSnapshot();
    });

    auto stored = readHead();
    if (!stored)
        return stored.error();
    const std::optional<AuditHead>& head = stored.value();
    AuditVerification verification;
    if (!head) {
        // Only a log without a head can be one that never had events; with a head the walk counts.
        auto last = tail();
        if (!last)
            return last.error();
        if (last.value().count == 0) {
            if (hasOperators()) {
                verification.kind = AuditVerification::Break::HeadMissing;
                verification.problem = u"the log is empty and has no head, but operators exist: it was emptied"_s;
            }
            return verification;
        }
    }
    const QString databaseId = m_database.databaseId();
    const std::optional<QByteArray> key = AuditKeyRing::find(databaseId);
    if (!key)
        return auditKeyMissing();
    const qint64 keyedFrom = head ? head->keyedFrom : 1;

    const auto broken = [&](AuditVerification::Break kind, std::optional<qint64> eventId, const QString& problem) {
        verification.kind = kind;
        verification.firstBrokenEventId = eventId;
        verification.problem = problem;
        return verification;
    };

    auto query = m_database.exec(selectColumns + u" ORDER BY id ASC"_s);
    if (!query)
        return query.error();
    QString expectedPrevious = AuditChain::genesisHash();
    while (query.value().next()) {
        const AuditEvent event = eventFromQuery(query.value());
        ++verification.eventsChecked;
        verification.logLastId = event.id;
        if (event.previousHash != expectedPrevious)
            return broken(
                AuditVerification::Break::Reordered, event.id,
                u"event %1 does not follow the event before it: an event was deleted or inserted"_s.arg(event.id));
        const QString expected = event.id < keyedFrom
            ? AuditChain::legacyHash(event.previousHash, event.canonicalContent())
            : AuditChain::eventMac(*key, event.previousHash, event.canonicalContent());
        if (!AuditChain::sameMac(expected, event.hash))
            return broken(
                AuditVerification::Break::Edited, event.id,
                u"event %1 does not match its hash: it was edited or written without the audit key"_s.arg(event.id));
        expectedPrevious = event.hash;
        if (progress && verification.eventsChecked % 2000 == 0 && !progress(verification.eventsChecked))
            return Error {Error::Code::Cancelled, {}, {}};
    }

    if (!head)
        return broken(AuditVerification::Break::HeadMissing, verification.logLastId + 1,
                      u"the log has %1 events but no head: its head was removed"_s.arg(verification.eventsChecked));
    verification.headLastId = head->lastId;
    verification.headEventCount = head->eventCount;
    if (!AuditChain::sameMac(head->mac, AuditChain::headMac(*key, databaseId, *head)))
        return broken(AuditVerification::Break::HeadForged, std::nullopt,
                      u"the log's head does not match its MAC: it was rewritten without the audit key"_s);
    const qint64 logLastId = verification.logLastId;
    if (verification.eventsChecked == 0 && head->lastId > 0)
        return broken(
            AuditVerification::Break::Truncated, 1,
            u"the log is empty but its head says %1 events up to event %2: events were removed"_s.arg(head->eventCount)
                .arg(head->lastId));
    if (logLastId < head->lastId)
        return broken(
            AuditVerification::Break::Truncated, logLastId + 1,
            u"the log ends at event %1 but its head says %2: events were removed"_s.arg(logLastId).arg(head->lastId));
    if (logLastId > head->lastId)
        return broken(AuditVerification::Break::Appended, head->lastId + 1,
                      u"the log goes on to event %1 but its head says %2: events were added without the audit key"_s
                          .arg(logLastId)
                          .arg(head->lastId));
    if (expectedPrevious != head->lastHash)
        return broken(AuditVerification::Break::Replaced, logLastId,
                      u"event %1 is not the event its head names: it was replaced"_s.arg(logLastId));
    if (verification.eventsChecked != head->eventCount)
        return broken(AuditVerification::Break::CountMismatch, std::nullopt,
                      u"the log has %1 events but its head counts %2: events were %3"_s.arg(verification.eventsChecked)
                          .arg(head->eventCount)
                          .arg(verification.eventsChecked < head->eventCount ? u"removed"_s : u"inserted"_s));
    if (head->recreatedAt > 0)
        return broken(AuditVerification::Break::HeadRecreated, head->recreatedAt,
                      u"the log's head was missing or forged when event %1 was written: events before it may have "
                      u"been removed"_s.arg(head->recreatedAt));
    return verification;
}

} // namespace backoffice
