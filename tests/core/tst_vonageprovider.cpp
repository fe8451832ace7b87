// SPDX-License-Identifier: GPL-3.0-or-later
// The Vonage client against a real local HTTP server speaking Vonage's SMS, Account and Reports
// APIs as shared/reference/vonage describes them (the server answers what their examples answer).
#include "core/common/Clock.h"
#include "core/diagnosis/checks/SmsFailureAdvice.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/CheckResultText.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/VonageProvider.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/FakeSmsAwait.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestDatabase.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestVonageProvider : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    VonageProvider provider(const FakeSmsServer& server, QByteArray secret = {})
    {
        return provider(server.vonageProvider(), server, std::move(secret));
    }

    VonageProvider provider(const ProviderConfig& config, const FakeSmsServer& server, QByteArray secret = {})
    {
        HttpOptions options;
        options.timeoutMs = 1500;
        options.defaultRetryDelayMs = 10;
        return VonageProvider(config, secret.isEmpty() ? server.vonageApiSecret : secret,
                              HttpClient(&m_network, options));
    }

    // The calls the tests make, waited for (they must report).
    static ProviderResult<SentMessage> sendText(VonageProvider& vonage, const QString& text)
    {
        return awaitProviderFinished<SentMessage>(
            [&](QObject* c, auto done) { return vonage.sendMessage(u"+447700900123"_s, text, c, done); });
    }

    static ProviderResult<MessageStatusInfo> fetchStatus(VonageProvider& vonage, const QString& messageId)
    {
        return awaitProviderFinished<MessageStatusInfo>(
            [&](QObject* c, auto done) { return vonage.fetchMessageStatus(messageId, c, done); });
    }

    static ProviderResult<Balance> fetchBalance(VonageProvider& vonage)
    {
        return awaitProviderFinished<Balance>([&](QObject* c, auto done) { return vonage.fetchBalance(c, done); });
    }

    /// A message that must be sent: fails the test run when it is not.
    SentMessage send(VonageProvider& vonage, const QString& text = u"hi"_s)
    {
        auto sent = sendText(vonage, text);
        if (!sent)
            qFatal("send failed: %s", qPrintable(sent.error().describe()));
        return sent.value();
    }

    /// A balance check as the providers page runs it (not stored: the provider has no id).
    CheckResult balanceCheck(const FakeSmsServer& server)
    {
        TestDatabase database;
        KeychainSecretStore secrets;
        CheckRequest request;
        request.kind = CheckKind::Balance;
        request.secret = server.vonageApiSecret;
        auto* job = new ProviderCheckJob(database.db(), secrets, &m_network, SystemClock::instance(), {},
                                         server.vonageProvider(), request);
        return awaitFinished(job);
    }

