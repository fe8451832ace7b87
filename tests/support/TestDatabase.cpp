// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include "core/audit/AuditKeyRing.h"
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/secrets/SecretStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

namespace {
/// The server's URL, from the environment scripts/test.sh sets (throwaway-postgres.sh).
QString serverUrl()
{
    const QString url = qEnvironmentVariable("BACKOFFICE_PG_URL");
    if (url.isEmpty()) {
        // ctest's SKIP_RETURN_CODE: the pg/ tests are skipped, not failed, without a server.
        std::fputs("BACKOFFICE_TEST_PG is set but BACKOFFICE_PG_URL is not: no PostgreSQL server to test on "
                   "(scripts/test.sh starts one)\n",
                   stderr);
        std::exit(77);
    }
    return url;
}

/// Runs `sql` on the server's maintenance database (CREATE and DROP DATABASE), on a connection of its own.
void administer(const QString& sql)
{
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    const QString name = u"backoffice-test-admin"_s;
    {
        QSqlDatabase admin = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                          : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (!admin.isOpen()) {
            const auto location = DatabaseLocation::parse(serverUrl());
            if (!location)
                qFatal("BACKOFFICE_PG_URL: %s", qPrintable(location.error().toString()));
            const auto dialect = SqlDialect::forKind(DatabaseLocation::Kind::PostgreSql);
            if (const Status configured = dialect->configure(admin, location.value()); !configured)
                qFatal("BACKOFFICE_PG_URL: %s", qPrintable(configured.error().toString()));
            if (!admin.open())
                qFatal("cannot connect to the test server: %s", qPrintable(admin.lastError().text()));
        }
        QSqlQuery query(admin);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

/// The databases this process made, dropped when it ends (also those a test still holds open).
QStringList& madeDatabases()
{
    static QStringList names;
    return names;
}

void dropMadeDatabases()
{
    for (const QString& name : std::as_const(madeDatabases()))
        administer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    madeDatabases().clear();
    QSqlDatabase::removeDatabase(u"backoffice-test-admin"_s);
}

QString newDatabaseName()
{
    static QAtomicInteger<int> counter;
    return u"bo_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

bool TestDatabase::onPostgreSql()
{
    return !qEnvironmentVariableIsEmpty("BACKOFFICE_TEST_PG");
}

QString TestDatabase::createEmptyPostgreSqlDatabase()
{
    const QString name = newDatabaseName();
    administer(u"CREATE DATABASE %1"_s.arg(name));
    if (madeDatabases().isEmpty())
        qAddPostRoutine(dropMadeDatabases);
    madeDatabases() << name;
    QUrl url(serverUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

QByteArray TestDatabase::contents() const
{
    if (m_url.isEmpty()) {
        if (!m_database->run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            qFatal("cannot checkpoint the test database");
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the test database");
        return file.readAll();
    }
    QByteArray bytes;
    auto tables = m_database->exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s);
    if (!tables)
        qFatal("%s", qPrintable(tables.error().toString()));
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    for (const QString& table : std::as_const(names)) {
        auto rows = m_database->exec(u"SELECT t::text FROM %1 t"_s.arg(table));
        if (!rows)
            qFatal("%s", qPrintable(rows.error().toString()));
        while (rows.value().next())
            bytes += rows.value().value(0).toString().toUtf8() + '\n';
    }
    return bytes;
}

Status TestDatabase::dropTrigger(const QString& trigger, const QString& table) const
{
    if (m_url.isEmpty())
        return m_database->run(u"DROP TRIGGER IF EXISTS %1"_s.arg(trigger));
    return m_database->run(u"DROP TRIGGER IF EXISTS %1 ON %2"_s.arg(trigger, table));
}

Status TestDatabase::failInserts(const QString& table, const QString& message) const
{
    if (m_url.isEmpty())
        return m_database->run(
            u"CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END"_s.arg(table, message));
    if (const Status made = m_database->run(
            u"CREATE FUNCTION fail_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%2'; END; $$"_s
                .arg(table, message));
        !made)
        return made;
    return m_database->run(
        u"CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION fail_%1()"_s.arg(table));
}

QString TestDatabase::path() const
{
    return m_url.isEmpty() ? m_dir.filePath(u"backoffice.sqlite"_s) : m_url;
}

TestDatabase::~TestDatabase()
{
    if (m_url.isEmpty())
        return;
    const QString name = QUrl(m_url).path().mid(1);
    m_database.reset();
    administer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    madeDatabases().removeAll(name);
}

TestDatabase::TestDatabase(Use use, Backend backend)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary directory");
    if ((onPostgreSql() && backend == Backend::OfTheRun) || backend == Backend::PostgreSql)
        m_url = createEmptyPostgreSqlDatabase();
    const auto location = DatabaseLocation::parse(path());
    if (!location)
        qFatal("%s", qPrintable(location.error().toString()));
    auto opened = Database::open(location.value());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().toString()));
    m_database = opened.value();
    // A fixed audit key per test database, installed the way AuditKeyService does after reading the
    // keychain, and the chain claimed for it: appends and verification work without a keychain.
    AuditKeyRing::install(m_database->databaseId(), testAuditKey());
    if (auto claimed = AuditLog(*m_database).startKeyedChain(u"test"_s); !claimed)
        qFatal("cannot start the audit chain: %s", qPrintable(claimed.error().toString()));
    if (use == Use::WithCli) {
        KeychainSecretStore keychain;
        const Status stored = keychain.writeBlocking(SecretKeys::auditKey(m_database->databaseId()), testAuditKey());
        if (!stored)
            qFatal("cannot store the audit key in the keychain: %s", qPrintable(stored.error().toString()));
    }
}

QByteArray TestDatabase::testAuditKey()
{
    return QByteArray(AuditKeyRing::KeySize, '\x5a');
}

Client TestDatabase::addClient(Client client) const
{
    ClientRepository clients(*m_database);
    Result<QList<qint64>> ids = Error {};
    const Status done = m_database->writeTransaction([&]() -> Status {
        ids = clients.insertInTransaction({client});
        return ids ? Status(Ok {}) : Status(ids.error());
    });
    if (!done)
        qFatal("cannot add a test client: %s", qPrintable(done.error().toString()));
    return clients.find(ids.value().first()).value();
}

qint64 insertInOwnTransaction(const Database& database, const std::function<Result<qint64>()>& insert)
{
    qint64 id = 0;
    const Status done = database.writeTransaction([&]() -> Status {
        const Result<qint64> inserted = insert();
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return Ok {};
    });
    if (!done)
        qFatal("cannot insert a test row: %s", qPrintable(done.error().toString()));
    return id;
}

Client makeClient(qint64 id, const QString& firstName, const QString& lastName, TwoFactorMethod method)
{
    Client client;
    client.id = id;
    client.firstName = firstName;
    client.lastName = lastName;
    client.email = u"%1.%2@example.com"_s.arg(firstName.toLower(), lastName.toLower());
    client.phone = u"+4474001%1"_s.arg(id % 100000, 5, 10, QLatin1Char('0'));
    client.country = u"GB"_s;
    client.createdAt = QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC);
    client.method = method;
    if (method != TwoFactorMethod::None)
        client.enabledAt = QDateTime(QDate(2025, 3, 4), QTime(9, 30), Qt::UTC);
    if (method == TwoFactorMethod::Authenticator) {
        AuthenticatorSettings settings;
        settings.sealedSecret = QByteArray("sealed-test-secret");
        client.authenticator = settings;
    }
    return client;
}

} // namespace backoffice::test
