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
        location.sqlitePath = database.path();
        auto again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again.value()->scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 1);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        test::TestDatabase database;
        database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s));
        QVERIFY(database.db().exec(u"UPDATE schema_version SET version = 999"_s).ok());
        QVERIFY(database.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        QFile file(database.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        DatabaseLocation location;
        location.sqlitePath = database.path();
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
