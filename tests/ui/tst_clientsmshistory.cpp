// SPDX-License-Identifier: GPL-3.0-or-later
// The client's SMS tab on a real database, the real keychain and a real local Twilio-speaking
// server: messages by client id and by number, newest first, error codes in plain words, the
// empty state, and Refresh (progress, Cancel, the table reloaded with the provider's status).
#include "core/common/DateTimeText.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderService.h"
#include "core/sms/SmsHistory.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmsLog.h"
#include "ui/sms/ClientSmsHistoryWidget.h"
#include "ui/sms/SmsHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace backoffice;
using namespace backoffice::test;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
QString sid(int n)
{
    return u"SM%1"_s.arg(n, 32, 16, QLatin1Char('0'));
}

qint64 logMessage(const Database& database, std::optional<qint64> clientId, const QString& to, SmsStatus status,
                  const QString& code, const QDateTime& at, std::optional<qint64> providerId = std::nullopt,
                  const QString& messageId = {})
{
    SmsMessageRecord message = twilioMessage(clientId, to, status, code, at);
    message.providerId = providerId;
    message.providerMessageId = messageId;
    return logSms(database, message);
}

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(9, 0), QTimeZone::utc());
}
} // namespace

class TestClientSmsHistory : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets {uniqueKeychainService()};

