// SPDX-License-Identifier: GPL-3.0-or-later
// SmsFailureReport on a real SQLite database: only clients whose LAST message failed, matched by
// client id or by number, grouped by provider and error code, largest cause first; since-date,
// progress, cancel, and the same computation off the UI thread through SmsFailureReportJob.
#include "core/sms/MessageLog.h"
#include "core/sms/SmsFailureReport.h"
#include "core/sms/SmsFailureReportJob.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSmsLog.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QDateTime day(int d, int hour = 10)
{
    return QDateTime(QDate(2026, 11, d), QTime(hour, 0), QTimeZone::utc());
}

void logMessage(const Database& database, std::optional<qint64> clientId, const QString& to, SmsStatus status,
                const QString& code, const QDateTime& at, const QString& kind = u"twilio"_s)
{
    SmsMessageRecord message = twilioMessage(clientId, to, status, code, at);
    message.providerKind = kind;
    message.providerName = kind == u"twilio" ? u"Twilio main"_s : u"Vonage backup"_s;
    message.purpose = u"code"_s;
    logSms(database, message);
}

/// Clients and messages covering every case the report must tell apart.
struct Fixture
{
    TestDatabase database;
    Client filtered = database.addClient(makeClient(1, u"Ada"_s, u"Filtered"_s));
    Client recovered = database.addClient(makeClient(2, u"Bob"_s, u"Recovered"_s));
    Client unreachable = database.addClient(makeClient(3, u"Cy"_s, u"Unreachable"_s));
    Client noCode = database.addClient(makeClient(4, u"Di"_s, u"Nocode"_s));
    Client byNumberOnly = database.addClient(makeClient(5, u"Ed"_s, u"Bynumber"_s));
    Client oldFailure = database.addClient(makeClient(6, u"Flo"_s, u"Old"_s));
    Client recoveredByNumber = database.addClient(makeClient(7, u"Gus"_s, u"Later"_s));
    Client neverSent = database.addClient(makeClient(8, u"Hal"_s, u"Silent"_s));

    Fixture()
    {
        const Database& db = database.db();
        logMessage(db, filtered.id, filtered.phone, SmsStatus::Delivered, {}, day(10));
        logMessage(db, filtered.id, filtered.phone, SmsStatus::Failed, u"30007"_s, day(20));
        logMessage(db, recovered.id, recovered.phone, SmsStatus::Failed, u"30003"_s, day(11));
        logMessage(db, recovered.id, recovered.phone, SmsStatus::Delivered, {}, day(21));
        logMessage(db, unreachable.id, unreachable.phone, SmsStatus::Undelivered, u"30003"_s, day(19));
        logMessage(db, noCode.id, noCode.phone, SmsStatus::Failed, {}, day(18), u"vonage"_s);
        // Logged without the client's id: found by the number.
        logMessage(db, std::nullopt, byNumberOnly.phone, SmsStatus::Undelivered, u"30007"_s, day(22));
        logMessage(db, oldFailure.id, oldFailure.phone, SmsStatus::Failed, u"30005"_s, day(2));
        logMessage(db, recoveredByNumber.id, recoveredByNumber.phone, SmsStatus::Failed, u"30004"_s, day(12));
        logMessage(db, std::nullopt, recoveredByNumber.phone, SmsStatus::Delivered, {}, day(13));
        // A failure to a number no client has.
        logMessage(db, std::nullopt, u"+15005550006"_s, SmsStatus::Failed, u"30006"_s, day(20));
    }
};

QStringList causes(const SmsFailureSummary& summary)
{
    QStringList list;
    for (const SmsFailureGroup& group : summary.groups)
        list << u"%1/%2:%3"_s.arg(group.providerKind, group.errorCode).arg(group.count());
    return list;
}
} // namespace

class TestSmsFailureReport : public QObject
{
    Q_OBJECT

private slots:
    void listsOnlyClientsWhoseLastMessageFailedGroupedByCauseLargestFirst()
    {
        Fixture fixture;
        auto report = SmsFailureReport(fixture.database.db()).compute(support, std::nullopt);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(causes(report.value()),
                 (QStringList {u"twilio/30007:2"_s, u"twilio/30003:1"_s, u"twilio/30005:1"_s, u"vonage/:1"_s}));
        QCOMPARE(report->clientCount(), 5);

        const SmsFailureGroup& filtered = report->groups.at(0);
        QVERIFY(filtered.explanation.known);
        QCOMPARE(filtered.explanation.meaning, DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).meaning);
        // Latest first: the one found by number (22nd) before the one logged with its id (20th).
        QCOMPARE(filtered.clients.at(0).clientId, fixture.byNumberOnly.id);
        QCOMPARE(filtered.clients.at(0).status, SmsStatus::Undelivered);
        QCOMPARE(filtered.clients.at(0).at, day(22));
        QCOMPARE(filtered.clients.at(1).clientId, fixture.filtered.id);
        QCOMPARE(filtered.clients.at(1).name, u"Ada Filtered"_s);
        QCOMPARE(filtered.clients.at(1).phone, fixture.filtered.phone);
        QCOMPARE(filtered.clients.at(1).providerName, u"Twilio main"_s);
        QCOMPARE(filtered.clients.at(1).errorCode, u"30007"_s);

