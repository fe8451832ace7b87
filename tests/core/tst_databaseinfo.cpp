// SPDX-License-Identifier: GPL-3.0-or-later
// The database_info table through its one owner, on a real SQLite file.
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestDatabaseInfo : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseHasItsIdentifier()
    {
        test::TestDatabase database;
        auto id = DatabaseInfo(database.db()).value(u"database_id"_s);
        QVERIFY(id.ok());
        QVERIFY(!id.value().isEmpty());
        QCOMPARE(id.value(), database.db().databaseId());
    }

    void missingKeyIsNotFound()
    {
        test::TestDatabase database;
        auto missing = DatabaseInfo(database.db()).value(u"no_such_key"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(missing.error().detail, u"no_such_key"_s);
    }

    void setInsertsThenReplaces()
    {
        test::TestDatabase database;
        const DatabaseInfo info(database.db());
        QVERIFY(database.db().writeTransaction([&] { return info.setInTransaction(u"answer"_s, u"41"_s); }).ok());
        QCOMPARE(info.value(u"answer"_s).value(), u"41"_s);
        QVERIFY(database.db().writeTransaction([&] { return info.setInTransaction(u"answer"_s, u"42"_s); }).ok());
        QCOMPARE(info.value(u"answer"_s).value(), u"42"_s);
        QCOMPARE(database.db().scalar(u"SELECT count(*) FROM database_info WHERE key = 'answer'"_s).value().toInt(), 1);
    }

    void removeDeletesOnlyThatKey()
    {
        test::TestDatabase database;
        const DatabaseInfo info(database.db());
        QVERIFY(database.db().writeTransaction([&] { return info.setInTransaction(u"doomed"_s, u"x"_s); }).ok());
        QVERIFY(database.db().writeTransaction([&] { return info.removeInTransaction(u"doomed"_s); }).ok());
        QCOMPARE(info.value(u"doomed"_s).error().code, Error::Code::NotFound);
        QVERIFY(info.value(u"database_id"_s).ok());
        // Removing what is not there is no error.
        QVERIFY(database.db().writeTransaction([&] { return info.removeInTransaction(u"doomed"_s); }).ok());
    }

    void rolledBackWriteLeavesNothing()
    {
        test::TestDatabase database;
        const DatabaseInfo info(database.db());
        const Status failed = database.db().writeTransaction([&]() -> Status {
            if (const Status set = info.setInTransaction(u"half"_s, u"written"_s); !set)
                return set;
            return Error::conflict(u"refused after the write"_s);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(info.value(u"half"_s).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseInfo)
#include "tst_databaseinfo.moc"
