// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteDialect.h"

#include "core/storage/CommitWatcher.h"
#include "core/storage/SqliteClientBulkLoad.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// An FTS5 string literal: the term in double quotes, inner quotes doubled, so user text is never
/// read as query syntax.
QString ftsPhrase(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

class SqliteDialect final : public SqlDialect
{
public:
    SqliteDialect()
        : SqlDialect({
            .driverName = u"QSQLITE"_s,
            .migrationsFolder = u":/migrations/sqlite"_s,
            // WAL lets the GUI read while the CLI writes; the short busy timeout is one slice of the
            // wait for another writer (Database::writeTransaction waits up to lockWait() and says
            // so); foreign keys are off by default in SQLite.
            .connectionSetup = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 250"_s,
                                // Searching a million clients looks rows up all over the file:
                                // memory-mapped reads and a 64 MB page cache (instead of 2 MB) keep a
                                // search's first page fast.
                                u"PRAGMA mmap_size = 1073741824"_s, u"PRAGMA cache_size = -65536"_s},
            .beginWriteTransaction = {u"BEGIN IMMEDIATE"_s},
            // Deferred: the snapshot is taken by the first read and, in WAL mode, kept to the end.
            .beginReadSnapshot = u"BEGIN"_s,
            .returningId = {}, // lastInsertId() has it
            // SQLite's integers are 64-bit, and INTEGER PRIMARY KEY is the rowid.
            .bigIntegerType = u"INTEGER"_s,
            .caseInsensitive = u"%1 COLLATE NOCASE"_s,
            .equalsIgnoringCase = u"%1 = ? COLLATE NOCASE"_s,
            .likeIgnoringCase = u"%1 LIKE ? ESCAPE '\\'"_s, // SQLite's LIKE ignores case already
            .withoutIndex = u"+%1"_s, // the unary plus hides the column from SQLite's planner
        })
    {
    }

    Status configure(QSqlDatabase& db, const DatabaseLocation& location) const override
    {
        const QFileInfo file(location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Error::storage(u"cannot create the folder %1"_s.arg(file.absolutePath()));
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=250"_s);
        return Ok {};
    }

    bool isLockContention(const QSqlError& error) const override
    {
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6).
        return error.nativeErrorCode() == u"5"_s || error.nativeErrorCode() == u"6"_s;
    }

    bool isUniqueViolation(const QSqlError& error) const override
    {
        return error.text().contains(u"UNIQUE"_s, Qt::CaseInsensitive);
    }

    std::unique_ptr<CommitWatcher> watchCommits(const Database& database) const override
    {
        return CommitWatcher::pollingDataVersion(database);
    }
    qint64 insertedId(QSqlQuery& query) const override { return query.lastInsertId().toLongLong(); }

    ClientTextSearch clientsContainingAll(const QStringList& terms) const override
    {
        QStringList phrases;
        for (const QString& term : terms)
            phrases << ftsPhrase(term);
        ClientTextSearch search;
        // The search index first, each match looked up by primary key: FTS5 yields rowids in order
        // and stops at the LIMIT, where `id IN (...)` would collect every match first. Ordering by
        // its rowid (the client id) lets it deliver rows already sorted.
        search.from = u" FROM clients_search s CROSS JOIN clients c ON c.id = s.rowid"_s;
        search.condition = u"clients_search MATCH ?"_s;
        search.values = {phrases.join(u" AND "_s)};
        search.orderKey = u"s.rowid"_s;
        // The index alone has the answer (its triggers keep it in step with `clients`), without
        // looking up each match in the table.
        search.countUpToLimit
            = u"SELECT count(*) FROM (SELECT 1 FROM clients_search WHERE clients_search MATCH ? LIMIT ?)"_s;
        return search;
    }

    ClientTextSearch clientsWithPhoneContaining(const QString& digits) const override
    {
        ClientTextSearch search;
        search.condition = u"c.id IN (SELECT rowid FROM clients_search WHERE clients_search MATCH ?)"_s;
        search.values = {u"phone : "_s + ftsPhrase(digits)};
        return search;
    }

    std::unique_ptr<ClientBulkLoad> clientBulkLoad(const Database& database) const override
    {
        return std::make_unique<SqliteClientBulkLoad>(database);
    }
};
} // namespace

std::unique_ptr<const SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace backoffice
