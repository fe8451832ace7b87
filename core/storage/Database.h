// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <functional>
#include <memory>

namespace backoffice {

/// One named Qt Sql connection to the Back Office database, migrated to the current schema.
/// A connection belongs to the thread that opened it: a worker thread opens its own Database.
class Database
{
public:
    /// Opens (creating a SQLite file and its folder if needed) and migrates. A database made by a
    /// newer version is refused with Error::Code::SchemaTooNew before anything is written to it. A
    /// server that cannot be reached is Network "database-unreachable", a certificate that is not
    /// trusted Network "database-certificate" (no TLS at all: "database-tls"), a wrong or missing
    /// password InvalidInput "database-password" (SqlDialect::connectionFailure).
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseLocation& location() const { return m_location; }
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;

    /// Prepares, binds positionally and executes. Errors carry the driver's message; a row a unique
    /// constraint refused is a Storage error with field "unique" (isUniqueViolation).
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    /// Executes an INSERT into a table whose key is `id` and returns the new row's id.
    Result<qint64> insert(const QString& sql, const QVariantList& values = {}) const;
    /// The first column of the first row, or NotFound.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {}) const;
    /// The first column of the first row as a whole number (a count, an id), or NotFound.
    Result<qint64> integer(const QString& sql, const QVariantList& values = {}) const;
    /// Executes a statement whose rows and counts do not matter (a write inside a transaction).
    Status run(const QString& sql, const QVariantList& values = {}) const;

    /// Runs `work` in a write transaction: committed when it returns ok, rolled back otherwise (and
    /// when the commit fails). Not re-entrant: services call each other's *InTransaction variants.
    /// While another connection holds the write lock it waits, up to lockWait(), telling the busy
    /// observer; then Error::Code::Busy.
    Status writeTransaction(const std::function<Status()>& work) const;

    /// How long a write waits for another program's write lock (60 s unless set).
    static std::chrono::milliseconds lockWait();
    static void setLockWait(std::chrono::milliseconds wait);
    /// Told true once a write has waited for the lock for a moment, and false when it stops
    /// waiting, so the CLI can say what it waits for and the GUI can show it is busy. Called on the
    /// waiting thread; one observer for the process.
    using BusyObserver = std::function<void(bool waiting)>;
    static void setBusyObserver(BusyObserver observer);

    /// Starts a read-only transaction whose statements all see one snapshot (false when the driver
    /// refused; the reads then go on without one). End it with endReadSnapshot().
    bool beginReadSnapshot() const;
    void endReadSnapshot() const;

    static bool isUniqueViolation(const Error& error)
    {
        return error.code == Error::Code::Storage && error.field == u"unique";
    }

    /// Qt Sql binds a null QString as SQL NULL; columns that are NOT NULL DEFAULT '' want '' instead.
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    int schemaVersion() const;
    /// The schema version the database had before open() migrated it (0 for a new database).
    int schemaVersionAtOpen() const { return m_schemaVersionAtOpen; }
    /// A random identifier made when the database was created; scopes its keychain entries.
    QString databaseId() const;

private:
    Database(DatabaseLocation location, QString connectionName);

    Status beginWriteTransaction(QSqlDatabase& db) const;

    DatabaseLocation m_location;
    std::unique_ptr<const SqlDialect> m_dialect;
    QString m_connectionName;
    mutable QString m_databaseId; ///< read once: it never changes
    int m_schemaVersionAtOpen = 0;
};

} // namespace backoffice
