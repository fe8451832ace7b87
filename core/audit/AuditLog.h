// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditChain.h"
#include "core/audit/AuditEvent.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>
#include <QStringList>

#include <functional>

#include <optional>

namespace backoffice {

class Database;

/// Criteria for listing the log; empty members match everything.
struct AuditFilter
{
    std::optional<qint64> clientId;
    QString operatorName;
    QString action;
    QDateTime from; ///< inclusive, UTC
    QDateTime to; ///< exclusive, UTC
    /// Only events with a smaller id: keyset paging for long logs (list(filter) newest first, then
    /// beforeId = the last id seen), so a page costs the same at the end of the log as at the start.
    std::optional<qint64> beforeId;
    /// Only events with a larger id: what was appended since an event seen (ChangeFeed).
    std::optional<qint64> afterId;
};

/// Outcome of walking the chain and comparing its end with the MACed head.
struct AuditVerification
{
    enum class Break
    {
        None,
        Edited, ///< the event does not match its hash: edited, or rewritten without the audit key
        Reordered, ///< its previous hash is not the hash of the event before: one was deleted or inserted
        Truncated, ///< the log ends before the event its head names: the newest events were removed
        Appended, ///< the log goes on past the event its head names: events were added without the key
        Replaced, ///< the last event is not the one its head names
        CountMismatch, ///< the log has more or fewer events than its head counts
        HeadMissing, ///< the log has (or had) events but no head
        HeadForged, ///< the head's MAC does not match: it was rewritten without the audit key
        HeadRecreated, ///< the head was found missing or forged when event `recreatedAt` was written
    };

    Break kind = Break::None;
    qint64 eventsChecked = 0;
    /// The first event concerned (the edited one, the one after a gap, the first missing one); empty
    /// when the whole log is intact.
    std::optional<qint64> firstBrokenEventId;
    qint64 logLastId = 0; ///< the last event in the table
    qint64 headLastId = 0; ///< the last event the head names
    qint64 headEventCount = 0; ///< the number of events the head counts
    QString problem; ///< untranslated, for logs and JSON; AuditVerificationText says it to people

    bool intact() const { return kind == Break::None; }
};

/// The append-only audit log. Events are only ever inserted, each in the same transaction as the
/// change it records; no code path updates or deletes them.
class AuditLog
{
public:
    explicit AuditLog(const Database& database, const Clock& clock = SystemClock::instance());

    /// Appends inside the caller's write transaction (Database::writeTransaction), which must hold
    /// the write lock so the chain cannot fork. Fills in id, time (if unset) and hashes.
    Result<AuditEvent> appendInTransaction(AuditEvent event) const;
    /// Appends in a transaction of its own.
    Result<AuditEvent> append(AuditEvent event) const;

    /// Newest first.
    Result<QList<AuditEvent>> list(const AuditFilter& filter, int offset = 0, int limit = 500) const;
    Result<qint64> count(const AuditFilter& filter) const;
    /// The distinct action names in the log, sorted: what the audit page offers to filter on.
    Result<QStringList> actions() const;

    /// Walks the chain from the first event, checking every hash under the audit key, and compares
    /// its end with the MACed head written by the last append: edits, insertions, deletions,
    /// truncation, a removed or rewritten head are all detected. KeyMissing when the audit key is not
    /// installed (AuditKeyService). `progress` gets the number of events checked every few
    /// thousand; returning false cancels (Error::Code::Cancelled).
    Result<AuditVerification> verify(const std::function<bool(qint64 checked)>& progress = {}) const;

    /// Whether the log has a keyed head yet (false on a new database and on one from before keyed
    /// chains).
    Result<bool> hasHead() const;
    /// Whether `key` is this log's audit key: its head's MAC, or else its newest event's, matches (so
    /// a forged head does not make the right key look wrong). True for an empty log without a head.
    Result<bool> fitsKey(const QByteArray& key) const;
    /// Claims the chain for the installed audit key (AuditKeyRing), once per database: writes the first
    /// MACed head. A log from before keyed chains (events, no head) gets an `audit.chain.anchored`
    /// event whose MAC covers the old SHA-256 chain's last hash, so from there on the whole log is
    /// protected by the key. False when the chain already has a head (another process claimed it).
    Result<bool> startKeyedChain(const QString& operatorName) const;

private:
    struct Tail
    {
        qint64 lastId = 0;
        QString lastHash;
        qint64 count = 0;
    };
    Result<std::optional<AuditHead>> readHead() const;
    Status writeHead(const QByteArray& key, const QString& databaseId, AuditHead head) const;
    Result<Tail> tail() const;
    /// The head to append after: the stored one when its MAC holds; else rebuilt from the table and
    /// marked (recreatedAt), so verification keeps reporting that the log may have been cut short.
    Result<AuditHead> headToAppendAfter(const QByteArray& key, const QString& databaseId) const;
    /// Whether operator accounts exist: a log without events on such a database was emptied.
    bool hasOperators() const;

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace backoffice