private slots:
    void initTestCase() { qRegisterMetaType<CheckResult>(); }

    void balanceIsReadInEurWithBasicAuth()
    {
        FakeSmsServer server;
        auto vonage = provider(server);
        auto result = fetchBalance(vonage);
        QVERIFY(result.ok());
        QCOMPARE(result->amount, u"10.28"_s);
        QCOMPARE(result->currency, u"EUR"_s);
        const auto& request = server.requests().first();
        QCOMPARE(request.path, u"/account/get-balance"_s);
        QVERIFY2(!request.queryString.contains(u"api_secret"_s), "the secret stays out of the URL");
        QCOMPARE(request.headers.value("authorization"),
                 "Basic " + (server.vonageApiKey.toUtf8() + ':' + server.vonageApiSecret).toBase64());
    }

    void balanceIsNeverRounded_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("amount");
        QTest::newRow("account.yml example") << 10.171275 << u"10.171275"_s;
        QTest::newRow("less than a cent") << 0.004 << u"0.004"_s;
        QTest::newRow("whole") << 3.0 << u"3"_s;
    }

    void balanceIsNeverRounded()
    {
        QFETCH(double, value);
        QFETCH(QString, amount);
        FakeSmsServer server;
        server.vonageBalance = value;
        auto vonage = provider(server);
        auto result = fetchBalance(vonage);
        QVERIFY(result.ok());
        QCOMPARE(result->amount, amount);
        QCOMPARE(result->value(), value);
    }

    void aFewMillicentsAreNotNoMoneyLeft()
    {
        FakeSmsServer server;
        server.vonageBalance = 0.004;
        const CheckResult some = balanceCheck(server);
        QCOMPARE(some.outcome, CheckOutcome::Ok);
        QVERIFY2(some.warning.isEmpty(), qPrintable(some.warning));
        QVERIFY(!CheckResultText::describe(some, u"vonage"_s).contains(u"no money left"_s));
        QVERIFY(CheckResultText::describe(some, u"vonage"_s).contains(u"0.004"_s));

        server.vonageBalance = 0;
        const CheckResult none = balanceCheck(server);
        QCOMPARE(none.warning, u"no_balance"_s);
    }

    void wrongSecretIsWrongCredentials()
    {
        FakeSmsServer server;
        auto vonage = provider(server, "nope");
        auto result = awaitProviderFinished<AccountInfo>(
            [&](QObject* c, auto done) { return vonage.checkCredentials(c, done); });
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
    }

    void sendPostsDigitsWithoutPlusAndReadsMessageId()
    {
        FakeSmsServer server;
        auto vonage = provider(server);
        auto result = sendText(vonage, u"a+b"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->messageId, server.lastMessageSid());
        const auto& request = server.requests().first();
        QCOMPARE(request.path, u"/sms/json"_s);
        QCOMPARE(request.formValue(u"to"_s), u"447700900123"_s);
        QCOMPARE(request.formValue(u"text"_s), u"a+b"_s);
        QVERIFY(request.body.contains("text=a%2Bb"));
        QCOMPARE(request.formValue(u"from"_s), u"BackOffice"_s);
        QVERIFY2(!request.body.contains("type="), "GSM-7 text goes as the default type=text");
    }

    void textOutsideGsm7IsSentAsUnicode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::newRow("ascii") << u"Your code is 123456"_s << QString();
        QTest::newRow("gsm accents") << u"Café: é ü ñ Ä Ø Å ß"_s << QString();
        QTest::newRow("gsm extension table") << u"€ [x] {y} ^ ~ | \\"_s << QString();
        QTest::newRow("cyrillic") << u"Ваш код 123456"_s << u"unicode"_s;
        QTest::newRow("emoji") << u"code 123456 \U0001F512"_s << u"unicode"_s;
        QTest::newRow("lower-case c cedilla") << u"reçu"_s << u"unicode"_s; // GSM-7 has only Ç
        QTest::newRow("backtick") << u"`123456`"_s << u"unicode"_s;
    }

    void textOutsideGsm7IsSentAsUnicode()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        FakeSmsServer server;
        auto vonage = provider(server);
        send(vonage, text);
        const auto& request = server.requests().first();
        QCOMPARE(request.formValue(u"type"_s), type);
        QCOMPARE(request.formValue(u"text"_s), text);
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
        QTest::newRow("8 partner account barred") << u"8"_s << ProviderFailure::InsufficientBalance;
        QTest::newRow("9 partner quota violation") << u"9"_s << ProviderFailure::InsufficientBalance;
        QTest::newRow("10 too many binds") << u"10"_s << ProviderFailure::RateLimited;
        QTest::newRow("15 invalid sender") << u"15"_s << ProviderFailure::Rejected;
        QTest::newRow("29 non-whitelisted destination") << u"29"_s << ProviderFailure::Rejected;
    }

    void sendStatusesMapToCauses()
    {
        QFETCH(QString, status);
        QFETCH(ProviderFailure, expected);
        FakeSmsServer server;
        server.vonageSendStatus = status;
        auto vonage = provider(server);
        auto result = sendText(vonage, u"hi"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, expected);
        QCOMPARE(result.error().providerCode, status);
        QCOMPARE(server.count("POST"), 1);
    }

    void accountBarredAndDemoModeAreExplainedSpecifically_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("meaning");
        QTest::addColumn<QString>("action");
        QTest::newRow("8") << u"8"_s << u"barred"_s << u"Vonage support"_s;
        QTest::newRow("29") << u"29"_s << u"demo mode"_s << u"test numbers"_s;
    }

    void accountBarredAndDemoModeAreExplainedSpecifically()
    {
        QFETCH(QString, status);
        QFETCH(QString, meaning);
        QFETCH(QString, action);
        FakeSmsServer server;
        server.vonageSendStatus = status;
        auto vonage = provider(server);
        auto sent = sendText(vonage, u"hi"_s);
        QVERIFY(!sent.ok());
        CheckResult result;
        result.kind = CheckKind::TestSms;
        result.error = sent.error();
        const QString text = CheckResultText::describe(result, u"vonage"_s);
        QVERIFY2(text.contains(meaning), qPrintable(text));
        QVERIFY2(text.contains(action), qPrintable(text));
        const QString advice = SmsFailureAdvice::forFailure(sent.error(), server.vonageProvider());
        QVERIFY2(advice.contains(action), qPrintable(advice));
        QVERIFY2(!advice.contains(u"Check the provider settings"_s), "not the generic advice for a refusal");
    }

    void sendResetMidAnswerIsUnknownNotFailed()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::ResetMidAnswer);
        auto vonage = provider(server);
        auto result = sendText(vonage, u"hi"_s);
        QVERIFY(!server.lastMessageSid().isEmpty()); // Vonage did accept it
        QCOMPARE(result.error().failure, ProviderFailure::OutcomeUnknown);
        QCOMPARE(server.count("POST"), 1);
    }

    void wrongSecretOnSendIsWrongCredentialsDespiteHttp200()
    {
        FakeSmsServer server;
        auto vonage = provider(server, "nope");
        auto result = sendText(vonage, u"hi"_s);
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
        QCOMPARE(result.error().httpStatus, 200);
    }

    void deliveryStatusComesFromTheReportsApiWithBasicAuth()
    {
        FakeSmsServer server;
        auto vonage = provider(server);
        const SentMessage sent = send(vonage);
        server.setVonageReport(sent.messageId, u"failed"_s, u"9"_s, u"Illegal Number"_s);
        server.clearRequests();
        auto result = fetchStatus(vonage, sent.messageId);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
        QCOMPARE(result->messageId, sent.messageId);
        QCOMPARE(result->status, SmsStatus::Failed);
        QCOMPARE(result->errorCode, u"9"_s);
        QCOMPARE(result->errorMessage, u"Illegal Number"_s);
        QCOMPARE(result->createdAt, QDateTime(QDate(2019, 6, 28), QTime(15, 30), QTimeZone::utc()));
        QCOMPARE(result->updatedAt, QDateTime(QDate(2019, 6, 28), QTime(15, 30, 9), QTimeZone::utc()));

        QCOMPARE(server.requests().size(), 1);
        const auto& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, u"/v2/reports/records"_s);
        const QUrlQuery query = request.query();
        QCOMPARE(query.queryItemValue(u"account_id"_s), server.vonageApiKey);
        QCOMPARE(query.queryItemValue(u"product"_s), u"SMS"_s);
        QCOMPARE(query.queryItemValue(u"direction"_s), u"outbound"_s);
        QCOMPARE(query.queryItemValue(u"id"_s), sent.messageId);
        QVERIFY2(!request.queryString.contains(QString::fromLatin1(server.vonageApiSecret)),
                 "the secret stays out of the URL");
        QCOMPARE(request.headers.value("authorization"),
                 "Basic " + (server.vonageApiKey.toUtf8() + ':' + server.vonageApiSecret).toBase64());
    }

    void reportsHostIsItsOwnSetting()
    {
        FakeSmsServer sms;
        FakeSmsServer reports;
        ProviderConfig config = sms.vonageProvider();
        config.reportsBaseUrl = reports.baseUrl() + u"/"_s;
        reports.setVonageReport(u"0A0000000123ABCD1"_s, u"delivered"_s);
        auto vonage = provider(config, sms);
        auto result = fetchStatus(vonage, u"0A0000000123ABCD1"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->status, SmsStatus::Delivered);
        QCOMPARE(sms.requests().size(), 0);
        QCOMPARE(reports.count("GET", u"/v2/reports/records"_s), 1);

        ProviderConfig defaults = sms.vonageProvider();
        defaults.reportsBaseUrl.clear();
        QCOMPARE(defaults.reportsUrl(u"/v2/reports/records"_s), QUrl(u"https://api.nexmo.com/v2/reports/records"_s));
    }

    void wrongSecretOnReportsIsWrongCredentialsWithVonagesWords()
    {
        FakeSmsServer server;
        server.setVonageReport(u"0A0000000123ABCD1"_s, u"delivered"_s);
        auto vonage = provider(server, "nope");
        auto result = fetchStatus(vonage, u"0A0000000123ABCD1"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
        QCOMPARE(result.error().httpStatus, 401);
        QCOMPARE(result.error().providerMessage, u"You did not provide correct credentials."_s);
    }

    void messageMissingFromTheReportsIsRefusedNotSent()
    {
        FakeSmsServer server;
        auto vonage = provider(server);
        auto result = fetchStatus(vonage, u"0A00000000FFFFFF"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::Rejected);
        QVERIFY(result.error().detail.contains(u"reports"_s));
    }

    void unknownIsNeverShownAsSent()
    {
        FakeSmsServer server;
        server.vonageReportStatus = u"unknown"_s;
        auto vonage = provider(server);
        const SentMessage sent = send(vonage);
        auto result = fetchStatus(vonage, sent.messageId);
        QVERIFY(result.ok());
        QCOMPARE(result->status, SmsStatus::Unknown);
        CheckResult check;
        check.kind = CheckKind::MessageStatus;
        check.outcome = CheckOutcome::Ok;
        check.message = result.value();
        const QString text = CheckResultText::describe(check, u"vonage"_s);
        QVERIFY2(!text.contains(u"handed to the carrier"_s), qPrintable(text));
        QVERIFY2(text.contains(u"does not know"_s), qPrintable(text));
    }

    void reportStatusesMap_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<SmsStatus>("expected");
        // reports.yml sms_status, and the Reports API's status filter's "deleted".
        QTest::newRow("delivered") << u"delivered"_s << SmsStatus::Delivered;
        QTest::newRow("expired") << u"expired"_s << SmsStatus::Undelivered;
        QTest::newRow("failed") << u"failed"_s << SmsStatus::Failed;
        QTest::newRow("rejected") << u"rejected"_s << SmsStatus::Failed;
        QTest::newRow("deleted") << u"deleted"_s << SmsStatus::Failed;
        QTest::newRow("accepted") << u"accepted"_s << SmsStatus::Sent;
        QTest::newRow("buffered") << u"buffered"_s << SmsStatus::Sent;
        QTest::newRow("unknown") << u"unknown"_s << SmsStatus::Unknown;
        QTest::newRow("UNKNOWN") << u"UNKNOWN"_s << SmsStatus::Unknown;
        QTest::newRow("a status of the future") << u"teleported"_s << SmsStatus::Unknown;
    }

    void reportStatusesMap()
    {
        QFETCH(QString, status);
        QFETCH(SmsStatus, expected);
        QCOMPARE(VonageProvider::statusFromVonage(status), expected);
    }
};

QTEST_GUILESS_MAIN(TestVonageProvider)
#include "tst_vonageprovider.moc"