        const SmsFailureGroup& unreachable = report->groups.at(1);
        QCOMPARE(unreachable.clients.size(), 1);
        QCOMPARE(unreachable.clients.first().clientId, fixture.unreachable.id); // not `recovered`

        const SmsFailureGroup& noCode = report->groups.at(3);
        QVERIFY(noCode.errorCode.isEmpty());
        QCOMPARE(noCode.explanation.meaning, SmsFailureReport::explainNoCode().meaning);
        QCOMPARE(noCode.clients.first().clientId, fixture.noCode.id);

        QSet<qint64> listed;
        for (const SmsFailureGroup& group : report->groups)
            for (const SmsFailedClient& client : group.clients)
                listed.insert(client.clientId);
        QVERIFY(!listed.contains(fixture.recovered.id));
        QVERIFY(!listed.contains(fixture.recoveredByNumber.id));
        QVERIFY(!listed.contains(fixture.neverSent.id));
    }

    void sinceLeavesOutClientsWhoseLastFailureIsOlder()
    {
        Fixture fixture;
        auto report = SmsFailureReport(fixture.database.db()).compute(support, day(15));
        QVERIFY(report.ok());
        QCOMPARE(causes(report.value()), (QStringList {u"twilio/30007:2"_s, u"twilio/30003:1"_s, u"vonage/:1"_s}));
        QCOMPARE(*report->since, day(15));
    }

    void sinceDoesNotBringBackAnEarlierFailureOfARecoveredClient()
    {
        Fixture fixture;
        // Bob's delivered message (21st) is after the since date too: his failure on the 11th stays hidden.
        auto report = SmsFailureReport(fixture.database.db()).compute(support, day(5));
        QVERIFY(report.ok());
        for (const SmsFailureGroup& group : report->groups)
            for (const SmsFailedClient& client : group.clients)
                QVERIFY(client.clientId != fixture.recovered.id);
    }

    void emptyLogGivesNoGroups()
    {
        TestDatabase database;
        database.addClient(makeClient(1, u"Ada"_s, u"Quiet"_s));
        auto report = SmsFailureReport(database.db()).compute(support, std::nullopt);
        QVERIFY(report.ok());
        QVERIFY(report->groups.isEmpty());
        QCOMPARE(report->clientCount(), 0);
    }

    void smallBatchesGiveTheSameAnswerAndReportProgress()
    {
        Fixture fixture;
        QList<qint64> seen;
        auto report = SmsFailureReport(fixture.database.db())
                          .compute(
                              support, std::nullopt, {},
                              [&](qint64 done, qint64 total) {
                                  QCOMPARE(total, qint64(11));
                                  seen << done;
                              },
                              2);
        QVERIFY(report.ok());
        QCOMPARE(causes(report.value()),
                 (QStringList {u"twilio/30007:2"_s, u"twilio/30003:1"_s, u"twilio/30005:1"_s, u"vonage/:1"_s}));
        QCOMPARE(seen, (QList<qint64> {0, 2, 4, 6, 8, 10, 11}));
    }

    void cancelStopsBetweenBatches()
    {
        Fixture fixture;
        int batches = 0;
        auto report
            = SmsFailureReport(fixture.database.db())
                  .compute(
                      support, std::nullopt, [&] { return batches >= 2; }, [&](qint64, qint64) { ++batches; }, 2);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(batches, 2);
    }

    void jobComputesOffTheCallingThread()
    {
        Fixture fixture;
        QObject context;
        auto* job = startSmsFailureReport(fixture.database.db().location(), support, std::nullopt, nullptr, 3);
        std::optional<Result<SmsFailureSummary>> outcome;
        QThread* deliveredOn = nullptr;
        job->then(&context, [&](Result<SmsFailureSummary> report) {
            outcome = std::move(report);
            deliveredOn = QThread::currentThread();
        });
        QSignalSpy finished(job, &Job::finished);
        QSignalSpy progress(job, &Job::progress);
        QVERIFY(!job->isFinished());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(outcome);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().toString()));
        QCOMPARE(causes(outcome->value()),
                 (QStringList {u"twilio/30007:2"_s, u"twilio/30003:1"_s, u"twilio/30005:1"_s, u"vonage/:1"_s}));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong()); // all done
        QVERIFY(progress.last().at(1).toLongLong() > 0);
    }

    void cancelledJobFinishesWithCancelled()
    {
        Fixture fixture;
        QObject context;
        auto* job = startSmsFailureReport(fixture.database.db().location(), support, std::nullopt);
        std::optional<Result<SmsFailureSummary>> outcome;
        job->then(&context, [&](Result<SmsFailureSummary> report) { outcome = std::move(report); });
        QSignalSpy finished(job, &Job::finished);
        job->cancel(); // before the worker opened its connection
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(outcome);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSmsFailureReport)
#include "tst_smsfailurereport.moc"
