// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli sms` run in process on a real database file. `failures` lists the
// clients whose last SMS failed grouped by cause (text and JSON, exit 1 when there are some, 0 when
// none, 2 on a bad date); `history` lists a client's messages newest first.
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/MessageLog.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSmsLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 11, d), QTime(10, 0), QTimeZone::utc());
}
} // namespace

class TestCliSms : public QObject
{
    Q_OBJECT

    CliRun cli(const QString& dbPath, const QStringList& arguments)
    {
        return runCli(QStringList {u"--db"_s, dbPath} + arguments);
    }

    struct Fixture
    {
        TestDatabase database {TestDatabase::Use::WithCli};
        Client filtered = database.addClient(makeClient(1, u"Ada"_s, u"Filtered"_s));
        Client recovered = database.addClient(makeClient(2, u"Bob"_s, u"Recovered"_s));
        Client unreachable = database.addClient(makeClient(3, u"Cy"_s, u"Unreachable"_s));
        Client noCode = database.addClient(makeClient(4, u"Di"_s, u"Nocode"_s));

        Fixture()
        {
            const Database& db = database.db();
            logSms(db, filtered.id, filtered.phone, SmsStatus::Delivered, {}, day(1));
            logSms(db, filtered.id, filtered.phone, SmsStatus::Failed, u"30007"_s, day(20));
            logSms(db, recovered.id, recovered.phone, SmsStatus::Failed, u"30003"_s, day(11));
            logSms(db, recovered.id, recovered.phone, SmsStatus::Delivered, {}, day(12));
            logSms(db, std::nullopt, unreachable.phone, SmsStatus::Undelivered, u"30003"_s, day(19));
            logSms(db, noCode.id, noCode.phone, SmsStatus::Failed, {}, day(5));
        }
    };

private slots:
    void failuresAsJsonGroupsClientsByCauseAndExitsOne()
    {
        Fixture fixture;
        const CliRun run = cli(fixture.database.path(), {u"sms"_s, u"failures"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 1, run.errUtf8().constData());
        const QJsonObject report = QJsonDocument::fromJson(run.outUtf8()).object();
        QVERIFY(report.value(u"since"_s).isNull());
        const QJsonArray groups = report.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), 3);
        // Equal counts: ordered by provider, then code ("" before "30003").
        QCOMPARE(groups.at(0).toObject().value(u"error_code"_s).toString(), QString());
        QCOMPARE(groups.at(1).toObject().value(u"error_code"_s).toString(), u"30003"_s);
        QCOMPARE(groups.at(2).toObject().value(u"error_code"_s).toString(), u"30007"_s);
        const QJsonObject filtered = groups.at(2).toObject();
        QCOMPARE(filtered.value(u"provider"_s).toString(), u"twilio"_s);
        QCOMPARE(filtered.value(u"count"_s).toInt(), 1);
        QCOMPARE(filtered.value(u"meaning"_s).toString(), DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).meaning);
        QCOMPARE(filtered.value(u"action"_s).toString(), DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).action);
        const QJsonObject client = filtered.value(u"clients"_s).toArray().first().toObject();
        QCOMPARE(client.value(u"client_id"_s).toInteger(), fixture.filtered.id);
        QCOMPARE(client.value(u"name"_s).toString(), u"Ada Filtered"_s);
        QCOMPARE(client.value(u"phone"_s).toString(), fixture.filtered.phone);
        QCOMPARE(client.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(client.value(u"error_code"_s).toString(), u"30007"_s);
        QCOMPARE(client.value(u"at"_s).toString(), u"2026-11-20T10:00:00Z"_s);
        const QJsonObject unreachable = groups.at(1).toObject();
        QCOMPARE(unreachable.value(u"clients"_s).toArray().size(), 1); // Bob recovered
        QCOMPARE(unreachable.value(u"clients"_s).toArray().first().toObject().value(u"client_id"_s).toInteger(),
                 fixture.unreachable.id);
    }

    void failuresSinceADateAsText()
    {
        Fixture fixture;
        const CliRun run = cli(fixture.database.path(), {u"sms"_s, u"failures"_s, u"--since"_s, u"2026-11-15"_s});
        QCOMPARE(run.exitCode, 1);
        const QString text = QString::fromUtf8(run.outUtf8());
        QVERIFY2(text.startsWith(u"2 client(s) whose last SMS failed, 2 cause(s) since 2026-11-15."_s),
                 run.outUtf8().constData());
        QVERIFY(text.contains(u"twilio 30007: 1 client(s)"_s));
        QVERIFY(text.contains(DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).action));
        QVERIFY(text.contains(u"Ada Filtered"_s));
        QVERIFY(!text.contains(u"Di Nocode"_s)); // failed on the 5th
        QVERIFY(!text.contains(u"Bob Recovered"_s));

        const CliRun json
            = cli(fixture.database.path(), {u"sms"_s, u"failures"_s, u"--since"_s, u"2026-11-15"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.outUtf8()).object().value(u"since"_s).toString(), u"2026-11-15"_s);
    }

    void noFailuresExitsZero()
    {
        Fixture fixture;
        const CliRun run = cli(fixture.database.path(), {u"sms"_s, u"failures"_s, u"--since"_s, u"2026-11-21"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outUtf8().startsWith("No client's last SMS failed since 2026-11-21."));
        const CliRun json
            = cli(fixture.database.path(), {u"sms"_s, u"failures"_s, u"--since"_s, u"2026-11-21"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.outUtf8()).object().value(u"groups"_s).toArray().size(), 0);
    }

    void badSinceDateIsAUsageErrorNamingTheInput_data()
    {
        QTest::addColumn<QString>("since");
        QTest::newRow("words") << u"yesterday"_s;
        QTest::newRow("month 13") << u"2026-13-01"_s;
        QTest::newRow("day first") << u"21-11-2026"_s;
        QTest::newRow("with time") << u"2026-11-21T10:00"_s;
        QTest::newRow("empty") << QString();
    }

    void badSinceDateIsAUsageErrorNamingTheInput()
    {
        QFETCH(QString, since);
        TestDatabase database {TestDatabase::Use::WithCli};
        const CliRun run = cli(database.path(), {u"sms"_s, u"failures"_s, u"--since"_s, since});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errUtf8().contains("--since"), run.errUtf8().constData());
        QVERIFY(run.outUtf8().isEmpty());
    }

    void historyListsTheClientsMessagesNewestFirst()
    {
        Fixture fixture;
        const CliRun run = cli(fixture.database.path(),
                               {u"sms"_s, u"history"_s, QString::number(fixture.unreachable.id), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray messages = QJsonDocument::fromJson(run.outUtf8()).object().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 1); // logged without the client id: found by number
        QCOMPARE(messages.first().toObject().value(u"status"_s).toString(), u"undelivered"_s);
        QCOMPARE(messages.first().toObject().value(u"meaning"_s).toString(),
                 DeliveryErrorCodes::explain(u"twilio"_s, u"30003"_s).meaning);

        const CliRun recovered
            = cli(fixture.database.path(), {u"sms"_s, u"history"_s, QString::number(fixture.recovered.id)});
        QCOMPARE(recovered.exitCode, 0);
        const QList<QByteArray> lines = recovered.outUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("delivered"));
        QVERIFY(lines.at(1).contains("30003"));
    }

    void historyOfAClientWithoutSmsSaysSoAndUnknownClientIsNotFound()
    {
        TestDatabase database {TestDatabase::Use::WithCli};
        const Client quiet = database.addClient(makeClient(9, u"Hal"_s, u"Quiet"_s));
        const CliRun run = cli(database.path(), {u"sms"_s, u"history"_s, QString::number(quiet.id)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outUtf8().trimmed(), u"No SMS was sent to %1 through Back Office."_s.arg(quiet.phone).toUtf8());
        QCOMPARE(cli(database.path(), {u"sms"_s, u"history"_s, u"999"_s}).exitCode, 1);
        QCOMPARE(cli(database.path(), {u"sms"_s, u"history"_s, u"abc"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSms)
#include "tst_cli_sms.moc"
