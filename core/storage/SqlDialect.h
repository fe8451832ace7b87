// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseLocation.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <limits>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace backoffice {

class CommitWatcher;
class Database;

/// A substring search over clients as a backend runs it: the part of a client query the search
/// index decides. Every value is bound, never spliced into the SQL.
struct ClientTextSearch
{
    QString from; ///< the FROM clause when the index drives the query (client rows as `c`); empty: clients c
    QString condition; ///< ANDed with the query's other conditions
    QVariantList values; ///< bound to the condition's placeholders, in order
    QString orderKey = QStringLiteral("c.id"); ///< the last key of the total order (the index's own when it drives)
    /// `SELECT count(*)` of the matches up to a bound LIMIT, from the index alone: for a query with no
    /// other condition. Empty when the backend has no such shortcut.
    QString countUpToLimit;
    /// The search table's copy of the client's 2FA method (it follows `from`), when it has one: a method
    /// filter is then decided there, without reading each candidate's client row.
    QString methodColumn;
    /// As countUpToLimit, for a query whose only other condition is the method: the method bound after
    /// the condition's values, then the LIMIT. Empty when the backend has no such shortcut.
    QString countWithMethodUpToLimit;
};

/// What a backend does to load many clients at once (see ClientRepository::BulkWriter): suspend
/// indexes that are cheaper to build once at the end than to update row by row.
class ClientBulkLoad
{
public:
    virtual ~ClientBulkLoad() = default;
    /// From how many rows on suspending the indexes pays; the largest qint64 when it never does.
    virtual Result<qint64> threshold() const = 0;
    /// Drops what rebuildIndexes() builds again, inside the caller's write transaction.
    virtual Status suspendIndexes() = 0;
    /// Inserts one client while the indexes are suspended: `sql` (an INSERT of the clients' columns
    /// with positional parameters, as the bulk writer prepares it) with `values` bound in order. The new
    /// row's id, or 0 when it inserted nothing (its id was taken). Each `sql` is prepared once.
    virtual Result<qint64> insertSuspended(const QString& sql, const QVariantList& values) = 0;
    /// Builds what suspendIndexes() dropped, covering the clients inserted since. Before the commit.
    virtual Status rebuildIndexes() = 0;
};

/// Every piece of SQL that differs between SQLite and PostgreSQL lives behind this interface, one
/// implementation per backend (SqliteDialect.cpp, PostgreSqlDialect.cpp): a repository asks it for the
/// piece and never knows which database it talks to. A new backend, or a new way of searching, is a
/// new implementation, not a condition in the repositories. What differs only in its words is data
/// (Words); what differs in behaviour is a virtual function.
class SqlDialect
{
public:
    /// Search terms shorter than this cannot use a trigram index (FTS5 trigram, pg_trgm).
    static constexpr int TrigramLength = 3;

    static std::unique_ptr<const SqlDialect> forKind(DatabaseLocation::Kind kind);
    virtual ~SqlDialect() = default;
    SqlDialect(const SqlDialect&) = delete;
    SqlDialect& operator=(const SqlDialect&) = delete;

    // The connection.

    /// Qt Sql driver name.
    QString driverName() const { return m_words.driverName; }
    /// Points `db` at `location` (creating a SQLite file's folder) before it is opened.
    virtual Status configure(QSqlDatabase& db, const DatabaseLocation& location) const = 0;
    /// Folder of the numbered migration scripts in the resources.
    QString migrationsFolder() const { return m_words.migrationsFolder; }
    /// Statements run on every new connection (pragmas).
    QStringList connectionSetup() const { return m_words.connectionSetup; }
    /// The statements, run in order, that start a write transaction holding the write lock from the
    /// start, so a read-then-write (the audit chain, row-version checks) cannot be interleaved with
    /// another process. A statement failing with isLockContention() means: roll back and try again.
    QStringList beginWriteTransaction() const { return m_words.beginWriteTransaction; }
    /// Starts a read-only transaction whose statements all see the same snapshot.
    QString beginReadSnapshot() const { return m_words.beginReadSnapshot; }
    /// Starts telling when another connection may have committed to `database` (opened on this
    /// thread), for the live refresh of what a desk shows.
    virtual std::unique_ptr<CommitWatcher> watchCommits(const Database& database) const = 0;
    /// Another connection holds the lock `error` failed on: worth waiting and trying again.
    virtual bool isLockContention(const QSqlError& error) const = 0;
    /// A unique constraint refused the row.
    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    /// What a failed open() means, when the driver's answer says (the server cannot be reached, the
    /// password is wrong, the server's certificate is not trusted); nothing for anything else.
    virtual std::optional<Error> connectionFailure(const QSqlError& error) const
    {
        Q_UNUSED(error);
        return std::nullopt;
    }

