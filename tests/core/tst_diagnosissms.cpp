// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnosing an SMS client: one row per possible reason from the support article ("configuration
// incomplete or incorrect", "insufficient balance", "service temporarily unavailable", "the mobile
// operator blocks or delays"), each set up for real — database, keychain, and a local provider server
// answering as a failing provider would — and the finding it must produce.
#include "core/diagnosis/Diagnoser.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderService.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmsLog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

using namespace backoffice;
using backoffice::test::FakeSmsServer;
using namespace Qt::Literals::StringLiterals;

namespace {

enum class Setup
{
    NothingWrong,
    NoProvider,
    ProviderDisabled,
    SecretMissing,
    WrongSecret,
    NoBalance,
    BalanceBelowThreshold,
    MajorIncident,
    AccountSuspended,
    CarrierFiltered,
    CarrierDelays,
    LandlineNumber,
};

const Finding* findingFor(const Diagnosis& diagnosis, const QString& check)
{
    for (const Finding& finding : diagnosis.findings) {
        if (finding.check == check)
            return &finding;
    }
    return nullptr;
}
} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(std::optional<int>)

class TestDiagnosisSms : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets {test::uniqueKeychainService()};
    QNetworkAccessManager m_network;

    ProviderConfig twilioFor(const FakeSmsServer& server) const
    {
        ProviderConfig config = server.twilioProvider();
        config.timeoutMs = 1500;
        config.lowBalanceThreshold = 5.0;
        return config;
    }

    /// Creates the provider through the real service and stores its secret in the real keychain.
    ProviderConfig addProvider(const test::TestDatabase& database, const FakeSmsServer& server, bool enabled,
                               const std::optional<QByteArray>& secret)
    {
        ProviderService service(database.db(), m_secrets, &m_network);
        ProviderConfig config = twilioFor(server);
        config.enabled = enabled;
        const qint64 id = test::setUpProvider(service, test::admin, config, secret.value_or(QByteArray())).id;
        return service.find(test::admin, id).value();
    }

    void logMessage(const test::TestDatabase& database, const ProviderConfig& provider, const Client& client,
                    SmsStatus status, const QString& errorCode, const QDateTime& at)
    {
        SmsMessageRecord record;
        record.providerId = provider.id;
        record.providerKind = provider.kind;
        record.providerName = provider.name;
        record.to = client.phone;
        record.providerMessageId = u"SM%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        record.status = status;
        record.errorCode = errorCode;
        record.clientId = client.id;
        record.operatorName = u"ada"_s;
        record.createdAt = at;
        record.updatedAt = at;
        test::logSms(database.db(), record);
    }

    /// A client with SMS on and a UK mobile number.
    static Client addSmsClient(const test::TestDatabase& database, qint64 id)
    {
        Client sms = test::makeClient(id, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms);
        sms.phone = u"+447911123456"_s;
        return database.addClient(sms);
    }

    /// The carrier's receipt arrives as soon as a message was sent.
    static void answerSendsWithReceipt(FakeSmsServer& server, const QString& status,
                                       std::optional<int> errorCode = std::nullopt)
    {
        connect(&server, &FakeSmsServer::requestReceived, &server, [&server, status, errorCode] {
            const auto& request = server.requests().last();
            if (request.method == "POST" && request.path.endsWith(u"/Messages.json"_s))
                server.setMessageStatus(server.lastMessageSid(), status, errorCode);
        });
    }

