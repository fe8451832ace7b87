// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneLookupService on a real SQLite database, the real keychain and a real local server speaking
// Twilio Lookup v2: permission, a day's cache per number (a billed call is never repeated
// needlessly), an audit event for every lookup without a secret, failures not cached.
#include "core/audit/AuditLog.h"
#include "core/lookup/PhoneLookupService.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderService.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString number = u"+447772000001"_s;

QList<AuditEvent> lookupEvents(const Database& database)
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(AuditAction::PhoneLookedUp);
    return AuditLog(database).list(filter).value();
}
} // namespace

class TestPhoneLookupService : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets {uniqueKeychainService()};

    /// A Twilio provider whose Lookup host is `server`, with `secret` in the keychain unless empty.
    ProviderConfig addTwilio(const Database& database, const FakeSmsServer& server, const QByteArray& secret)
    {
        ProviderService providers(database, m_secrets, &m_network);
        ProviderConfig config = server.twilioProvider();
        config.timeoutMs = 2000;
        const qint64 id = setUpProvider(providers, admin, config, secret).id;
        return providers.find(admin, id).value();
    }

    static PhoneLookupOutcome run(const PhoneLookupService& service, const Actor& actor, PhoneLookupRequest request)
    {
        auto job = service.lookUp(actor, std::move(request));
        if (!job)
            qFatal("lookup refused: %s", qPrintable(job.error().toString()));
        return awaitFinished<PhoneLookupOutcome>(job.value());
    }

    static PhoneLookupRequest request(std::optional<qint64> clientId = 42)
    {
        PhoneLookupRequest request;
        request.e164 = number;
        request.clientId = clientId;
        return request;
    }

