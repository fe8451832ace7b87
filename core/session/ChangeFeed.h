// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>

namespace backoffice {

class AuditLog;
class CommitWatcher;
class Database;

/// One change as the audit log recorded it: every change the product makes to a client, a provider,
/// an operator or a setting is an audit event, so the log is also the list of what changed.
struct RecordChange
{
    qint64 eventId = 0;
    QDateTime at; ///< UTC
    QString operatorName;
    QString action; ///< AuditAction
    std::optional<qint64> clientId;
    QString target; ///< e.g. "sms-provider:3", "operator:bob"
};

/// What one look at the audit log found since the last one, oldest first, and what it means for the
/// things a desk shows.
struct ChangeSet
{
    QList<RecordChange> changes;
    /// More was appended than one look reads (an import, a copy): treat everything as changed.
    bool incomplete = false;

    /// Client rows were added or changed (a disable, an approval, an import, demo data).
    bool changesClients() const;
    /// Clients were added (an import, demo data): a list must run its query again to show them.
    bool addsClients() const;
    /// The clients whose stored state changed.
    QSet<qint64> changedClients() const;
    /// The newest change of client `clientId`'s stored state, if there was one.
    std::optional<RecordChange> lastChangeOfClient(qint64 clientId) const;
    /// Four-eyes requests were filed, approved or rejected.
    bool changesDisableRequests() const;
    /// SMS providers were added, edited, enabled, disabled or removed.
    bool changesProviders() const;
    /// Operators were added or changed (roles, passwords, lockouts).
    bool changesOperators() const;
    /// The newest change that was one of `actions` (AuditAction names), if there was one.
    std::optional<RecordChange> lastOfActions(std::initializer_list<const char*> actions) const;
    /// The newest change whose target is `target` (e.g. "sms-provider:3"), if there was one.
    std::optional<RecordChange> lastChangeOfTarget(const QString& target) const;
};

/// Live refresh: tells the pages of a desk what other desks changed, within a second or two and
/// without a restart. A CommitWatcher says when another connection may have committed; the feed then
/// reads the audit events appended since the last one it saw and emits them. It reads on the
/// thread that opened the connection (the GUI thread), a few rows by index, only after a commit.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// How many events one look reads; beyond that the change set is incomplete.
    static constexpr int BatchLimit = 500;

    /// Starts after the newest event `audit` holds now.
    ChangeFeed(const Database& database, const AuditLog& audit, QObject* parent = nullptr);
    ~ChangeFeed() override;

    /// The newest event the feed has told of (or started after).
    qint64 lastSeenEventId() const { return m_lastSeen; }

public slots:
    /// Reads what was appended since the last look and emits it, if anything.
    void poll();

signals:
    void changed(const backoffice::ChangeSet& changes);

private:
    const AuditLog& m_audit;
    std::unique_ptr<CommitWatcher> m_watcher;
    qint64 m_lastSeen = 0;
};

} // namespace backoffice
