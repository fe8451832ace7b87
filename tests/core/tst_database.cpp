// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, migrating and refusing databases, on real SQLite files.
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsMigratedToLatestVersion()
    {
        test::TestDatabase database;
        QVERIFY(database.db().schemaVersion() >= 2);
        QCOMPARE(database.db().schemaVersion(), Migrator(database.db()).latestVersion());
        QVERIFY(database.db().connection().tables().contains(u"clients"_s));
        QVERIFY(database.db().connection().tables().contains(u"audit_events"_s));
    }

    void pragmasAreSet()
    {
        BACKOFFICE_SQLITE_ONLY("pragmas");
        test::TestDatabase database;
        QCOMPARE(database.db().scalar(u"PRAGMA journal_mode"_s).value().toString(), u"wal"_s);
        QCOMPARE(database.db().scalar(u"PRAGMA foreign_keys"_s).value().toInt(), 1);
        QCOMPARE(database.db().scalar(u"PRAGMA busy_timeout"_s).value().toInt(), 250); // one slice of the lock wait
    }

    void reopeningKeepsDataAndVersion()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s));
        DatabaseLocation location;
        location = database.location();
        auto again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again.value()->scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 1);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s));
        QVERIFY(database.db().exec(u"UPDATE schema_version SET version = 999"_s).ok());
        if (test::TestDatabase::onPostgreSql()) {
            auto refused = Database::open(database.location());
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
            QCOMPARE(database.db().integer(u"SELECT version FROM schema_version"_s).value(), 999);
            QCOMPARE(database.db().integer(u"SELECT count(*) FROM clients"_s).value(), 1);
            return;
        }
        QVERIFY(database.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        QFile file(database.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        DatabaseLocation location;
        location = database.location();
        auto refused = Database::open(location);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
        QVERIFY(refused.error().detail.contains(u"999"_s));

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void unwritableLocationIsAClearError()
    {
        DatabaseLocation location;
        location.sqlitePath = u"/proc/no-such-place/backoffice.sqlite"_s;
        auto refused = Database::open(location);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Storage);
        QVERIFY(!refused.error().detail.isEmpty());
    }

    void locationParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("postgres");
        QTest::newRow("relative path") << u"data/bo.sqlite"_s << true << false;
        QTest::newRow("absolute path") << u"/tmp/bo.sqlite"_s << true << false;
        QTest::newRow("postgres url") << u"postgresql://ops@db.example:5432/backoffice"_s << true << true;
        QTest::newRow("postgres without db") << u"postgresql://ops@db.example"_s << false << false;
        QTest::newRow("other scheme") << u"mysql://x/y"_s << false << false;
        QTest::newRow("empty") << u"  "_s << false << false;
    }

    void locationParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, postgres);
        auto parsed = DatabaseLocation::parse(text);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed.value().kind == DatabaseLocation::Kind::PostgreSql, postgres);
        else
            QCOMPARE(parsed.error().field, u"--db"_s);
    }

    void postgreSqlUrlTakesNoPassword()
    {
        auto location = DatabaseLocation::parse(u"postgresql://ops:secret@db.example/backoffice"_s);
        QVERIFY(location.ok());
        QVERIFY(!location.value().displayName().contains(u"secret"_s));
        auto refused = Database::open(location.value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, u"--db"_s);
        QVERIFY(refused.error().detail.contains(u"PGPASSWORD"_s));
        QVERIFY(!refused.error().toString().contains(u"secret"_s));
    }

    void postgreSqlUrlOptionsAreCheckedBeforeConnecting()
    {
        auto location = DatabaseLocation::parse(u"postgresql://ops@db.example/backoffice?sslmod=require"_s);
        QVERIFY(location.ok());
        auto refused = Database::open(location.value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, u"--db"_s);
        QVERIFY(refused.error().detail.contains(u"sslmod"_s));
    }

    void postgreSqlSslModeIsHonoured()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("needs the PostgreSQL test server");
        // The test server speaks no TLS: sslmode=require must refuse it, sslmode=disable connect.
        test::TestDatabase database;
        QUrl url(database.path());
        url.setQuery(u"sslmode=require"_s);
        const auto requiring = DatabaseLocation::parse(url.toString());
        QVERIFY2(requiring.ok(), qPrintable(url.toString()));
        auto refused = Database::open(requiring.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(refused.error().detail));
        url.setQuery(u"sslmode=disable&application_name=back%20office"_s);
        const auto disabling = DatabaseLocation::parse(url.toString(QUrl::FullyEncoded));
        QVERIFY2(disabling.ok(), qPrintable(url.toString()));
        auto opened = Database::open(disabling.value());
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(opened.value()->scalar(u"SELECT current_setting('application_name')"_s).value().toString(),
                 u"back office"_s);
    }

    void auditEventsRefuseUpdateAndDeleteOnPostgreSql()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("PostgreSQL's triggers; SQLite's are tested in tst_audit_tampering");
        test::TestDatabase database;
        QVERIFY(database.db().run(u"INSERT INTO audit_events (at, operator, action, previous_hash, hash) "
                                  u"VALUES ('2026-01-01T00:00:00.000Z', 'ada', 'x', '0', '1')"_s));
        const auto updated = database.db().run(u"UPDATE audit_events SET operator = 'mallory'"_s);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().detail.contains(u"append-only"_s), qPrintable(updated.error().detail));
        const auto deleted = database.db().run(u"DELETE FROM audit_events"_s);
        QVERIFY(!deleted.ok());
        QVERIFY(deleted.error().detail.contains(u"append-only"_s));
        QVERIFY(!database.db().run(u"TRUNCATE audit_events"_s).ok());
        QCOMPARE(database.db().scalar(u"SELECT operator FROM audit_events"_s).value().toString(), u"ada"_s);
    }

    void scriptSplittingKeepsDollarQuotedBodies()
    {
        const QString script = u"CREATE TABLE a (x int);\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                               u"BEGIN\n    -- a comment inside\n    RAISE EXCEPTION 'no';\nEND;\n$$;\n"
                               u"CREATE INDEX i ON a (x);\n"_s;
        const QStringList statements = Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(u"CREATE FUNCTION"_s));
        QVERIFY(statements.at(1).contains(u"RAISE EXCEPTION 'no';\nEND;\n$$"_s));
    }

    void scriptSplittingKeepsTriggerBodies()
    {
        const QString script
            = u"-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
              u"  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\nCREATE INDEX i ON a (x);\n"_s;
        const QStringList statements = Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements.at(1).contains(u"VALUES (2);"_s));
        QVERIFY(statements.at(1).endsWith(u"END"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
