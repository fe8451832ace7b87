// SPDX-License-Identifier: GPL-3.0-or-later
// The Twilio client against a real local HTTP server speaking Twilio's API: the wire format
// (paths, Basic auth, form encoding), the answers, and every failure cause.
#include "core/sms/TwilioProvider.h"
#include "tests/support/FakeSmsAwait.h"
#include "tests/support/FakeSmsServer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestTwilioProvider : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    TwilioProvider provider(const FakeSmsServer& server, QByteArray secret = {}, HttpOptions options = fastOptions())
    {
        return TwilioProvider(server.twilioProvider(), secret.isEmpty() ? server.twilioAuthToken : secret,
                              HttpClient(&m_network, options));
    }

    /// A provider whose server stopped listening: every connection is refused.
    TwilioProvider refusingProvider(FakeSmsServer& server)
    {
        ProviderConfig settings = server.twilioProvider();
        server.stopListening();
        return TwilioProvider(settings, server.twilioAuthToken, HttpClient(&m_network, fastOptions()));
    }

    static HttpOptions fastOptions()
    {
        HttpOptions options;
        options.timeoutMs = 1500;
        options.defaultRetryDelayMs = 10;
        options.maxRetryDelayMs = 2000;
        return options;
    }

    // The calls the tests make, waited for (they must report).
    static ProviderResult<AccountInfo> checkCredentials(TwilioProvider& twilio)
    {
        return awaitProviderFinished<AccountInfo>(
            [&](QObject* c, auto done) { return twilio.checkCredentials(c, done); });
    }

    static ProviderResult<Balance> fetchBalance(TwilioProvider& twilio)
    {
        return awaitProviderFinished<Balance>([&](QObject* c, auto done) { return twilio.fetchBalance(c, done); });
    }

    /// "hi" to a UK mobile number.
    static ProviderResult<SentMessage> sendHi(TwilioProvider& twilio)
    {
        return awaitProviderFinished<SentMessage>(
            [&](QObject* c, auto done) { return twilio.sendMessage(u"+447700900123"_s, u"hi"_s, c, done); });
    }

