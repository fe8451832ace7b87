// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Result.h"

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
};

/// Outcome of walking the hash chain.
struct AuditVerification
{
    qint64 eventsChecked = 0;
    /// The first event whose stored hashes do not match the chain (edited, inserted, or the one after
    /// a deleted row); empty when the whole log is intact.
    std::optional<qint64> firstBrokenEventId;
    QString problem; ///< untranslated: "hash mismatch", "previous hash mismatch", "truncated"
    enum class Break
    {
        None,
        Edited, ///< the event's content does not match its hash
        Reordered, ///< its previous hash is not the hash of the event before: one was deleted or inserted
        Truncated, ///< the log ends before the recorded head: the last events were deleted
    };
    Break kind = Break::None;

    bool intact() const { return !firstBrokenEventId.has_value(); }
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

    /// Walks the chain from the first event and compares its end with the head recorded by the last
    /// append (so deleting the newest events is detected too). `progress` gets the number of events
    /// checked every few thousand; returning false cancels (Error::Code::Cancelled).
    Result<AuditVerification> verify(const std::function<bool(qint64 checked)>& progress = {}) const;

    static QString hashOf(const QString& previousHash, const QByteArray& canonicalContent);
    static QString genesisHash();

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace backoffice
