// SPDX-License-Identifier: GPL-3.0-or-later
// The one timestamp format of every table: written in UTC with milliseconds, read back as UTC, and
// through a real SQLite column so what is stored is what is read.
#include "core/storage/Database.h"
#include "core/storage/SqlTime.h"
#include "tests/support/TestDatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestSqlTime : public QObject
{
    Q_OBJECT

private slots:
    void writesUtcWithMilliseconds()
    {
        const QDateTime berlin(QDate(2025, 7, 1), QTime(14, 5, 6, 789), QTimeZone("Europe/Berlin"));
        QCOMPARE(SqlTime::bind(berlin).toString(), u"2025-07-01T12:05:06.789Z"_s);
    }

    void invalidTimeIsNull()
    {
        const QVariant bound = SqlTime::bind(QDateTime());
        QVERIFY(bound.isNull());
        QCOMPARE(bound.metaType(), QMetaType(QMetaType::QString));
        QVERIFY(!SqlTime::read(QVariant()).isValid());
        QVERIFY(!SqlTime::read(QVariant(u"not a time"_s)).isValid());
    }

    void readsUtc_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime noon(QDate(2025, 1, 2), QTime(12, 0, 0, 250), Qt::UTC);
        QTest::newRow("with Z") << u"2025-01-02T12:00:00.250Z"_s << noon;
        QTest::newRow("without zone: UTC, not local") << u"2025-01-02T12:00:00.250"_s << noon;
    }

    void readsUtc()
    {
        QFETCH(QString, stored);
        QFETCH(QDateTime, expected);
        const QDateTime read = SqlTime::read(stored);
        QCOMPARE(read, expected);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }

    void roundTripsThroughAColumn()
    {
        test::TestDatabase database;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(database.db().exec(u"CREATE TEMP TABLE times (n INTEGER, at TEXT)"_s).ok());
        QVERIFY(database.db()
                    .exec(u"INSERT INTO times (n, at) VALUES (1, ?), (2, ?)"_s, {SqlTime::bind(at), SqlTime::bind({})})
                    .ok());
        auto rows = database.db().exec(u"SELECT at FROM times ORDER BY n"_s);
        QVERIFY(rows.ok());
        QVERIFY(rows.value().next());
        QCOMPARE(SqlTime::read(rows.value().value(0)), at);
        QVERIFY(rows.value().next());
        QVERIFY(rows.value().value(0).isNull());
        QVERIFY(!SqlTime::read(rows.value().value(0)).isValid());
    }

    void textSortsAsTimeDoes()
    {
        const QDateTime early(QDate(2025, 1, 2), QTime(9, 59, 59, 999), Qt::UTC);
        const QDateTime late = early.addMSecs(1);
        QVERIFY(SqlTime::bind(early).toString() < SqlTime::bind(late).toString());
    }
};

QTEST_GUILESS_MAIN(TestSqlTime)
#include "tst_sqltime.moc"
