// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace backoffice::test {

/// A real database, migrated to the current schema, its audit chain keyed under testAuditKey(): a
/// SQLite file in a fresh temporary folder, or, when BACKOFFICE_TEST_PG is set (the pg/ tests), a
/// database of its own created on the PostgreSQL server at BACKOFFICE_PG_URL and dropped at the end.
class TestDatabase
{
public:
    enum class Use
    {
        InProcess, ///< the audit key is installed in this process only
        WithCli, ///< also stored in the keychain, where the backoffice-cli processes a test runs find it
    };
    enum class Backend
    {
        OfTheRun, ///< PostgreSQL in the pg/ run, SQLite otherwise
        Sqlite, ///< a SQLite file in either run (to compare or copy between the two)
        PostgreSql, ///< a database of its own on the server at BACKOFFICE_PG_URL in either run (benchmarks)
    };
    explicit TestDatabase(Use use = Use::InProcess, Backend backend = Backend::OfTheRun);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// The tests of this process run on PostgreSQL (BACKOFFICE_TEST_PG is set).
    static bool onPostgreSql();
    /// A new, empty database of its own on the test server (onPostgreSql() only), as a `--db` URL;
    /// dropped when the process ends.
    static QString createEmptyPostgreSqlDatabase();

    Database& db() const { return *m_database; }
    std::shared_ptr<Database> shared() const { return m_database; }
    /// What `--db` takes for this database: the SQLite file's path or the postgresql:// URL.
    QString path() const;
    const DatabaseLocation& location() const { return m_database->location(); }
    /// Everything the database stores, as bytes to search for what must never be there: the SQLite
    /// file (checkpointed), or every PostgreSQL table's rows as text.
    QByteArray contents() const;
    /// What a database's owner can do and the tests play: removes a trigger (PostgreSQL names its table).
    Status dropTrigger(const QString& trigger, const QString& table) const;
    /// A trigger that makes every insert into `table` fail with `message`, as a broken disk would.
    Status failInserts(const QString& table, const QString& message) const;
    /// A temporary folder for the test's other files (on both backends).
    QString dir() const { return m_dir.path(); }

    /// The audit key installed for every test database.
    static QByteArray testAuditKey();

    /// Inserts a client with sensible defaults for what the caller leaves empty; returns it as stored.
    Client addClient(Client client) const;

private:
    QTemporaryDir m_dir;
    QString m_url; ///< PostgreSQL only
    std::shared_ptr<Database> m_database;
};

/// A client with the given method on, valid E.164 mobile number and e-mail, ready for addClient.
/// In a test slot: skips it on PostgreSQL, saying why it holds for SQLite only.
#define BACKOFFICE_SQLITE_ONLY(why)                                                                                    \
    do {                                                                                                               \
        if (::backoffice::test::TestDatabase::onPostgreSql())                                                          \
            QSKIP("SQLite only: " why);                                                                                \
    } while (false)

/// Runs `insert` (a repository's insertInTransaction) in a write transaction of its own and returns
/// the id it gave; fails the test run (qFatal, with the reason) when the database refuses.
qint64 insertInOwnTransaction(const Database& database, const std::function<Result<qint64>()>& insert);

Client makeClient(qint64 id, const QString& firstName, const QString& lastName,
                  TwoFactorMethod method = TwoFactorMethod::None);

} // namespace backoffice::test
