// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgreSqlDialect.h"
#include "core/storage/CommitWatcher.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// The searched text of a client in clients_search (postgresql/014_clients_search_table.sql, whose
/// triggers keep it in step with `clients`): lower(first_name || chr(1) || last_name || chr(1) || email
/// || chr(1) || phone), trigram-indexed, the table partitioned by the 2FA method. U+0001 between the
/// columns keeps a match inside one column.
const QString searchText = u"s.search_text"_s;

/// The key of the advisory lock every write transaction holds ("BO" "WR" as a number).
constexpr qint64 writeLockKey = 0x424f5752;

/// The libpq connection options a `--db` URL may carry in its query (the rest of the URL is host,
/// port, database and user). Never a password: PGPASSWORD or ~/.pgpass give that to libpq.
const QStringList allowedOptions
    = {u"sslmode"_s, u"sslrootcert"_s,     u"sslcert"_s,          u"sslkey"_s,
       u"sslcrl"_s,  u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s};

/// A LIKE pattern matching `term` anywhere, its wildcards taken literally.
QString likeAnywhere(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

/// PostgreSQL keeps its indexes in place however many rows come.
class PostgreSqlClientBulkLoad final : public ClientBulkLoad
{
public:
    Result<qint64> threshold() const override { return std::numeric_limits<qint64>::max(); }
    Status suspendIndexes() override { return Ok {}; }
    Result<qint64> insertSuspended(const QString&, const QVariantList&) override
    {
        return Error {Error::Code::Internal, {}, u"PostgreSQL never suspends the clients' indexes"_s};
    }
    Status rebuildIndexes() override { return Ok {}; }
};

class PostgreSqlDialect final : public SqlDialect
{
public:
    PostgreSqlDialect()
        : SqlDialect({
            // Debian's libqt6sql6-psql.
            .driverName = u"QPSQL"_s,
            .migrationsFolder = u":/migrations/postgresql"_s,
            .connectionSetup = {},
            // One writer at a time for the whole team, as SQLite's BEGIN IMMEDIATE is for one file:
            // a transaction-scoped advisory lock taken first, then READ COMMITTED, so every statement
            // after the lock sees what the writer before committed. A read-then-write (the audit
            // chain's head, a row version) can then never interleave with another desk's, and no
            // transaction ever fails to serialise. The lock is waited for in short slices (55P03
            // when a slice runs out) so Database::writeTransaction can report the wait and give up.
            .beginWriteTransaction
            = {u"BEGIN ISOLATION LEVEL READ COMMITTED"_s, u"SET LOCAL lock_timeout = 250"_s,
               u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writeLockKey), u"SET LOCAL lock_timeout = 0"_s},
            .beginReadSnapshot = u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s,
            .returningId = u" RETURNING id"_s,
            .bigIntegerType = u"BIGINT"_s,
            .caseInsensitive = u"lower(%1)"_s,
            .equalsIgnoringCase = u"lower(%1) = lower(?)"_s,
            .likeIgnoringCase = u"lower(%1) LIKE lower(?) ESCAPE '\\'"_s,
            .withoutIndex = u"%1"_s,
        })
    {
    }

    Status configure(QSqlDatabase& db, const DatabaseLocation& location) const override
    {
        const QUrl& url = location.url;
        if (!url.password().isEmpty())
            return Error::invalid(u"--db"_s,
                                  u"a password does not belong in the URL (it would be shown and logged); "
                                  u"set PGPASSWORD or put it in ~/.pgpass"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
        db.setUserName(url.userName(QUrl::FullyDecoded));
        if (!location.password.isEmpty())
            db.setPassword(location.password);
        QStringList options;
        const QUrlQuery query(url);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!allowedOptions.contains(key))
                return Error::invalid(
                    u"--db"_s, u"unknown connection option %1 (known: %2)"_s.arg(key, allowedOptions.join(u", "_s)));
            // The driver joins the options with spaces into a libpq connection string: quote the value.
            if (value.contains(u';'))
                return Error::invalid(u"--db"_s, u"the value of %1 cannot contain ';'"_s.arg(key));
            QString quoted = value;
            quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
            options << key + u"='"_s + quoted + u'\'';
        }
        db.setConnectOptions(options.join(u';'));
        return Ok {};
    }

    std::optional<Error> connectionFailure(const QSqlError& error) const override
    {
        // libpq says why a connection failed only in words (no SQLSTATE before a session exists):
        // its own messages, in English unless the desk's libpq was built with another language.
        const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        const auto says = [&text](const QStringList& phrases) {
            return std::any_of(phrases.cbegin(), phrases.cend(),
                               [&text](const QString& phrase) { return text.contains(phrase, Qt::CaseInsensitive); });
        };
        const QString detail = text.simplified();
        if (says({u"password authentication failed"_s, u"no password supplied"_s, u"28P01"_s}))
            return Error::invalid(u"database-password"_s, detail);
        if (says({u"certificate verify failed"_s, u"root certificate file"_s, u"does not match host name"_s,
                  u"certificate"_s}))
            return Error {Error::Code::Network, u"database-certificate"_s, detail};
        if (says({u"server does not support SSL"_s, u"SSL"_s}))
            return Error {Error::Code::Network, u"database-tls"_s, detail};
        if (says({u"Connection refused"_s, u"could not translate host name"_s, u"timeout expired"_s,
                  u"No route to host"_s, u"Network is unreachable"_s, u"could not connect"_s,
                  u"Name or service not known"_s, u"Connection timed out"_s}))
            return Error {Error::Code::Network, u"database-unreachable"_s, detail};
        return std::nullopt;
    }

    // lock_not_available: a statement gave up waiting for a lock another session holds.
    bool isLockContention(const QSqlError& error) const override { return error.nativeErrorCode() == u"55P03"_s; }
    bool isUniqueViolation(const QSqlError& error) const override { return error.nativeErrorCode() == u"23505"_s; }
    QStringList afterExplicitIds(const QString& table) const override
    {
        // An identity column's sequence does not see ids given explicitly (SQLite's rowid does).
        return {
            u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1"_s.arg(table)};
    }
    std::unique_ptr<CommitWatcher> watchCommits(const Database& database) const override
    {
        return CommitWatcher::listeningForNotifications(database);
    }
    qint64 insertedId(QSqlQuery& query) const override { return query.next() ? query.value(0).toLongLong() : 0; }

    ClientTextSearch clientsContainingAll(const QStringList& terms) const override
    {
        ClientTextSearch search;
        QStringList conditions;
        for (const QString& term : terms) {
            conditions << searchText + u" LIKE ?"_s;
            search.values << likeAnywhere(term.toLower());
        }
        search.condition = u'(' + conditions.join(u" AND "_s) + u')';
        // The narrow search table drives: its trigram index finds the candidates, its own rows (not the
        // wide client rows) confirm them, and a client row is read only for a match on the page. In id
        // order its primary key delivers the page already sorted.
        search.from = u" FROM clients_search s JOIN clients c ON c.id = s.id"_s;
        search.orderKey = u"s.id"_s;
        search.methodColumn = u"s.twofa_method"_s;
        search.countUpToLimit = u"SELECT count(*) FROM (SELECT 1 FROM clients_search s WHERE "_s + search.condition
            + u" LIMIT ?) matches"_s;
        search.countWithMethodUpToLimit = u"SELECT count(*) FROM (SELECT 1 FROM clients_search s WHERE "_s
            + search.condition + u" AND s.twofa_method = ? LIMIT ?) matches"_s;
        return search;
    }

    ClientTextSearch clientsWithPhoneContaining(const QString& digits) const override
    {
        // `c.phone LIKE` alone has no index and read all clients (0.4 s at a million, for every search
        // that is all digits, an id included). The search table's trigram index finds the clients whose
        // phone (the text after the third U+0001) holds the digits, collected into an array first so
        // that the planner can OR them with an id lookup as two primary key scans; `c.phone LIKE` keeps
        // the match exact.
        ClientTextSearch search;
        search.condition = u"(c.id = ANY (ARRAY(SELECT s.id FROM clients_search s WHERE "_s + searchText
            + u" LIKE ?)) AND c.phone LIKE ?)"_s;
        search.values = {u"%\u0001%\u0001%\u0001"_s + likeAnywhere(digits), likeAnywhere(digits)};
        return search;
    }

    std::unique_ptr<ClientBulkLoad> clientBulkLoad(const Database&) const override
    {
        return std::make_unique<PostgreSqlClientBulkLoad>();
    }
};
} // namespace

std::unique_ptr<const SqlDialect> makePostgreSqlDialect()
{
    return std::make_unique<PostgreSqlDialect>();
}

} // namespace backoffice
