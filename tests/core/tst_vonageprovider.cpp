// SPDX-License-Identifier: GPL-3.0-or-later
// The Vonage client against a real local HTTP server speaking Vonage's SMS API.
#include "core/sms/VonageProvider.h"
#include "tests/support/FakeSmsAwait.h"
#include "tests/support/FakeSmsServer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestVonageProvider : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    VonageProvider provider(const FakeSmsServer& server, QByteArray secret = {})
    {
        ProviderConfig config;
        config.kind = u"vonage"_s;
        config.name = u"Vonage"_s;
        config.accountId = server.vonageApiKey;
        config.sender = u"BackOffice"_s;
        config.baseUrl = server.baseUrl();
        HttpOptions options;
        options.timeoutMs = 1500;
        options.defaultRetryDelayMs = 10;
        return VonageProvider(config, secret.isEmpty() ? server.vonageApiSecret : secret,
                              HttpClient(&m_network, options));
    }

    template<typename T, typename Call> static ProviderResult<T> call(Call call)
    {
        auto result = awaitProvider<T>(call);
        if (!result)
            qFatal("provider call never reported");
        return *result;
    }

private slots:
    void balanceIsReadInEurWithBasicAuth()
    {
        FakeSmsServer server;
        auto vonage = provider(server);
        auto result = call<Balance>([&](QObject* c, auto done) { return vonage.fetchBalance(c, done); });
        QVERIFY(result.ok());
        QCOMPARE(result->amount, u"10.28"_s);
        QCOMPARE(result->currency, u"EUR"_s);
        const auto& request = server.requests().first();
        QCOMPARE(request.path, u"/account/get-balance"_s);
        QVERIFY2(!request.queryString.contains(u"api_secret"_s), "the secret stays out of the URL");
        QCOMPARE(request.headers.value("authorization"),
                 "Basic " + (server.vonageApiKey.toUtf8() + ':' + server.vonageApiSecret).toBase64());
    }

    void wrongSecretIsWrongCredentials()
    {
        FakeSmsServer server;
        auto vonage = provider(server, "nope");
        auto result = call<AccountInfo>([&](QObject* c, auto done) { return vonage.checkCredentials(c, done); });
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
    }

    void sendPostsDigitsWithoutPlusAndReadsMessageId()
    {
        FakeSmsServer server;
        auto vonage = provider(server);
        auto result = call<SentMessage>(
            [&](QObject* c, auto done) { return vonage.sendMessage(u"+447700900123"_s, u"a+b"_s, c, done); });
        QVERIFY(result.ok());
        QCOMPARE(result->messageId, server.lastMessageSid());
        const auto& request = server.requests().first();
        QCOMPARE(request.path, u"/sms/json"_s);
        QCOMPARE(request.formValue(u"to"_s), u"447700900123"_s);
        QCOMPARE(request.formValue(u"text"_s), u"a+b"_s);
        QVERIFY(request.body.contains("text=a%2Bb"));
        QCOMPARE(request.formValue(u"from"_s), u"BackOffice"_s);
    }

    void sendStatusesMapToCauses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<ProviderFailure>("expected");
        QTest::newRow("1 throttled") << u"1"_s << ProviderFailure::RateLimited;
        QTest::newRow("2 missing params") << u"2"_s << ProviderFailure::Rejected;
        QTest::newRow("3 invalid params") << u"3"_s << ProviderFailure::Rejected;
        QTest::newRow("4 invalid credentials") << u"4"_s << ProviderFailure::WrongCredentials;
        QTest::newRow("5 internal error") << u"5"_s << ProviderFailure::ProviderUnavailable;
        QTest::newRow("6 invalid message") << u"6"_s << ProviderFailure::Rejected;
        QTest::newRow("7 number barred") << u"7"_s << ProviderFailure::Rejected;
        QTest::newRow("8 partner account barred") << u"8"_s << ProviderFailure::Rejected;
        QTest::newRow("9 quota exceeded") << u"9"_s << ProviderFailure::InsufficientBalance;
    }

    void sendStatusesMapToCauses()
    {
        QFETCH(QString, status);
        QFETCH(ProviderFailure, expected);
        FakeSmsServer server;
        server.vonageSendStatus = status;
        auto vonage = provider(server);
        auto result = call<SentMessage>(
            [&](QObject* c, auto done) { return vonage.sendMessage(u"+447700900123"_s, u"hi"_s, c, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, expected);
        QCOMPARE(result.error().providerCode, status);
        QCOMPARE(server.count("POST"), 1);
    }

    void sendResetMidAnswerIsUnknownNotFailed()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::ResetMidAnswer);
        auto vonage = provider(server);
        auto result = call<SentMessage>(
            [&](QObject* c, auto done) { return vonage.sendMessage(u"+447700900123"_s, u"hi"_s, c, done); });
        QVERIFY(!server.lastMessageSid().isEmpty()); // Vonage did accept it
        QCOMPARE(result.error().failure, ProviderFailure::OutcomeUnknown);
        QCOMPARE(server.count("POST"), 1);
    }

    void wrongSecretOnSendIsWrongCredentialsDespiteHttp200()
    {
        FakeSmsServer server;
        auto vonage = provider(server, "nope");
        auto result = call<SentMessage>(
            [&](QObject* c, auto done) { return vonage.sendMessage(u"+447700900123"_s, u"hi"_s, c, done); });
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
        QCOMPARE(result.error().httpStatus, 200);
    }

    void messageStatusReadsFinalStatusAndErrorCode()
    {
        FakeSmsServer server;
        server.vonageFinalStatus = u"UNDELIV"_s;
        server.vonageErrorCode = u"2"_s;
        auto vonage = provider(server);
        auto result = call<MessageStatusInfo>(
            [&](QObject* c, auto done) { return vonage.fetchMessageStatus(u"0A0000000123ABCD1"_s, c, done); });
        QVERIFY(result.ok());
        QCOMPARE(result->status, SmsStatus::Undelivered);
        QCOMPARE(result->errorCode, u"2"_s);
        QCOMPARE(result->createdAt, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    }

    void finalStatusesMap_data()
    {
        QTest::addColumn<QString>("finalStatus");
        QTest::addColumn<SmsStatus>("expected");
        QTest::newRow("DELIVRD") << u"DELIVRD"_s << SmsStatus::Delivered;
        QTest::newRow("EXPIRED") << u"EXPIRED"_s << SmsStatus::Undelivered;
        QTest::newRow("UNDELIV") << u"UNDELIV"_s << SmsStatus::Undelivered;
        QTest::newRow("REJECTD") << u"REJECTD"_s << SmsStatus::Failed;
        QTest::newRow("ACCEPTD") << u"ACCEPTD"_s << SmsStatus::Sent;
        QTest::newRow("BUFFERED") << u"BUFFERED"_s << SmsStatus::Sent;
    }

    void finalStatusesMap()
    {
        QFETCH(QString, finalStatus);
        QFETCH(SmsStatus, expected);
        QCOMPARE(VonageProvider::statusFromVonage(finalStatus), expected);
    }
};

QTEST_GUILESS_MAIN(TestVonageProvider)
#include "tst_vonageprovider.moc"