    // Pieces of statements.

    /// `INSERT INTO table (keys..., values...) VALUES (?, ...)` that replaces the values of the row
    /// with the same keys, if there is one. Bind the keys first, then the values.
    virtual QString upsert(const QString& table, const QStringList& keyColumns, const QStringList& valueColumns) const;
    /// `INSERT INTO table (columns...) VALUES (?, ...)` that inserts nothing when a row with the same
    /// `conflictColumns` exists (numRowsAffected() tells which).
    virtual QString insertUnlessExists(const QString& table, const QStringList& columns,
                                       const QStringList& conflictColumns) const;
    /// Statements to run after rows were inserted into `table` with their `id` given (a copy, an
    /// import), so the ids the database makes next come after them.
    virtual QStringList afterExplicitIds(const QString& table) const
    {
        Q_UNUSED(table);
        return {};
    }
    /// What an INSERT ends with so insertedId() can read the new row's `id`.
    QString returningId() const { return m_words.returningId; }
    /// The id of the row an executed `INSERT ... returningId()` made.
    virtual qint64 insertedId(QSqlQuery& query) const = 0;
    /// The column type of 64-bit integer keys in temporary tables.
    QString bigIntegerType() const { return m_words.bigIntegerType; }
    /// `expression` in the case-insensitive order (and equality) the indexes are built for.
    QString caseInsensitive(const QString& expression) const { return m_words.caseInsensitive.arg(expression); }
    /// `column = ?` compared without regard to case, as the unique index on it does.
    QString equalsIgnoringCase(const QString& column) const { return m_words.equalsIgnoringCase.arg(column); }
    /// `column LIKE ?` (a prefix pattern, `\` escapes) without regard to case.
    QString likeIgnoringCase(const QString& column) const { return m_words.likeIgnoringCase.arg(column); }
    /// `column`, written so the planner does not pick its index: a filter on a column with few values
    /// walks the sort order's index instead of reading a third of the table and sorting it.
    QString withoutIndex(const QString& column) const { return m_words.withoutIndex.arg(column); }

    // Clients' substring search and bulk loading.

    /// Clients whose first name, last name, e-mail or phone contain every term (each at least
    /// TrigramLength characters), in any column.
    virtual ClientTextSearch clientsContainingAll(const QStringList& terms) const = 0;
    /// Clients whose phone contains `digits` (at least TrigramLength of them).
    virtual ClientTextSearch clientsWithPhoneContaining(const QString& digits) const = 0;
    /// A bulk load of the clients table on `database`.
    virtual std::unique_ptr<ClientBulkLoad> clientBulkLoad(const Database& database) const = 0;

protected:
    /// The pieces that differ only in their words; the patterns take the column as %1.
    struct Words
    {
        QString driverName;
        QString migrationsFolder;
        QStringList connectionSetup;
        QStringList beginWriteTransaction;
        QString beginReadSnapshot;
        QString returningId;
        QString bigIntegerType;
        QString caseInsensitive;
        QString equalsIgnoringCase;
        QString likeIgnoringCase;
        QString withoutIndex;
    };
    explicit SqlDialect(Words words) : m_words(std::move(words)) { }

private:
    Words m_words;
};

} // namespace backoffice
