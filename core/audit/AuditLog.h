// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

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
};

/// Outcome of walking the hash chain.
struct AuditVerification
{
    qint64 eventsChecked = 0;
    /// The first event whose stored hashes do not match the chain (edited, inserted, or the one after
    /// a deleted row); empty when the whole log is intact.
    std::optional<qint64> firstBrokenEventId;
    QString problem; ///< untranslated: "hash mismatch", "previous hash mismatch"
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

    Result<AuditVerification> verify() const;

    static QString hashOf(const QString& previousHash, const QByteArray& canonicalContent);
    static QString genesisHash();

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace backoffice
