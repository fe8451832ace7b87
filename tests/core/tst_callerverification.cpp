// SPDX-License-Identifier: GPL-3.0-or-later
// CallerVerification as the front ends use it, over a real Workspace, the real keychain, a real
// Twilio-speaking server and a real SMTP server on 127.0.0.1: before a code goes out by SMS the
// carrier is asked about a SIM swap, and a recent one refuses the SMS; the e-mail channel exists
// only once e-mail settings were saved; the code goes out over SMTP for real.
#include "core/email/EmailSettings.h"
#include "core/lookup/PhoneLookupService.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Workspace.h"
#include "core/sms/ProviderService.h"
#include "core/verification/CallerVerification.h"
#include "core/verification/VerificationRefusal.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmtpServer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

using namespace backoffice;
using backoffice::test::FakeSmsServer;
using namespace Qt::Literals::StringLiterals;

class TestCallerVerification : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_secrets {test::uniqueKeychainService()};
    QNetworkAccessManager m_network;

    void addTwilio(const test::TestDatabase& database, const FakeSmsServer& server)
    {
        ProviderService service(database.db(), m_secrets, &m_network);
        ProviderConfig config = server.twilioProvider();
        config.timeoutMs = 5000;
        const Result<ProviderConfig> added = test::addProvider(service, test::admin, config, server.twilioAuthToken);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().toString()));
    }

    static Result<CodeSent> send(const CallerVerification& verification, const Client& client,
                                 VerificationChannel channel)
    {
        CodeRequest request;
        request.clientId = client.id;
        request.method = client.method;
        request.channel = channel;
        std::optional<Result<CodeSent>> outcome;
        QObject context;
        verification.sendCode(test::support, request, &context,
                              [&](Result<CodeSent> sent) { outcome = std::move(sent); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return Error {Error::Code::Internal, {}, u"no answer"_s};
        return *outcome;
    }

    /// A client on an authenticator whose phone is a UK mobile number, for an SMS code.
    static Client addClientWithMobile(const test::TestDatabase& database, qint64 id)
    {
        Client client = test::makeClient(id, u"Jane"_s, u"Doe"_s, TwoFactorMethod::Authenticator);
        client.phone = u"+447911123456"_s;
        return database.addClient(client);
    }

    static int count(const FakeSmsServer& server, const QString& pathPart)
    {
        return int(std::count_if(server.requests().begin(), server.requests().end(),
                                 [&](const auto& request) { return request.path.contains(pathPart); }));
    }

private slots:
    void aRecentSimSwapRefusesTheSmsCodeAfterAskingTheCarrier()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        FakeSmsServer server;
        addTwilio(database, server);
        const Client client = addClientWithMobile(database, 5);
        server.twilioLookup.lastSimSwapDate = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        server.twilioLookup.swappedInPeriod = true;

        auto verification = CallerVerification::create(workspace, m_secrets, &m_network);
        QVERIFY2(verification, qPrintable(verification ? QString() : verification.error().toString()));
        const auto refused = send(*verification.value(), client, VerificationChannel::Sms);
        QVERIFY(!refused);
        QCOMPARE(VerificationRefusals::of(refused.error()), VerificationRefusal::SimSwapped);
        QCOMPARE(count(server, u"/v2/PhoneNumbers/"_s), 1);
        QCOMPARE(count(server, u"/Messages.json"_s), 0); // no SMS went to the swapped SIM
    }

    void withoutASwapTheSmsCodeGoesOut()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        FakeSmsServer server;
        addTwilio(database, server);
        const Client client = addClientWithMobile(database, 6);

        auto verification = CallerVerification::create(workspace, m_secrets, &m_network);
        QVERIFY(verification);
        const auto sent = send(*verification.value(), client, VerificationChannel::Sms);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().toString()));
        QCOMPARE(count(server, u"/v2/PhoneNumbers/"_s), 1);
        QCOMPARE(count(server, u"/Messages.json"_s), 1);
        QVERIFY(sent->maskedDestination.endsWith(u"456"_s));
    }

    void emailOnlyOnceSetUpAndThenOverRealSmtp()
    {
        test::TestDatabase database;
        const Workspace workspace(database.shared());
        Client client = test::makeClient(7, u"Jane"_s, u"Doe"_s, TwoFactorMethod::Sms);
        client.email = u"jane@example.com"_s;
        client = database.addClient(client);

        auto before = CallerVerification::create(workspace, m_secrets, &m_network);
        QVERIFY(before);
        QVERIFY(!before.value()->hasEmail());
        QCOMPARE(VerificationRefusals::of(send(*before.value(), client, VerificationChannel::Email).error()),
                 VerificationRefusal::ChannelUnavailable);

        test::TestSmtpServer smtp(test::TestSmtpServer::Security::None);
        QVERIFY2(smtp.isValid(), qPrintable(smtp.problem()));
        QVERIFY(
            EmailSettings(database.db(), m_secrets).save(test::admin, smtp.plainSettings(u"support@broker.example"_s)));

        auto after = CallerVerification::create(workspace, m_secrets, &m_network);
        QVERIFY(after);
        QVERIFY(after.value()->hasEmail());
        const auto sent = send(*after.value(), client, VerificationChannel::Email);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().toString()));
        QCOMPARE(sent->maskedDestination, u"j•••@example.com"_s);
        QTRY_COMPARE(smtp.received().size(), 1);
        QCOMPARE(smtp.received().first().to, u"jane@example.com"_s);
        QVERIFY(smtp.received().first().body.contains(QRegularExpression(u"\\b\\d{6}\\b"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCallerVerification)
#include "tst_callerverification.moc"