private slots:
    void everyPossibleReasonIsFound_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("action");

        const int ok = int(Finding::Outcome::Ok);
        const int warning = int(Finding::Outcome::Warning);
        const int problem = int(Finding::Outcome::Problem);
        QTest::newRow("no SMS provider set up")
            << Setup::NoProvider << u"sms.provider.configuration"_s << problem << u"No SMS provider"_s << u"Enabled"_s;
        QTest::newRow("configuration not enabled") << Setup::ProviderDisabled << u"sms.provider.configuration"_s
                                                   << problem << u"none is enabled"_s << u"Enabled"_s;
        QTest::newRow("configuration incomplete: no secret")
            << Setup::SecretMissing << u"sms.provider.configuration"_s << problem << u"incomplete"_s << u"Twilio"_s;
        QTest::newRow("credentials wrong")
            << Setup::WrongSecret << u"sms.provider.credentials"_s << problem << u""_s << u"auth token"_s;
        QTest::newRow("account suspended")
            << Setup::AccountSuspended << u"sms.provider.credentials"_s << problem << u"suspended"_s << u"reactivate"_s;
        QTest::newRow("balance exhausted")
            << Setup::NoBalance << u"sms.provider.balance"_s << problem << u"0.00"_s << u"Top up"_s;
        QTest::newRow("balance below threshold") << Setup::BalanceBelowThreshold << u"sms.provider.balance"_s << warning
                                                 << u"below the threshold"_s << u"Top up"_s;
        QTest::newRow("provider service down")
            << Setup::MajorIncident << u"sms.provider.service"_s << problem << u"major incident"_s << u"status page"_s;
        QTest::newRow("carrier filters messages")
            << Setup::CarrierFiltered << u"sms.recent_messages"_s << problem << u"30007"_s << u""_s;
        QTest::newRow("carrier delays messages") << Setup::CarrierDelays << u"sms.recent_messages"_s << warning
                                                 << u"no delivery receipt"_s << u"contact the provider"_s;
        QTest::newRow("number is a landline")
            << Setup::LandlineNumber << u"sms.phone_number"_s << problem << u"landline"_s << u"Google Authenticator"_s;
        QTest::newRow("nothing wrong: credentials")
            << Setup::NothingWrong << u"sms.provider.credentials"_s << ok << u"right"_s << u""_s;
    }

    void everyPossibleReasonIsFound()
    {
        QFETCH(Setup, setup);
        QFETCH(QString, check);
        QFETCH(int, outcome);
        QFETCH(QString, evidence);
        QFETCH(QString, action);

        test::TestDatabase database;
        FakeSmsServer server;
        Client client = test::makeClient(21, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms);
        client.phone = u"+447911123456"_s;
        if (setup == Setup::LandlineNumber)
            client.phone = u"+442079460000"_s;
        client = database.addClient(client);

        switch (setup) {
        case Setup::NoProvider:
            break;
        case Setup::ProviderDisabled:
            addProvider(database, server, false, server.twilioAuthToken);
            break;
        case Setup::SecretMissing:
            addProvider(database, server, true, std::nullopt);
            break;
        case Setup::WrongSecret:
            addProvider(database, server, true, QByteArray("0000000000wrongwrongwrong0000000"));
            break;
        default:
            addProvider(database, server, true, server.twilioAuthToken);
            break;
        }
        const ProviderConfig provider = ProviderRepository(database.db()).list().value().value(0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        switch (setup) {
        case Setup::NoBalance:
            server.twilioBalance = u"0.00"_s;
            break;
        case Setup::BalanceBelowThreshold:
            server.twilioBalance = u"1.20"_s;
            break;
        case Setup::MajorIncident:
            server.statusIndicator = u"major"_s;
            break;
        case Setup::AccountSuspended:
            server.twilioAccountStatus = u"suspended"_s;
            break;
        case Setup::CarrierFiltered:
            logMessage(database, provider, client, SmsStatus::Delivered, {}, now.addDays(-2));
            logMessage(database, provider, client, SmsStatus::Undelivered, u"30007"_s, now.addSecs(-600));
            break;
        case Setup::CarrierDelays:
            logMessage(database, provider, client, SmsStatus::Sent, {}, now.addSecs(-45 * 60));
            break;
        default:
            break;
        }

        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 21, {}, std::nullopt, {});
        QVERIFY2(diagnosis.ok(), qPrintable(diagnosis ? QString() : diagnosis.error().toString()));
        const Finding* finding = findingFor(diagnosis.value(), check);
        QVERIFY2(finding, qPrintable(diagnosis->toPlainText()));
        QCOMPARE(int(finding->outcome), outcome);
        QVERIFY2(finding->detail.contains(evidence, Qt::CaseInsensitive), qPrintable(finding->detail));
        QVERIFY2(finding->action.contains(action, Qt::CaseInsensitive), qPrintable(finding->action));
        if (setup == Setup::NothingWrong)
            QVERIFY2(diagnosis->allOk(), qPrintable(diagnosis->toPlainText()));
        else
            QVERIFY(!diagnosis->allOk());
    }

    void carrierLookupOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("lineType");
        QTest::addColumn<bool>("swapped");
        QTest::addColumn<std::optional<int>>("lineTypeError");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("evidence");
        const std::optional<int> none;
        QTest::newRow("mobile: the carrier named")
            << u"mobile"_s << false << none << u"sms.carrier"_s << int(Finding::Outcome::Ok) << u"Vodafone UK"_s;
        QTest::newRow("landline") << u"landline"_s << false << none << u"sms.carrier"_s
                                  << int(Finding::Outcome::Problem) << u"cannot reach a landline"_s;
        QTest::newRow("fixed VoIP") << u"fixedVoip"_s << false << none << u"sms.carrier"_s
                                    << int(Finding::Outcome::Problem) << u"cannot reach a landline"_s;
        QTest::newRow("non-fixed VoIP") << u"nonFixedVoip"_s << false << none << u"sms.carrier"_s
                                        << int(Finding::Outcome::Warning) << u"filter"_s;
        QTest::newRow("recent SIM swap") << u"mobile"_s << true << none << u"sms.carrier.sim-swap"_s
                                         << int(Finding::Outcome::Warning) << u"within the last 7 days"_s;
        QTest::newRow("line type not on the account")
            << u"mobile"_s << false << std::optional<int>(60606) << u"sms.carrier"_s << int(Finding::Outcome::Unknown)
            << u"not available on this provider account"_s;
    }

    void carrierLookupOnlyWhenAsked()
    {
        QFETCH(QString, lineType);
        QFETCH(bool, swapped);
        QFETCH(std::optional<int>, lineTypeError);
        QFETCH(QString, check);
        QFETCH(int, outcome);
        QFETCH(QString, evidence);
        test::TestDatabase database;
        FakeSmsServer server;
        addProvider(database, server, true, server.twilioAuthToken);
        addSmsClient(database, 31);
        server.twilioLookup.lineType = lineType;
        server.twilioLookup.lineTypeError = lineTypeError;
        if (swapped) {
            server.twilioLookup.lastSimSwapDate = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate);
            server.twilioLookup.swappedInPeriod = true;
        }
        const auto lookups = [&server] {
            return std::count_if(server.requests().begin(), server.requests().end(),
                                 [](const auto& request) { return request.path.startsWith(u"/v2/PhoneNumbers/"_s); });
        };

        // Billed per lookup: a plain diagnosis never asks.
        auto plain = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 31, {}, std::nullopt, {});
        QVERIFY(plain.ok());
        QVERIFY(!findingFor(plain.value(), u"sms.carrier"_s));
        QCOMPARE(lookups(), 0);

        DiagnosisOptions options;
        options.phoneLookup = true;
        auto diagnosis
            = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 31, options, std::nullopt, {});
        QVERIFY2(diagnosis.ok(), qPrintable(diagnosis ? QString() : diagnosis.error().toString()));
        const Finding* finding = findingFor(diagnosis.value(), check);
        QVERIFY2(finding, qPrintable(diagnosis->toPlainText()));
        QCOMPARE(int(finding->outcome), outcome);
        QVERIFY2(finding->detail.contains(evidence, Qt::CaseInsensitive), qPrintable(finding->detail));
        QCOMPARE(lookups(), 1);
        // A second diagnosis within the day reuses the answer: no second bill.
        QVERIFY(
            Diagnoser(database.location(), m_secrets).runBlocking(test::support, 31, options, std::nullopt, {}).ok());
        QCOMPARE(lookups(), 1);
    }

    void providerThatNeverAnswersEndsWithinItsTimeoutPlusOneSecond()
    {
        test::TestDatabase database;
        FakeSmsServer server;
        database.addClient(test::makeClient(22, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms));
        const ProviderConfig provider = addProvider(database, server, true, server.twilioAuthToken);
        server.setFault(FakeSmsServer::Fault::Never);

        QElapsedTimer clock;
        clock.start();
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 22, {}, std::nullopt, {});
        const qint64 elapsed = clock.elapsed();
        QVERIFY(diagnosis.ok());
        QVERIFY2(elapsed <= provider.timeoutMs + 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        const Finding* credentials = findingFor(diagnosis.value(), u"sms.provider.credentials"_s);
        QVERIFY(credentials);
        QVERIFY(credentials->outcome == Finding::Outcome::Problem || credentials->outcome == Finding::Outcome::Unknown);
        QVERIFY(!diagnosis->allOk());
    }

    void testSmsIsSentAndFollowedUntilDelivered()
    {
        test::TestDatabase database;
        FakeSmsServer server;
        const Client client = addSmsClient(database, 23);
        addProvider(database, server, true, server.twilioAuthToken);
        answerSendsWithReceipt(server, u"delivered"_s);
        DiagnosisOptions options;
        options.testSmsTo = client.phone;
        options.testSmsFollowMs = 10000;
        auto diagnosis
            = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 23, options, std::nullopt, {});
        QVERIFY(diagnosis.ok());
        const Finding* test = findingFor(diagnosis.value(), u"sms.test_message"_s);
        QVERIFY2(test, qPrintable(diagnosis->toPlainText()));
        QVERIFY2(test->outcome == Finding::Outcome::Ok, qPrintable(test->detail));
        QVERIFY(test->detail.contains(u"delivered"_s));
        QCOMPARE(server.count("POST", u"/Messages.json"_s), 1);
        // The test SMS is in the message log for the delivery history.
        QCOMPARE(MessageLog(database.db()).byNumber(client.phone).value().size(), 1);
    }

    void testSmsWhoseAnswerIsCutOffIsUnknownAndSaysHowToFindOut()
    {
        test::TestDatabase database;
        FakeSmsServer server;
        const Client client = addSmsClient(database, 25);
        addProvider(database, server, true, server.twilioAuthToken);
        // The provider creates the message, then the connection is reset in the middle of its answer.
        server.setFault(FakeSmsServer::Fault::ResetMidAnswer);
        server.faultMethod = "POST";
        DiagnosisOptions options;
        options.testSmsTo = client.phone;
        auto diagnosis
            = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 25, options, std::nullopt, {});
        QVERIFY(diagnosis.ok());
        QVERIFY(!server.lastMessageSid().isEmpty());
        const Finding* test = findingFor(diagnosis.value(), u"sms.test_message"_s);
        QVERIFY2(test, qPrintable(diagnosis->toPlainText()));
        QCOMPARE(test->outcome, Finding::Outcome::Unknown);
        QVERIFY2(test->detail.contains(u"unknown"_s, Qt::CaseInsensitive), qPrintable(test->detail));
        QVERIFY2(test->action.contains(u"console"_s), qPrintable(test->action));
        QVERIFY2(test->action.contains(client.phone), qPrintable(test->action));

        // Logged as unknown, not failed; the next diagnosis says so and how to find out.
        const auto logged = MessageLog(database.db()).byNumber(client.phone).value();
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().status, SmsStatus::Unknown);
        auto again = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 25, {}, std::nullopt, {});
        const Finding* recent = findingFor(again.value(), u"sms.recent_messages"_s);
        QVERIFY(recent);
        QCOMPARE(recent->outcome, Finding::Outcome::Unknown);
        QVERIFY2(recent->detail.contains(u"unknown"_s), qPrintable(recent->detail));
        QVERIFY2(recent->detail.contains(u"0 of the last 1 message(s) failed"_s), qPrintable(recent->detail));
        QVERIFY2(recent->action.contains(u"There is no message ID"_s), qPrintable(recent->action));
        QVERIFY2(recent->action.contains(client.phone), qPrintable(recent->action));
        QVERIFY2(!recent->action.contains(u"message ID "_s + u' '), qPrintable(recent->action));
    }

    void failedMessageWithoutIdOrCodeSaysWhereToLookNotAnEmptyId()
    {
        test::TestDatabase database;
        FakeSmsServer server;
        const Client client = addSmsClient(database, 26);
        const ProviderConfig provider = addProvider(database, server, true, server.twilioAuthToken);
        logMessage(database, provider, client, SmsStatus::Failed, {}, QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY(database.db().exec(u"UPDATE sms_messages SET provider_message_id = ''"_s).ok());
        auto diagnosis = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 26, {}, std::nullopt, {});
        const Finding* recent = findingFor(diagnosis.value(), u"sms.recent_messages"_s);
        QVERIFY(recent);
        QCOMPARE(recent->outcome, Finding::Outcome::Problem);
        QVERIFY2(recent->action.contains(u"There is no message ID"_s), qPrintable(recent->action));
        QVERIFY2(recent->action.contains(client.phone), qPrintable(recent->action));
    }

    void undeliveredTestSmsExplainsTheCarriersCode()
    {
        test::TestDatabase database;
        FakeSmsServer server;
        const Client client = addSmsClient(database, 24);
        addProvider(database, server, true, server.twilioAuthToken);
        answerSendsWithReceipt(server, u"undelivered"_s, 30003);
        DiagnosisOptions options;
        options.testSmsTo = client.phone;
        auto diagnosis
            = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 24, options, std::nullopt, {});
        const Finding* test = findingFor(diagnosis.value(), u"sms.test_message"_s);
        QVERIFY(test);
        QVERIFY2(test->outcome == Finding::Outcome::Problem, qPrintable(test->detail));
        QVERIFY2(test->detail.contains(u"30003"_s), qPrintable(test->detail));
        QVERIFY(!test->action.isEmpty());
        // What to do is in its own column, not repeated inside the evidence.
        QVERIFY2(!test->detail.contains(u"What to do"_s), qPrintable(test->detail));
        QVERIFY2(!test->detail.contains(test->action), qPrintable(test->detail));
        // The recent-messages row does not say the log is empty next to a failed test SMS.
        const Finding* recent = findingFor(diagnosis.value(), u"sms.recent_messages"_s);
        QVERIFY(recent);
        QVERIFY2(recent->detail.contains(u"test SMS of this diagnosis"_s), qPrintable(recent->detail));
        QVERIFY2(!recent->detail.startsWith(u"No SMS to"_s), qPrintable(recent->detail));
    }

    void recentMessagesWithATestSmsReportTheEarlierMessages()
    {
        test::TestDatabase database;
        FakeSmsServer server;
        const Client client = addSmsClient(database, 27);
        const ProviderConfig provider = addProvider(database, server, true, server.twilioAuthToken);
        logMessage(database, provider, client, SmsStatus::Delivered, {},
                   QDateTime::currentDateTimeUtc().addSecs(-3600));
        answerSendsWithReceipt(server, u"undelivered"_s, 30003);
        DiagnosisOptions options;
        options.testSmsTo = client.phone;
        auto diagnosis
            = Diagnoser(database.location(), m_secrets).runBlocking(test::support, 27, options, std::nullopt, {});
        const Finding* recent = findingFor(diagnosis.value(), u"sms.recent_messages"_s);
        QVERIFY(recent);
        QVERIFY2(recent->detail.contains(u"0 of the last 1 message(s) failed"_s), qPrintable(recent->detail));
        QCOMPARE(MessageLog(database.db()).byNumber(client.phone).value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisSms)
#include "tst_diagnosissms.moc"