private slots:
    void initTestCase() { qRegisterMetaType<PhoneLookupOutcome>(); }

    void aLookupIsCachedForADayAndEachIsAudited()
    {
        TestDatabase database;
        FakeSmsServer server;
        ManualClock clock;
        const ProviderConfig twilio = addTwilio(database.db(), server, server.twilioAuthToken);
        PhoneLookupService service(database.db(), m_secrets, &m_network, clock);

        const PhoneLookupOutcome first = run(service, support, request());
        QVERIFY(first.ok());
        QVERIFY(!first.fromCache);
        QCOMPARE(first.result->lineType.carrierName, u"Vodafone UK"_s);
        QCOMPARE(first.result->providerId, twilio.id);
        QCOMPARE(first.result->lookedUpAt, clock.nowUtc());
        QCOMPARE(server.count("GET", number), 1);

        clock.advanceSeconds(23 * 3600);
        const PhoneLookupOutcome cached = run(service, support, request());
        QVERIFY(cached.ok());
        QVERIFY(cached.fromCache);
        QCOMPARE(cached.result->toJson(), first.result->toJson());
        QCOMPARE(server.count("GET", number), 1);

        clock.advanceSeconds(3600 + 1);
        const PhoneLookupOutcome again = run(service, support, request());
        QVERIFY(!again.fromCache);
        QCOMPARE(server.count("GET", number), 2);

        PhoneLookupRequest fresh = request();
        fresh.maxAge = std::chrono::seconds(0);
        QVERIFY(!run(service, support, fresh).fromCache);
        QCOMPARE(server.count("GET", number), 3);

        const QList<AuditEvent> events = lookupEvents(database.db());
        QCOMPARE(events.size(), 4);
        const AuditEvent& billed = events.last(); // newest first: the first lookup is last
        QCOMPARE(billed.operatorName, support.userName);
        QCOMPARE(billed.clientId, std::optional<qint64>(42));
        QCOMPARE(billed.target, u"sms-provider:%1"_s.arg(twilio.id));
        QCOMPARE(billed.details.value(u"cached"_s).toBool(), false);
        QCOMPARE(billed.details.value(u"carrier"_s).toString(), u"Vodafone UK"_s);
        QCOMPARE(billed.details.value(u"line_type"_s).toString(), u"mobile"_s);
        QCOMPARE(events.at(2).details.value(u"cached"_s).toBool(), true);
        for (const AuditEvent& event : events) {
            const QByteArray json = QJsonDocument(event.details).toJson();
            QVERIFY2(!json.contains(server.twilioAuthToken), "never a secret in the audit log");
        }
        QVERIFY(AuditLog(database.db()).verify().value().intact());
    }

    void theCacheIsPerNumber()
    {
        TestDatabase database;
        FakeSmsServer server;
        addTwilio(database.db(), server, server.twilioAuthToken);
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        QVERIFY(run(service, support, request()).ok());
        PhoneLookupRequest other = request();
        other.e164 = u"+14159929960"_s;
        server.twilioLookup.lineType = u"nonFixedVoip"_s;
        const PhoneLookupOutcome outcome = run(service, support, other);
        QVERIFY(!outcome.fromCache);
        QCOMPARE(outcome.result->lineType.type, LineType::NonFixedVoip);
    }

    void aFieldTheAccountLacksIsCachedAsNotAvailable()
    {
        TestDatabase database;
        FakeSmsServer server;
        server.twilioLookup.simSwapError = 60606;
        addTwilio(database.db(), server, server.twilioAuthToken);
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        const PhoneLookupOutcome outcome = run(service, support, request());
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.result->simSwap.field.available);
        const PhoneLookupOutcome cached = run(service, support, request());
        QVERIFY(cached.fromCache);
        QCOMPARE(cached.result->simSwap.field.errorCode, u"60606"_s);
        QCOMPARE(lookupEvents(database.db()).last().details.value(u"sim_swap_recent"_s).toString(), u"error 60606"_s);
    }

    void aFailedLookupIsAuditedButNotCached()
    {
        TestDatabase database;
        FakeSmsServer server;
        addTwilio(database.db(), server, "wrong-token");
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        const PhoneLookupOutcome failed = run(service, support, request());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error->failure, ProviderFailure::WrongCredentials);
        QCOMPARE(lookupEvents(database.db()).first().after, u"wrong_credentials"_s);
        QVERIFY(!run(service, support, request()).fromCache);
        QCOMPARE(server.count("GET", number), 2);
    }

    void withoutASavedSecretNothingIsAsked()
    {
        TestDatabase database;
        FakeSmsServer server;
        addTwilio(database.db(), server, {});
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        const PhoneLookupOutcome outcome = run(service, support, request());
        QCOMPARE(outcome.error->failure, ProviderFailure::MissingSecret);
        QCOMPARE(server.requests().size(), 0);
    }

    void viewersMayNotLookUpAndAreAudited()
    {
        TestDatabase database;
        FakeSmsServer server;
        addTwilio(database.db(), server, server.twilioAuthToken);
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        auto refused = service.lookUp(viewer, request());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        AuditFilter filter;
        filter.action = QString::fromLatin1(AuditAction::PermissionRefused);
        QCOMPARE(AuditLog(database.db()).count(filter).value(), 1);
        QCOMPARE(server.requests().size(), 0);
    }

    void onlyValidE164IsLookedUp_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::newRow("national") << u"07772000001"_s;
        QTest::newRow("spaces") << u"+44 7772 000001"_s;
        QTest::newRow("too long") << u"+141599299600"_s;
        QTest::newRow("empty") << QString();
    }

    void onlyValidE164IsLookedUp()
    {
        QFETCH(QString, phone);
        TestDatabase database;
        FakeSmsServer server;
        addTwilio(database.db(), server, server.twilioAuthToken);
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        PhoneLookupRequest bad = request();
        bad.e164 = phone;
        auto refused = service.lookUp(support, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, u"phone"_s);
    }

    void noProviderOffersALookup()
    {
        TestDatabase database;
        FakeSmsServer server;
        const ProviderConfig twilio = addTwilio(database.db(), server, server.twilioAuthToken);
        ProviderService providers(database.db(), m_secrets, &m_network);
        ProviderConfig disabled = twilio;
        disabled.enabled = false;
        QVERIFY(providers.update(admin, disabled).ok());
        QVERIFY(providers.create(admin, server.vonageProvider()).ok());
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        QCOMPARE(service.provider().error().code, Error::Code::NotFound);
        auto refused = service.lookUp(support, request());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotFound);
    }

    void cancelledBeforeItStartsAsksNothing()
    {
        TestDatabase database;
        FakeSmsServer server;
        addTwilio(database.db(), server, server.twilioAuthToken);
        PhoneLookupService service(database.db(), m_secrets, &m_network);
        auto job = service.lookUp(support, request());
        QVERIFY(job.ok());
        std::optional<PhoneLookupOutcome> outcome;
        job.value()->then(this, [&](const PhoneLookupOutcome& done) { outcome = done; });
        QSignalSpy finished(job.value(), &Job::finished);
        job.value()->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(outcome);
        QCOMPARE(outcome->error->failure, ProviderFailure::Cancelled);
        QTRY_COMPARE(lookupEvents(database.db()).size(), 0);
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneLookupService)
#include "tst_phonelookupservice.moc"
