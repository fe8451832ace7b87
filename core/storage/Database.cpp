// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/Migrator.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"backoffice-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError& error)
{
    return error.text().trimmed();
}

std::atomic<qint64> lockWaitMs {60000};

QMutex& observerMutex()
{
    static QMutex mutex;
    return mutex;
}

Database::BusyObserver& busyObserver()
{
    static Database::BusyObserver observer;
    return observer;
}

void tellObserver(bool waiting)
{
    Database::BusyObserver observer;
    {
        QMutexLocker locker(&observerMutex());
        observer = busyObserver();
    }
    if (observer)
        observer(waiting);
}

Error busyError(std::chrono::milliseconds waited)
{
    return Error {Error::Code::Busy,
                  {},
                  u"another program has been writing to the database for %1 s (a long import or demo data?); "
                  u"nothing was changed"_s.arg(waited.count() / 1000)};
}
} // namespace

std::chrono::milliseconds Database::lockWait()
{
    return std::chrono::milliseconds(lockWaitMs.load());
}

void Database::setLockWait(std::chrono::milliseconds wait)
{
    lockWaitMs.store(std::max<qint64>(0, wait.count()));
}

void Database::setBusyObserver(BusyObserver observer)
{
    QMutexLocker locker(&observerMutex());
    busyObserver() = std::move(observer);
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_dialect(SqlDialect::forKind(m_location.kind))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseLocation& location)
{
    std::shared_ptr<Database> database(new Database(location, nextConnectionName()));
    const SqlDialect& dialect = database->dialect();
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), database->m_connectionName);
    if (!db.isValid())
        return Error::storage(u"the Qt Sql driver %1 is not installed"_s.arg(dialect.driverName()));
    if (const Status configured = dialect.configure(db, location); !configured)
        return configured.error();
    if (!db.open()) {
        if (std::optional<Error> failure = dialect.connectionFailure(db.lastError()))
            return *failure;
        return Error::storage(u"cannot open %1: %2"_s.arg(location.displayName(), describe(db.lastError())));
    }

    // Refuse a newer schema before the pragmas below write anything to the file.
    Migrator migrator(*database);
    const int current = migrator.currentVersion();
    if (const Status supported = migrator.checkSupported(current); !supported)
        return supported.error();
    for (const QString& statement : dialect.connectionSetup()) {
        QSqlQuery pragma(db);
        if (!pragma.exec(statement))
            return Error::storage(u"%1: %2"_s.arg(statement, describe(pragma.lastError())));
    }
    database->m_schemaVersionAtOpen = current;
    // Read once for the whole open (every command opens a database): migrate() reads the version again,
    // under the write lock, only when there is something to apply.
    if (current < migrator.latestVersion()) {
        if (const Status migrated = migrator.migrate(); !migrated)
            return migrated.error();
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // A statement without values runs unprepared: PostgreSQL prepares no DDL (CREATE TEMPORARY TABLE).
    if (!values.isEmpty() && !query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << describe(query.lastError());
        return Error::storage(describe(query.lastError()));
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!(values.isEmpty() ? query.exec(sql) : query.exec())) {
        Error error = Error::storage(describe(query.lastError()));
        if (m_dialect->isUniqueViolation(query.lastError()))
            error.field = u"unique"_s;
        return error;
    }
    return query;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values) const
{
    auto inserted = exec(sql + m_dialect->returningId(), values);
    if (!inserted)
        return inserted.error();
    return m_dialect->insertedId(inserted.value());
}

bool Database::beginReadSnapshot() const
{
    QSqlQuery begin(connection());
    return begin.exec(m_dialect->beginReadSnapshot());
}

void Database::endReadSnapshot() const
{
    QSqlQuery(connection()).exec(u"ROLLBACK"_s);
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error::notFound(u"row"_s);
    return query.value().value(0);
}

Result<qint64> Database::integer(const QString& sql, const QVariantList& values) const
{
    auto value = scalar(sql, values);
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

Status Database::run(const QString& sql, const QVariantList& values) const
{
    auto done = exec(sql, values);
    return done ? Status(Ok {}) : Status(done.error());
}

Status Database::beginWriteTransaction(QSqlDatabase& db) const
{
    // SQLite's own busy handler would wait silently and then fail with "database is locked": wait in
    // short slices instead, so the wait can be reported and given up on with words.
    QElapsedTimer waited;
    waited.start();
    bool reported = false;
    const auto stopReporting = qScopeGuard([&] {
        if (reported)
            tellObserver(false);
    });
    const QStringList statements = m_dialect->beginWriteTransaction();
    for (;;) {
        QSqlError failed;
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery begin(db);
            if (!begin.exec(statements[i])) {
                failed = begin.lastError();
                if (i > 0) // the transaction had begun
                    QSqlQuery(db).exec(u"ROLLBACK"_s);
                break;
            }
        }
        if (!failed.isValid())
            return Ok {};
        if (!m_dialect->isLockContention(failed))
            return Error::storage(describe(failed));
        const auto elapsed = std::chrono::milliseconds(waited.elapsed());
        if (elapsed >= lockWait())
            return busyError(elapsed);
        if (!reported && elapsed >= std::chrono::milliseconds(500)) {
            reported = true;
            qCInfo(lcStorage) << "waiting for another program's write lock on" << m_location.displayName();
            tellObserver(true);
        }
    }
}

Status Database::writeTransaction(const std::function<Status()>& work) const
{
    QSqlDatabase db = connection();
    if (const Status begun = beginWriteTransaction(db); !begun)
        return begun;

    Status result = Ok {};
    try {
        result = work();
    } catch (...) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        throw;
    }
    if (!result) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return result;
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s)) {
        const Error error = Error::storage(describe(commit.lastError()));
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return error;
    }
    return Ok {};
}

int Database::schemaVersion() const
{
    auto version = scalar(u"SELECT version FROM schema_version"_s);
    return version ? version.value().toInt() : 0;
}

QString Database::databaseId() const
{
    if (m_databaseId.isEmpty()) {
        if (auto id = DatabaseInfo(*this).value(u"database_id"_s))
            m_databaseId = id.value();
    }
    return m_databaseId;
}

} // namespace backoffice
