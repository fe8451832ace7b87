// SPDX-License-Identifier: GPL-3.0-or-later
// MessageStatusRefresher against a real local HTTP server speaking Twilio's API, the real keychain
// and a real SQLite database: non-final messages get the provider's current status (and error
// code) in the message log, one after another, with progress; final ones are not asked about;
// cancel stops the run.
#include "core/secrets/SecretStore.h"
#include "core/sms/MessageStatusRefresher.h"
#include "core/sms/ProviderService.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmsLog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString sid(int n)
{
    return u"SM%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}
} // namespace

class TestMessageStatusRefresher : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets {uniqueKeychainService()};

    /// A database with a Twilio provider on a fake server, its auth token in the keychain, and the
    /// service the refresher asks through.
    struct TwilioRig : TwilioProviderRig
    {
        using TwilioProviderRig::TwilioProviderRig;

        /// A message the provider sent as `messageId`, in the log with `status`.
        SmsMessageRecord logMessage(const QString& messageId, SmsStatus status) const
        {
            SmsMessageRecord message;
            message.providerId = provider;
            message.providerKind = u"twilio"_s;
            message.providerName = u"Twilio"_s;
            message.to = u"+447700900001"_s;
            message.providerMessageId = messageId;
            message.status = status;
            message.createdAt = QDateTime::currentDateTimeUtc();
            message.id = logSms(database.db(), message);
            return message;
        }
    };

private slots:
    void initTestCase() { qRegisterMetaType<MessageRefreshSummary>(); }

    void sentMessagesGetTheProviderStatusAndErrorCode()
    {
        TwilioRig rig(m_secrets, &m_network);
        const auto delivered = rig.logMessage(sid(1), SmsStatus::Sent);
        const auto undelivered = rig.logMessage(sid(2), SmsStatus::Queued);
        const auto alreadyFinal = rig.logMessage(sid(3), SmsStatus::Failed);
        rig.server.setMessageStatus(sid(1), u"delivered"_s);
        rig.server.setMessageStatus(sid(2), u"undelivered"_s, 30003, u"Unreachable destination handset"_s);
        rig.server.setMessageStatus(sid(3), u"delivered"_s); // must not be asked: failed is final
        rig.server.clearRequests();

        auto* refresher = new MessageStatusRefresher(rig.service, support, {delivered, undelivered, alreadyFinal});
        QCOMPARE(refresher->total(), 2);
        QSignalSpy progress(refresher, &Job::progress);
        QSignalSpy finished(refresher, &Job::finished);
        QVERIFY(finished.isEmpty()); // never inside the call that started it
        const std::optional<MessageRefreshSummary> done = awaitResult(refresher);
        QVERIFY(done);
        const MessageRefreshSummary& summary = *done;
        QCOMPARE(summary.asked, 2);
        QCOMPARE(summary.refreshed, 2);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.skipped, 1);
        QVERIFY(!summary.cancelled);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 2);
        QCOMPARE(progress.last().at(1).toLongLong(), 2);

        const MessageLog log(rig.database.db());
        QCOMPARE(log.find(delivered.id)->status, SmsStatus::Delivered);
        QCOMPARE(log.find(undelivered.id)->status, SmsStatus::Undelivered);
        QCOMPARE(log.find(undelivered.id)->errorCode, u"30003"_s);
        QCOMPARE(log.find(alreadyFinal.id)->status, SmsStatus::Failed);
        QCOMPARE(rig.server.count("GET", u"/Messages/%1.json"_s.arg(sid(3))), 0);
        QCOMPARE(rig.server.count("GET", u"/Messages/%1.json"_s.arg(sid(1))), 1);
    }

    void unknownMessageCountsAsFailedAndTheRestGoesOn()
    {
        TwilioRig rig(m_secrets, &m_network);
        const auto unknown = rig.logMessage(sid(7), SmsStatus::Sent); // server answers 404
        const auto known = rig.logMessage(sid(8), SmsStatus::Sent);
        rig.server.setMessageStatus(sid(8), u"delivered"_s);
        auto* refresher = new MessageStatusRefresher(rig.service, support, {unknown, known});
        const std::optional<MessageRefreshSummary> done = awaitResult(refresher);
        QVERIFY(done);
        const MessageRefreshSummary& summary = *done;
        QCOMPARE(summary.refreshed, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(MessageLog(rig.database.db()).find(unknown.id)->status, SmsStatus::Sent);
        QCOMPARE(MessageLog(rig.database.db()).find(known.id)->status, SmsStatus::Delivered);
    }

    void cancelStopsTheCallUnderWayAndAsksNoMore()
    {
        TwilioRig rig(m_secrets, &m_network);
        const auto first = rig.logMessage(sid(4), SmsStatus::Sent);
        const auto second = rig.logMessage(sid(5), SmsStatus::Sent);
        rig.server.setMessageStatus(sid(4), u"delivered"_s);
        rig.server.setMessageStatus(sid(5), u"delivered"_s);
        rig.server.clearRequests();
        rig.server.setFault(FakeSmsServer::Fault::Never);
        auto* refresher = new MessageStatusRefresher(rig.service, support, {first, second});
        std::optional<MessageRefreshSummary> done;
        refresher->then(this, [&](const MessageRefreshSummary& summary) { done = summary; });
        QSignalSpy finished(refresher, &Job::finished);
        QSignalSpy asked(&rig.server, &FakeSmsServer::requestReceived);
        QVERIFY(asked.wait(20000));
        refresher->cancel(); // may report at once: the call under way ends as cancelled
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(done);
        const MessageRefreshSummary& summary = *done;
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.refreshed, 0);
        QCOMPARE(rig.server.requests().size(), 1);
        QCOMPARE(MessageLog(rig.database.db()).find(second.id)->status, SmsStatus::Sent);
    }

    void onlyMessagesWithAProviderAndItsMessageIdAreAsked()
    {
        // A message without a provider (removed) or without its id cannot be asked about.
        SmsMessageRecord orphan;
        orphan.status = SmsStatus::Sent;
        orphan.providerMessageId = sid(9);
        QVERIFY(!MessageStatusRefresher::canRefresh(orphan));
        orphan.providerId = 3;
        QVERIFY(MessageStatusRefresher::canRefresh(orphan));
        orphan.providerMessageId.clear();
        QVERIFY(!MessageStatusRefresher::canRefresh(orphan));
    }
};

QTEST_GUILESS_MAIN(TestMessageStatusRefresher)
#include "tst_messagestatusrefresher.moc"