private slots:
    void credentialsAreAcceptedAndAccountStatusRead()
    {
        FakeSmsServer server;
        auto twilio = provider(server);
        auto result = checkCredentials(twilio);
        QVERIFY(result.ok());
        QCOMPARE(result->status, u"active"_s);
        QCOMPARE(result->type, u"Full"_s);
        QCOMPARE(server.requests().size(), 1);
        const auto& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, u"/2010-04-01/Accounts/%1.json"_s.arg(server.twilioAccountSid));
        QCOMPARE(request.headers.value("authorization"),
                 "Basic " + (server.twilioAccountSid.toUtf8() + ':' + server.twilioAuthToken).toBase64());
    }

    void suspendedAccountIsReportedAsNotActive()
    {
        FakeSmsServer server;
        server.twilioAccountStatus = u"suspended"_s;
        auto twilio = provider(server);
        auto result = checkCredentials(twilio);
        QVERIFY(result.ok());
        QVERIFY(!result->active());
    }

    void wrongAuthTokenIsWrongCredentials()
    {
        FakeSmsServer server;
        auto twilio = provider(server, "ffffffffffffffffffffffffffffffff");
        auto result = checkCredentials(twilio);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
        QCOMPARE(result.error().providerCode, u"20003"_s);
        QCOMPARE(result.error().httpStatus, 401);
        QVERIFY(!result.error().describe().contains(u"ffffffff"_s));
    }

    void apiKeyCredentialsAreCheckedByListingMessages()
    {
        FakeSmsServer server;
        ProviderConfig settings = server.twilioProvider();
        settings.apiKeySid = server.twilioApiKeySid;
        TwilioProvider twilio(settings, server.twilioApiKeySecret, HttpClient(&m_network, fastOptions()));
        auto result = checkCredentials(twilio);
        QVERIFY(result.ok());
        const auto& request = server.requests().first();
        QCOMPARE(request.path, u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(server.twilioAccountSid));
        QCOMPARE(request.query().queryItemValue(u"PageSize"_s), u"1"_s);
        QCOMPARE(request.headers.value("authorization"),
                 "Basic " + (server.twilioApiKeySid.toUtf8() + ':' + server.twilioApiKeySecret).toBase64());
    }

    void balanceIsReadAsDecimalString()
    {
        FakeSmsServer server;
        server.twilioBalance = u"0.75"_s;
        auto twilio = provider(server);
        auto result = fetchBalance(twilio);
        QVERIFY(result.ok());
        QCOMPARE(result->amount, u"0.75"_s);
        QCOMPARE(result->currency, u"USD"_s);
        QCOMPARE(server.requests().first().path,
                 u"/2010-04-01/Accounts/%1/Balance.json"_s.arg(server.twilioAccountSid));
    }

    void sendPostsFormWithPlusPercentEncodedAndGets201()
    {
        FakeSmsServer server;
        auto twilio = provider(server);
        auto result = awaitProviderFinished<SentMessage>([&](QObject* c, auto done) {
            return twilio.sendMessage(u"+447700900123"_s, u"Code 1+1 & more"_s, c, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
        QVERIFY(result->messageId.startsWith(u"SM"_s));
        QCOMPARE(result->messageId.size(), 34);
        QCOMPARE(result->status, SmsStatus::Queued);
        QCOMPARE(server.count("POST"), 1);
        const auto& request = server.requests().first();
        QCOMPARE(request.path, u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(server.twilioAccountSid));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY2(request.body.contains("To=%2B447700900123"), request.body.constData());
        QVERIFY(request.body.contains("From=%2B14155550100"));
        QVERIFY(request.body.contains("Body=Code%201%2B1%20%26%20more"));
        QCOMPARE(request.formValue(u"Body"_s), u"Code 1+1 & more"_s);
    }

    void messagingServiceSidIsSentInsteadOfFrom()
    {
        FakeSmsServer server;
        ProviderConfig settings = server.twilioProvider();
        settings.sender = u"MG0123456789abcdef0123456789abcdef"_s;
        TwilioProvider twilio(settings, server.twilioAuthToken, HttpClient(&m_network, fastOptions()));
        auto result = sendHi(twilio);
        QVERIFY(result.ok());
        QCOMPARE(server.requests().first().formValue(u"MessagingServiceSid"_s), settings.sender);
        QVERIFY(!server.requests().first().body.contains("From="));
    }

    void rejectedSendCarriesTwilioCodeAndMessage()
    {
        FakeSmsServer server;
        server.twilioSendErrorCode = 21608;
        auto twilio = provider(server);
        auto result = sendHi(twilio);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::Rejected);
        QCOMPARE(result.error().providerCode, u"21608"_s);
        QCOMPARE(result.error().providerMessage, u"Scripted error 21608"_s);
    }

    void sendIsNeverRetriedOn503()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::Unavailable);
        server.retryAfterSeconds = 0;
        auto twilio = provider(server);
        auto result = sendHi(twilio);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QCOMPARE(server.count("POST"), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void sendIsNeverRetriedOn429()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::TooManyRequests);
        server.retryAfterSeconds = 0;
        auto twilio = provider(server);
        auto result = sendHi(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::RateLimited);
        QCOMPARE(server.count("POST"), 1);
    }

    void sendIsNotResentWhenTheConnectionDropsBeforeTheAnswer_data()
    {
        QTest::addColumn<FakeSmsServer::Fault>("fault");
        QTest::addColumn<ProviderFailure>("expected");
        // The request went out and no whole answer came back: the SMS may have been sent.
        QTest::newRow("dropped") << FakeSmsServer::Fault::CloseConnection << ProviderFailure::OutcomeUnknown;
        QTest::newRow("silent") << FakeSmsServer::Fault::Never << ProviderFailure::OutcomeUnknown;
        QTest::newRow("reset mid-answer") << FakeSmsServer::Fault::ResetMidAnswer << ProviderFailure::OutcomeUnknown;
        QTest::newRow("trickled") << FakeSmsServer::Fault::TrickleBody << ProviderFailure::OutcomeUnknown;
        // The provider answered that it failed.
        QTest::newRow("500") << FakeSmsServer::Fault::ServerError << ProviderFailure::ProviderUnavailable;
    }

    void sendIsNotResentWhenTheConnectionDropsBeforeTheAnswer()
    {
        QFETCH(FakeSmsServer::Fault, fault);
        QFETCH(ProviderFailure, expected);
        FakeSmsServer server;
        server.setFault(fault);
        auto twilio = provider(server);
        auto result = sendHi(twilio);
        QCOMPARE(result.error().failure, expected);
        QCOMPARE(server.count("POST"), 1);
        if (fault == FakeSmsServer::Fault::CloseConnection)
            QVERIFY2(result.error().detail.contains(u"may have been received"_s), qPrintable(result.error().detail));
    }

    void sendResetMidAnswerIsUnknownAlthoughTheProviderSentIt()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::ResetMidAnswer);
        auto twilio = provider(server);
        auto result = sendHi(twilio);
        QVERIFY(!server.lastMessageSid().isEmpty()); // the provider did create the message
        QCOMPARE(result.error().failure, ProviderFailure::OutcomeUnknown);
        QCOMPARE(result.error().httpStatus, 201);
        QVERIFY2(result.error().describe().contains(u"may have been carried out"_s),
                 qPrintable(result.error().describe()));
    }

    void sendRefusedBeforeTheRequestWentOutIsAFailureNotUnknown()
    {
        FakeSmsServer server;
        TwilioProvider twilio = refusingProvider(server);
        auto result = sendHi(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QCOMPARE(result.error().detail, u"connection refused"_s);
    }

    void tricklingServerIsCutOffAtTheTimeout_data()
    {
        QTest::addColumn<FakeSmsServer::Fault>("fault");
        QTest::newRow("whole answer trickled") << FakeSmsServer::Fault::Trickle;
        QTest::newRow("body trickled") << FakeSmsServer::Fault::TrickleBody;
    }

    void tricklingServerIsCutOffAtTheTimeout()
    {
        QFETCH(FakeSmsServer::Fault, fault);
        FakeSmsServer server;
        server.setFault(fault);
        server.trickleMs = 200; // far below the timeout: a transfer timeout alone never fires
        HttpOptions options = fastOptions();
        options.timeoutMs = 1500;
        auto twilio = provider(server, {}, options);
        QElapsedTimer timer;
        timer.start();
        auto result = fetchBalance(twilio);
        const qint64 elapsed = timer.elapsed();
        qInfo("trickled balance ended after %lld ms (timeout 1500 ms)", elapsed);
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QVERIFY2(result.error().detail.contains(u"timeout"_s), qPrintable(result.error().detail));
        QVERIFY2(elapsed >= 1400 && elapsed < 1500 + 500, qPrintable(QString::number(elapsed)));
    }

    void retriesStayWithinTheTimeout()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::Unavailable);
        server.retryAfterSeconds = 1; // a second retry would end after the timeout
        HttpOptions options = fastOptions();
        options.timeoutMs = 1500;
        options.maxGetRetries = 5;
        auto twilio = provider(server, {}, options);
        QElapsedTimer timer;
        timer.start();
        auto result = fetchBalance(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QCOMPARE(server.count("GET"), 2);
        QVERIFY2(timer.elapsed() < 1500 + 500, qPrintable(QString::number(timer.elapsed())));
    }

    void stalledTlsHandshakeIsCutOffAtTheTimeoutAndSendIsNotUnknown()
    {
        FakeSmsServer server; // plain TCP: it reads the ClientHello and never answers it
        server.setFault(FakeSmsServer::Fault::Never);
        ProviderConfig settings = server.twilioProvider();
        settings.baseUrl = u"https://127.0.0.1:%1"_s.arg(server.port());
        HttpOptions options = fastOptions();
        options.timeoutMs = 1000;
        TwilioProvider twilio(settings, server.twilioAuthToken, HttpClient(&m_network, options));
        QElapsedTimer timer;
        timer.start();
        auto result = sendHi(twilio);
        QVERIFY2(timer.elapsed() < 1000 + 500, qPrintable(QString::number(timer.elapsed())));
        // Nothing of the request can have reached the provider before the handshake.
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QVERIFY2(result.error().detail.contains(u"timeout"_s), qPrintable(result.error().detail));
    }

    void getIsRetriedOn503AtMostTheBoundedNumberOfTimes()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::Unavailable);
        server.retryAfterSeconds = 0;
        HttpOptions options = fastOptions();
        options.maxGetRetries = 2;
        auto twilio = provider(server, {}, options);
        auto result = fetchBalance(twilio);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QCOMPARE(server.count("GET"), 3);
    }

    void getSucceedsAfterOne429HonouringRetryAfter()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::TooManyRequests, 1);
        server.retryAfterSeconds = 1;
        auto twilio = provider(server);
        QElapsedTimer timer;
        timer.start();
        auto result = fetchBalance(twilio);
        QVERIFY(result.ok());
        QCOMPARE(server.count("GET"), 2);
        QVERIFY2(timer.elapsed() >= 900, "the retry waited for Retry-After");
    }

    void retryAfterBeyondTheBoundIsNotWaitedFor()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::TooManyRequests);
        server.retryAfterSeconds = 120;
        auto twilio = provider(server);
        auto result = fetchBalance(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::RateLimited);
        QCOMPARE(result.error().retryAfterSeconds, std::optional<int>(120));
        QCOMPARE(server.count("GET"), 1);
    }

    void failuresMapToCauses_data()
    {
        QTest::addColumn<FakeSmsServer::Fault>("fault");
        QTest::addColumn<ProviderFailure>("expected");
        QTest::newRow("401") << FakeSmsServer::Fault::Unauthorized << ProviderFailure::WrongCredentials;
        QTest::newRow("429") << FakeSmsServer::Fault::TooManyRequests << ProviderFailure::RateLimited;
        QTest::newRow("500") << FakeSmsServer::Fault::ServerError << ProviderFailure::ProviderUnavailable;
        QTest::newRow("503") << FakeSmsServer::Fault::Unavailable << ProviderFailure::ProviderUnavailable;
        QTest::newRow("not json") << FakeSmsServer::Fault::Malformed << ProviderFailure::MalformedResponse;
        QTest::newRow("2 MiB with length") << FakeSmsServer::Fault::Oversized << ProviderFailure::MalformedResponse;
        QTest::newRow("2 MiB without length")
            << FakeSmsServer::Fault::OversizedUnannounced << ProviderFailure::MalformedResponse;
        QTest::newRow("no answer") << FakeSmsServer::Fault::Never << ProviderFailure::ProviderUnavailable;
        QTest::newRow("connection dropped")
            << FakeSmsServer::Fault::CloseConnection << ProviderFailure::ProviderUnavailable;
    }

    void failuresMapToCauses()
    {
        QFETCH(FakeSmsServer::Fault, fault);
        QFETCH(ProviderFailure, expected);
        FakeSmsServer server;
        server.setFault(fault);
        server.retryAfterSeconds = 0;
        HttpOptions options = fastOptions();
        options.maxGetRetries = 0;
        auto twilio = provider(server, {}, options);
        auto result = fetchBalance(twilio);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, expected);
        QVERIFY(!result.error().describe().isEmpty());
    }

    void oversizedBodyIsRefusedWithAReason()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::OversizedUnannounced);
        auto twilio = provider(server);
        auto result = fetchBalance(twilio);
        QVERIFY(result.error().detail.contains(u"larger than"_s));
    }

    void silentServerTimesOutAfterTheTimeout()
    {
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::Never);
        HttpOptions options = fastOptions();
        options.timeoutMs = 1000;
        auto twilio = provider(server, {}, options);
        QElapsedTimer timer;
        timer.start();
        auto result = fetchBalance(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QVERIFY2(result.error().detail.contains(u"timeout"_s), qPrintable(result.error().detail));
        QVERIFY(timer.elapsed() >= 900);
    }

    void refusedConnectionIsProviderUnavailable()
    {
        FakeSmsServer server;
        TwilioProvider twilio = refusingProvider(server);
        auto result = fetchBalance(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
        QCOMPARE(result.error().detail, u"connection refused"_s);
    }

    void unknownHostIsProviderUnavailable()
    {
        FakeSmsServer server;
        ProviderConfig settings = server.twilioProvider();
        settings.baseUrl = u"http://no-such-host.invalid"_s;
        TwilioProvider twilio(settings, server.twilioAuthToken, HttpClient(&m_network, fastOptions()));
        auto result = fetchBalance(twilio);
        QCOMPARE(result.error().failure, ProviderFailure::ProviderUnavailable);
    }

    void stoppingTheCallSaysWhy_data()
    {
        QTest::addColumn<bool>("timeLimit");
        QTest::addColumn<ProviderFailure>("failure");
        QTest::addColumn<QString>("detail");
        QTest::newRow("cancel") << false << ProviderFailure::Cancelled << QString();
        // The same Job shape as background work: a time limit set on the job itself.
        QTest::newRow("time limit") << true << ProviderFailure::ProviderUnavailable
                                    << u"no answer within the time limit"_s;
    }

    void stoppingTheCallSaysWhy()
    {
        QFETCH(bool, timeLimit);
        QFETCH(ProviderFailure, failure);
        QFETCH(QString, detail);
        FakeSmsServer server;
        server.setFault(FakeSmsServer::Fault::Never);
        auto twilio = provider(server);
        std::optional<ProviderResult<Balance>> result;
        QObject context;
        ProviderJob* job = twilio.fetchBalance(&context, [&](ProviderResult<Balance> r) { result = r; });
        QSignalSpy finished(job, &Job::finished);
        QSignalSpy received(&server, &FakeSmsServer::requestReceived);
        QVERIFY(received.wait(5000));
        if (timeLimit)
            job->setTimeout(std::chrono::milliseconds(100));
        else
            job->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(result);
        QCOMPARE(result->error().failure, failure);
        QCOMPARE(result->error().detail, detail);
    }

    void messageStatusReadsErrorCodeAndRfc2822Dates()
    {
        FakeSmsServer server;
        const QString sid = u"SM0123456789abcdef0123456789abcdef"_s;
        server.setMessageStatus(sid, u"undelivered"_s, 30003, u"Unreachable destination handset"_s);
        auto twilio = provider(server);
        auto result = awaitProviderFinished<MessageStatusInfo>(
            [&](QObject* c, auto done) { return twilio.fetchMessageStatus(sid, c, done); });
        QVERIFY(result.ok());
        QCOMPARE(result->status, SmsStatus::Undelivered);
        QCOMPARE(result->errorCode, u"30003"_s);
        QCOMPARE(result->createdAt, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        QCOMPARE(result->updatedAt, QDateTime(QDate(2026, 11, 23), QTime(12, 0, 5), Qt::UTC));
        QCOMPARE(server.requests().first().path,
                 u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(server.twilioAccountSid, sid));
    }

    void malformedMessageSidIsRejectedWithoutARequest()
    {
        FakeSmsServer server;
        auto twilio = provider(server);
        auto result = awaitProviderFinished<MessageStatusInfo>(
            [&](QObject* c, auto done) { return twilio.fetchMessageStatus(u"../Balance"_s, c, done); });
        QCOMPARE(result.error().failure, ProviderFailure::Rejected);
        QCOMPARE(server.requests().size(), 0);
    }

    void errorBodiesMapToCauses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ProviderFailure>("expected");
        QTest::newRow("401 20003") << 401 << QByteArray(R"({"code":20003,"message":"Authenticate","status":401})")
                                   << ProviderFailure::WrongCredentials;
        QTest::newRow("429 20429") << 429 << QByteArray(R"({"code":20429,"message":"Too Many Requests"})")
                                   << ProviderFailure::RateLimited;
        QTest::newRow("401 not active") << 403 << QByteArray(R"({"code":20005,"message":"Account not active"})")
                                        << ProviderFailure::InsufficientBalance;
        QTest::newRow("400 21211") << 400 << QByteArray(R"({"code":21211,"message":"Invalid 'To'"})")
                                   << ProviderFailure::Rejected;
        QTest::newRow("404") << 404 << QByteArray(R"({"code":20404,"message":"Not found"})")
                             << ProviderFailure::Rejected;
        QTest::newRow("502 html") << 502 << QByteArray("<html>") << ProviderFailure::ProviderUnavailable;
        QTest::newRow("302") << 302 << QByteArray() << ProviderFailure::MalformedResponse;
    }

    void errorBodiesMapToCauses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ProviderFailure, expected);
        HttpResponse response;
        response.status = status;
        response.body = body;
        QCOMPARE(TwilioProvider::errorFromResponse(response).failure, expected);
    }

    void retryAfterParsesSecondsAndDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("seconds") << QByteArray("7") << 7;
        QTest::newRow("date") << QByteArray("Mon, 23 Nov 2026 12:00:30 GMT") << 30;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("negative") << QByteArray("-3") << -1;
    }

    void retryAfterParsesSecondsAndDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto parsed = HttpJob::parseRetryAfter(value, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        QCOMPARE(parsed.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestTwilioProvider)
#include "tst_twilioprovider.moc"
