// SPDX-License-Identifier: GPL-3.0-or-later
// Twilio Lookup v2 against a real local HTTP server speaking it as twilio_lookups_v2.json describes:
// the request's path, Fields and Basic auth, the typed answer, packages the account may not use.
#include "core/lookup/TwilioLookup.h"
#include "tests/support/FakeSmsAwait.h"
#include "tests/support/FakeSmsServer.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

class TestTwilioLookup : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static ProviderConfig configFor(const FakeSmsServer& server)
    {
        ProviderConfig config = server.twilioProvider();
        config.baseUrl = u"http://127.0.0.1:9"_s; // the Messaging API is never asked
        return config;
    }

    ProviderResult<PhoneLookupResult> lookUp(const ProviderConfig& config, const QByteArray& secret,
                                             const QString& number)
    {
        HttpOptions options;
        options.timeoutMs = 1500;
        TwilioLookup lookup(config, secret, HttpClient(&m_network, options));
        return awaitProviderFinished<PhoneLookupResult>(
            [&](QObject* c, auto done) { return lookup.lookUp(number, c, done); });
    }

private slots:
    void asksForTheThreeFieldsWithBasicAuth()
    {
        FakeSmsServer server;
        auto result = lookUp(configFor(server), server.twilioAuthToken, u"+447772000001"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
        QCOMPARE(server.requests().size(), 1);
        const auto& request = server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, u"/v2/PhoneNumbers/+447772000001"_s);
        QCOMPARE(request.query().queryItemValue(u"Fields"_s, QUrl::FullyDecoded),
                 u"line_type_intelligence,sim_swap,line_status"_s);
        QCOMPARE(request.headers.value("authorization"),
                 "Basic " + (server.twilioAccountSid.toUtf8() + ':' + server.twilioAuthToken).toBase64());
    }

    void apiKeyAuthenticatesWithItsSid()
    {
        FakeSmsServer server;
        ProviderConfig config = configFor(server);
        config.apiKeySid = server.twilioApiKeySid;
        auto result = lookUp(config, server.twilioApiKeySecret, u"+447772000001"_s);
        QVERIFY(result.ok());
        QCOMPARE(server.requests().first().headers.value("authorization"),
                 "Basic " + (server.twilioApiKeySid.toUtf8() + ':' + server.twilioApiKeySecret).toBase64());
    }

    void answerIsTyped()
    {
        FakeSmsServer server;
        server.twilioLookup.lastSimSwapDate = u"2020-04-27T10:18:50Z"_s; // the fetchSimSwap example
        server.twilioLookup.swappedPeriod = u"PT48H"_s;
        server.twilioLookup.swappedInPeriod = true;
        auto result = lookUp(configFor(server), server.twilioAuthToken, u"+447772000001"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->phoneNumber, u"+447772000001"_s);
        QVERIFY(result->valid);
        QCOMPARE(result->countryCode, u"GB"_s);
        QVERIFY(result->lineType.field.available);
        QCOMPARE(result->lineType.type, LineType::Mobile);
        QCOMPARE(result->lineType.carrierName, u"Vodafone UK"_s);
        QVERIFY(result->simSwap.field.available);
        QCOMPARE(result->simSwap.lastSwap, QDateTime(QDate(2020, 4, 27), QTime(10, 18, 50), QTimeZone::utc()));
        QCOMPARE(result->simSwap.swappedPeriod, u"PT48H"_s);
        QCOMPARE(result->simSwap.swappedInPeriod, std::optional<bool>(true));
        QVERIFY(result->lineStatus.field.available);
        QCOMPARE(result->lineStatus.status, u"active"_s);
    }

    void lineTypesAreRead_data()
    {
        QTest::addColumn<QString>("twilioType");
        QTest::addColumn<LineType>("expected");
        QTest::newRow("mobile") << u"mobile"_s << LineType::Mobile;
        QTest::newRow("landline") << u"landline"_s << LineType::Landline;
        QTest::newRow("fixedVoip") << u"fixedVoip"_s << LineType::FixedVoip;
        QTest::newRow("nonFixedVoip") << u"nonFixedVoip"_s << LineType::NonFixedVoip;
        QTest::newRow("tollFree") << u"tollFree"_s << LineType::TollFree;
        QTest::newRow("premium") << u"premium"_s << LineType::Premium;
        QTest::newRow("sharedCost") << u"sharedCost"_s << LineType::SharedCost;
        QTest::newRow("uan") << u"uan"_s << LineType::Uan;
        QTest::newRow("voicemail") << u"voicemail"_s << LineType::Voicemail;
        QTest::newRow("pager") << u"pager"_s << LineType::Pager;
        QTest::newRow("personal") << u"personal"_s << LineType::Personal;
        QTest::newRow("a type of the future") << u"satellite"_s << LineType::Unknown;
    }

    void lineTypesAreRead()
    {
        QFETCH(QString, twilioType);
        QFETCH(LineType, expected);
        FakeSmsServer server;
        server.twilioLookup.lineType = twilioType;
        auto result = lookUp(configFor(server), server.twilioAuthToken, u"+14159929960"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->lineType.type, expected);
        QCOMPARE(result->lineType.typeName, twilioType);
    }

    void fieldsTheAccountMayNotUseAreUnavailableNotAFailure()
    {
        FakeSmsServer server;
        server.twilioLookup.simSwapError = 60606;
        server.twilioLookup.lineStatusError = 60600;
        auto result = lookUp(configFor(server), server.twilioAuthToken, u"+447772000001"_s);
        QVERIFY2(result.ok(), "a package the account lacks does not fail the lookup");
        QVERIFY(result->lineType.field.available);
        QCOMPARE(result->lineType.carrierName, u"Vodafone UK"_s);
        QVERIFY(!result->simSwap.field.available);
        QCOMPARE(result->simSwap.field.errorCode, u"60606"_s);
        QVERIFY(!result->lineStatus.field.available);
        QCOMPARE(result->lineStatus.field.errorCode, u"60600"_s);
        QCOMPARE(result->simSwappedWithin(QDateTime::currentDateTimeUtc()), std::nullopt);
    }

    void wrongTokenIsWrongCredentials()
    {
        FakeSmsServer server;
        auto result = lookUp(configFor(server), "wrong", u"+447772000001"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::WrongCredentials);
        QCOMPARE(result.error().providerCode, u"20003"_s);
    }

    void onlyE164ReachesTheUrl_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("national") << u"07772000001"_s;
        QTest::newRow("path") << u"+44/../../2010-04-01/Accounts"_s;
        QTest::newRow("query") << u"+447772000001?Fields=caller_name"_s;
        QTest::newRow("empty") << QString();
    }

    void onlyE164ReachesTheUrl()
    {
        QFETCH(QString, number);
        FakeSmsServer server;
        auto result = lookUp(configFor(server), server.twilioAuthToken, number);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::Rejected);
        QCOMPARE(server.requests().size(), 0);
    }

    void unexpectedAnswersAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html/>");
        QTest::newRow("no number") << QByteArray(R"({"valid":true})");
        QTest::newRow("no valid") << QByteArray(R"({"phone_number":"+447772000001"})");
    }

    void unexpectedAnswersAreMalformed()
    {
        QFETCH(QByteArray, body);
        HttpResponse response;
        response.status = 200;
        response.body = body;
        const auto result = TwilioLookup::parse(response);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().failure, ProviderFailure::MalformedResponse);
    }

    void simSwapRecency_data()
    {
        QTest::addColumn<QString>("lastSwap");
        QTest::addColumn<bool>("inPeriod");
        QTest::addColumn<std::optional<bool>>("within7Days");
        QTest::newRow("swapped 2 days ago") << u"2026-11-21T12:00:00Z"_s << false << std::optional<bool>(true);
        QTest::newRow("swapped 8 days ago") << u"2026-11-15T12:00:00Z"_s << false << std::optional<bool>(false);
        QTest::newRow("no date, in period") << QString() << true << std::optional<bool>(true);
        QTest::newRow("no date, not in period") << QString() << false << std::optional<bool>(false);
        QTest::newRow("old date, in period") << u"2020-04-27T10:18:50Z"_s << true << std::optional<bool>(true);
    }

    void simSwapRecency()
    {
        QFETCH(QString, lastSwap);
        QFETCH(bool, inPeriod);
        QFETCH(std::optional<bool>, within7Days);
        FakeSmsServer server;
        server.twilioLookup.lastSimSwapDate = lastSwap;
        server.twilioLookup.swappedInPeriod = inPeriod;
        auto result = lookUp(configFor(server), server.twilioAuthToken, u"+447772000001"_s);
        QVERIFY(result.ok());
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(result->simSwappedWithin(now), within7Days);
    }

    void resultSurvivesJson()
    {
        FakeSmsServer server;
        server.twilioLookup.lastSimSwapDate = u"2026-11-21T12:00:00Z"_s;
        server.twilioLookup.lineStatusError = 60606;
        auto result = lookUp(configFor(server), server.twilioAuthToken, u"+447772000001"_s);
        QVERIFY(result.ok());
        const auto copy = PhoneLookupResult::fromJson(result->toJson());
        QVERIFY(copy);
        QCOMPARE(copy->toJson(), result->toJson());
        QCOMPARE(copy->simSwap.lastSwap, result->simSwap.lastSwap);
        QCOMPARE(copy->lineStatus.field.errorCode, u"60606"_s);
        QCOMPARE(copy->lineType.type, LineType::Mobile);
    }
};

QTEST_GUILESS_MAIN(TestTwilioLookup)
#include "tst_twiliolookup.moc"
