// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>
#include <memory>

namespace backoffice {

class Database;

/// Tells, on the thread that opened the connection, that another connection may have committed to
/// the database: another desk, the CLI, a worker thread of this process. It says nothing about what
/// changed; ChangeFeed reads that from the audit log. Made by SqlDialect::watchCommits, one way per
/// backend: SQLite has no notifications, so its data_version is polled (a header read, no I/O
/// beyond the shared memory of WAL); PostgreSQL listens for the notification every insert into the
/// audit log sends (migration 012), and polls slowly as well in case a notification was lost with
/// its connection.
class CommitWatcher : public QObject
{
    Q_OBJECT

public:
    /// How often SQLite's data_version is read.
    static constexpr std::chrono::milliseconds SqlitePollInterval {400};
    /// How often PostgreSQL is asked besides its notifications.
    static constexpr std::chrono::milliseconds NotificationSafetyInterval {5000};
    /// The notification channel the audit log's trigger signals (resources/migrations/postgresql/012).
    static constexpr auto PostgreSqlChannel = "backoffice_audit_appended";

    static std::unique_ptr<CommitWatcher> pollingDataVersion(const Database& database);
    static std::unique_ptr<CommitWatcher> listeningForNotifications(const Database& database);

signals:
    /// Something may have been committed since the last time (or since the watcher was made).
    void committed();

protected:
    CommitWatcher() = default;
};

} // namespace backoffice