private slots:
    void showsTheClientsMessagesByIdAndByNumberNewestFirst()
    {
        TestDatabase database;
        const Client client = database.addClient(makeClient(1, u"Ada"_s, u"Lovelace"_s));
        const Client other = database.addClient(makeClient(2, u"Bob"_s, u"Other"_s));
        logMessage(database.db(), client.id, client.phone, SmsStatus::Delivered, {}, at(10));
        logMessage(database.db(), std::nullopt, client.phone, SmsStatus::Undelivered, u"30007"_s, at(12));
        logMessage(database.db(), client.id, client.phone, SmsStatus::Failed, u"30003"_s, at(11));
        logMessage(database.db(), other.id, other.phone, SmsStatus::Failed, u"30005"_s, at(13));
        ProviderService service(database.db(), m_secrets, &m_network);

        const SmsHistory history(database.db());
        ClientSmsHistoryWidget widget(history, service, support, client);
        QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        SmsHistoryModel* model = widget.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, SmsHistoryModel::ErrorCode).data().toString(), u"30007"_s);
        QCOMPARE(model->index(1, SmsHistoryModel::ErrorCode).data().toString(), u"30003"_s);
        QCOMPARE(model->index(2, SmsHistoryModel::Status).data(SmsHistoryModel::StatusRole).toString(), u"delivered"_s);
        QCOMPARE(model->index(0, SmsHistoryModel::Meaning).data().toString(),
                 DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).meaning);
        QVERIFY(model->index(0, SmsHistoryModel::Meaning)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).action));
        QCOMPARE(model->index(0, SmsHistoryModel::Provider).data().toString(), u"Twilio main"_s);
        QCOMPARE(model->index(0, SmsHistoryModel::SentAt).data().toString(), dateTimeText(at(12)));
        QVERIFY(widget.view()->isVisible());
        QVERIFY(!widget.findChild<QLabel*>(u"smsHistoryEmpty"_s)->isVisible());
        // Every message is final: nothing to ask the provider.
        QVERIFY(!widget.findChild<QPushButton*>(u"refreshSmsStatus"_s)->isEnabled());
    }

    void emptyStateNamesTheNumber()
    {
        TestDatabase database;
        const Client client = database.addClient(makeClient(3, u"Cy"_s, u"Quiet"_s));
        ProviderService service(database.db(), m_secrets, &m_network);
        const SmsHistory history(database.db());
        ClientSmsHistoryWidget widget(history, service, support, client);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto* empty = widget.findChild<QLabel*>(u"smsHistoryEmpty"_s);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No SMS was sent to %1 through Back Office."_s.arg(client.phone));
        QVERIFY(!widget.view()->isVisible());
    }

    void refreshAsksTheProviderAndReloadsTheTable()
    {
        TwilioProviderRig rig(m_secrets, &m_network, u"Twilio main"_s);
        const Client client = rig.database.addClient(makeClient(4, u"Di"_s, u"Waiting"_s));
        logMessage(rig.database.db(), client.id, client.phone, SmsStatus::Sent, {}, at(14), rig.provider, sid(1));
        logMessage(rig.database.db(), client.id, client.phone, SmsStatus::Queued, {}, at(15), rig.provider, sid(2));
        rig.server.setMessageStatus(sid(1), u"delivered"_s);
        rig.server.setMessageStatus(sid(2), u"undelivered"_s, 30003);

        const SmsHistory history(rig.database.db());
        ClientSmsHistoryWidget widget(history, rig.service, support, client);
        QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto* refresh = widget.findChild<QPushButton*>(u"refreshSmsStatus"_s);
        QVERIFY(refresh->isEnabled());
        QVERIFY(!refresh->accessibleName().isEmpty());
        QSignalSpy finished(&widget, &ClientSmsHistoryWidget::refreshFinished);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(widget.isRefreshing());
        QVERIFY(widget.findChild<QPushButton*>(u"cancelSmsRefresh"_s)->isVisible());
        QVERIFY(widget.findChild<QProgressBar*>()->isVisible());
        QVERIFY(!refresh->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(widget.model()->index(0, SmsHistoryModel::Status).data(SmsHistoryModel::StatusRole).toString(),
                 u"undelivered"_s);
        QCOMPARE(widget.model()->index(0, SmsHistoryModel::ErrorCode).data().toString(), u"30003"_s);
        QCOMPARE(widget.model()->index(1, SmsHistoryModel::Status).data(SmsHistoryModel::StatusRole).toString(),
                 u"delivered"_s);
        QVERIFY(!widget.findChild<QProgressBar*>()->isVisible());
        QCOMPARE(widget.findChild<QLabel*>(u"smsHistoryStatus"_s)->text(), u"2 message(s) updated."_s);
        QVERIFY(!refresh->isEnabled()); // all final now
    }

    void cancelEndsTheRefreshAndKeepsTheOldStatus()
    {
        TwilioProviderRig rig(m_secrets, &m_network, u"Twilio main"_s);
        const Client client = rig.database.addClient(makeClient(5, u"Ed"_s, u"Slow"_s));
        logMessage(rig.database.db(), client.id, client.phone, SmsStatus::Sent, {}, at(14), rig.provider, sid(3));
        rig.server.setMessageStatus(sid(3), u"delivered"_s);
        rig.server.setFault(FakeSmsServer::Fault::Never);

        const SmsHistory history(rig.database.db());
        ClientSmsHistoryWidget widget(history, rig.service, support, client);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy asked(&rig.server, &FakeSmsServer::requestReceived);
        QSignalSpy finished(&widget, &ClientSmsHistoryWidget::refreshFinished);
        QTest::mouseClick(widget.findChild<QPushButton*>(u"refreshSmsStatus"_s), Qt::LeftButton);
        QVERIFY(asked.wait(20000));
        QTest::mouseClick(widget.findChild<QPushButton*>(u"cancelSmsRefresh"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!widget.isRefreshing());
        QCOMPARE(widget.model()->index(0, SmsHistoryModel::Status).data(SmsHistoryModel::StatusRole).toString(),
                 u"sent"_s);
        QVERIFY(widget.findChild<QLabel*>(u"smsHistoryStatus"_s)->text().startsWith(u"Refresh cancelled"_s));
        QVERIFY(widget.findChild<QPushButton*>(u"refreshSmsStatus"_s)->isEnabled());
    }
};

QTEST_MAIN(TestClientSmsHistory)
#include "tst_clientsmshistory.moc"
