// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/Migrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

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
} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_dialect(m_location.kind), m_connectionName(std::move(connectionName))
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
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect.driverName(), database->m_connectionName);
    if (!db.isValid())
        return Error::storage(u"the Qt Sql driver %1 is not installed"_s.arg(database->m_dialect.driverName()));

    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        const QFileInfo file(location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Error::storage(u"cannot create the folder %1"_s.arg(file.absolutePath()));
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        const QUrl& url = location.url;
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
    }
    if (!db.open())
        return Error::storage(u"cannot open %1: %2"_s.arg(location.displayName(), describe(db.lastError())));

    // Refuse a newer schema before the pragmas below write anything to the file.
    Migrator migrator(*database);
    if (const Status supported = migrator.checkSupported(); !supported)
        return supported.error();
    for (const QString& statement : database->m_dialect.connectionSetup()) {
        QSqlQuery pragma(db);
        if (!pragma.exec(statement))
            return Error::storage(u"%1: %2"_s.arg(statement, describe(pragma.lastError())));
    }
    if (const Status migrated = migrator.migrate(); !migrated)
        return migrated.error();
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
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << describe(query.lastError());
        return Error::storage(describe(query.lastError()));
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error::storage(describe(query.lastError()));
    return query;
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

Status Database::writeTransaction(const std::function<Status()>& work) const
{
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(m_dialect.beginWriteTransaction()))
        return Error::storage(describe(begin.lastError()));

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
    auto id = scalar(u"SELECT value FROM database_info WHERE key = 'database_id'"_s);
    return id ? id.value().toString() : QString();
}

} // namespace backoffice
