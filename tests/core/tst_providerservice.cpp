// SPDX-License-Identifier: GPL-3.0-or-later
// ProviderService on a real SQLite database, the real keychain (Secret Service) and a real local
// HTTP server: permissions, audit events, secrets only in the keychain, stored check results, the
// message log of test SMS, "check all" and the health summary.
#include "core/audit/AuditLog.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/CheckResultText.h"
#include "core/sms/MessageLog.h"
#include "core/sms/ProviderCheckAllJob.h"
#include "core/sms/ProviderHealthMonitor.h"
#include "core/sms/ProviderRepository.h"
#include "core/sms/ProviderService.h"
#include "tests/support/AwaitJob.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {
/// A check of `kind` on the stored provider `providerId`; a test SMS goes to `to`.
CheckRequest checkOf(CheckKind kind, qint64 providerId, const QString& to = {})
{
    CheckRequest request;
    request.kind = kind;
    request.providerId = providerId;
    request.to = to;
    return request;
}

QStringList actionsOf(const Database& database)
{
    QStringList actions;
    auto events = AuditLog(database).list({});
    for (const AuditEvent& event : events.value())
        actions.prepend(event.action);
    return actions;
}
} // namespace

class TestProviderService : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets {uniqueKeychainService()};

    ProviderConfig twilioFor(const FakeSmsServer& server, const QString& name = u"Twilio"_s)
    {
        ProviderConfig config = server.twilioProvider();
        config.name = name;
        config.timeoutMs = 2000;
        config.lowBalanceThreshold = 5.0;
        return config;
    }

    Status storeSecret(ProviderService& service, const Actor& actor, qint64 id, const QByteArray& secret)
    {
        std::optional<Status> outcome;
        QObject context;
        service.storeSecret(actor, id, secret, &context, [&](Status status) { outcome = status; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return Error {Error::Code::Internal, {}, u"no answer"_s};
        return *outcome;
    }

    Status remove(ProviderService& service, const Actor& actor, qint64 id)
    {
        std::optional<Status> outcome;
        QObject context;
        service.remove(actor, id, &context, [&](Status status) { outcome = status; });
        if (outcome)
            qFatal("remove reported inside the call");
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return Error {Error::Code::Internal, {}, u"no answer"_s};
        return *outcome;
    }

    /// A Twilio provider talking to `server`, its auth token in the keychain.
    ProviderConfig createWithSecret(ProviderService& service, const FakeSmsServer& server)
    {
        return setUpProvider(service, admin, twilioFor(server), server.twilioAuthToken);
    }

    CheckResult runCheck(ProviderService& service, const Actor& actor, CheckRequest request)
    {
        auto job = service.startCheck(actor, request);
        if (!job)
            qFatal("check refused: %s", qPrintable(job.error().toString()));
        return test::awaitFinished(job.value());
    }

private slots:
    void initTestCase() { qRegisterMetaType<CheckResult>(); }

    void createEditRemoveAreAuditedWithoutSecrets()
    {
        TestDatabase database;
        FakeSmsServer server;
        ManualClock clock;
        ProviderService service(database.db(), m_secrets, &m_network, clock);
        auto created = service.create(admin, twilioFor(server));
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(created->id > 0);
        QCOMPARE(created->rowVersion, 1);
        QVERIFY(!created->hasSecret);
        QCOMPARE(service.enabledCount(), 1);

        ProviderConfig edited = created.value();
        edited.sender = u"+14155550199"_s;
        edited.enabled = false;
        auto updated = service.update(admin, edited);
        QVERIFY(updated.ok());
        QCOMPARE(updated->sender, u"+14155550199"_s);
        QVERIFY(!updated->enabled);
        QCOMPARE(service.enabledCount(), 0);

        auto stale = service.update(admin, edited); // row version 1 is stale now
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Error::Code::Conflict);

        QVERIFY(remove(service, admin, created->id).ok());
        QCOMPARE(actionsOf(database.db()),
                 (QStringList {u"sms.provider.create"_s, u"sms.provider.edit"_s, u"sms.provider.disable"_s,
                               u"sms.provider.remove"_s}));
        QVERIFY(AuditLog(database.db()).verify().value().firstBrokenEventId == std::nullopt);
    }

    void lookupAndReportsHostsAreStoredAndEdited()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        ProviderConfig config = twilioFor(server);
        config.lookupBaseUrl = server.baseUrl();
        auto created = service.create(admin, config);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
        QCOMPARE(service.find(admin, created->id)->lookupBaseUrl, server.baseUrl());

        ProviderConfig edited = created.value();
        edited.lookupBaseUrl = u"https://lookups.example"_s;
        QVERIFY(service.update(admin, edited).ok());
        QCOMPARE(service.find(admin, created->id)->lookupBaseUrl, u"https://lookups.example"_s);
        const QString after = AuditLog(database.db()).list({}).value().first().after;
        QVERIFY2(after.contains(u"https://lookups.example"_s), qPrintable(after));

        auto stored = service.create(admin, server.vonageProvider());
        QVERIFY(stored.ok());
        QCOMPARE(service.find(admin, stored->id)->reportsBaseUrl, server.baseUrl());
        QVERIFY(service.find(admin, stored->id)->lookupBaseUrl.isEmpty());
    }

    void invalidSettingsAreRefusedNamingTheField()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        ProviderConfig config = twilioFor(server);
        config.baseUrl = u"http://example.com"_s;
        auto created = service.create(admin, config);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::InvalidInput);
        QCOMPARE(created.error().field, u"base-url"_s);
        QCOMPARE(database.db().scalar(u"SELECT count(*) FROM sms_providers"_s).value().toInt(), 0);
    }

    void duplicateNameIsAConflictOnName()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        QVERIFY(service.create(admin, twilioFor(server)).ok());
        auto again = service.create(admin, twilioFor(server));
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(again.error().field, u"name"_s);
    }

    void managingNeedsAdminAndRefusalIsAudited_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("viewer") << int(Role::Viewer);
        QTest::newRow("support") << int(Role::Support);
    }

    void managingNeedsAdminAndRefusalIsAudited()
    {
        QFETCH(int, role);
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        const Actor actor {u"someone"_s, Role(role)};
        auto created = service.create(actor, twilioFor(server));
        QCOMPARE(created.error().code, Error::Code::PermissionDenied);
        QCOMPARE(actionsOf(database.db()), QStringList {u"permission.refused"_s});
        QVERIFY(service.list(actor).ok());
    }

    void viewerCannotSendTestSms()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        auto created = service.create(admin, twilioFor(server));
        const CheckRequest request = checkOf(CheckKind::TestSms, created->id, u"+447400123456"_s);
        auto refused = service.startCheck(viewer, request);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(server.requests().size(), 0);
    }

    void secretGoesToTheKeychainOnlyAndChecksUseIt()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        auto created = service.create(admin, twilioFor(server));
        const Status stored = storeSecret(service, admin, created->id, server.twilioAuthToken);
        QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().toString()));

        // Round trip through the real Secret Service, under the per-database, per-provider key.
        auto read = m_secrets.readBlocking(SecretKeys::providerSecret(database.db().databaseId(), created->id));
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read.value(), server.twilioAuthToken);

        QVERIFY(service.find(admin, created->id)->hasSecret);
        QCOMPARE(actionsOf(database.db()).last(), u"sms.provider.credential"_s);

        const CheckRequest request = checkOf(CheckKind::Credentials, created->id);
        const CheckResult result = runCheck(service, support, request);
        QCOMPARE(result.outcome, CheckOutcome::Ok);

        // The secret is nowhere in the database file, the audit log included.
        QVERIFY(!database.contents().contains(server.twilioAuthToken));

        // Removal answers only once the keychain entry is gone: no waiting afterwards.
        QVERIFY(remove(service, admin, created->id).ok());
        QCOMPARE(
            m_secrets.readBlocking(SecretKeys::providerSecret(database.db().databaseId(), created->id)).error().code,
            Error::Code::NotFound);
    }

    void aStoredSecretIsRecordedThoughTheServiceIsGoneBeforeTheKeychainAnswers()
    {
        // The keychain answers on the event loop, when the page that asked may be closed and its service
        // gone. The answer must be recorded through nothing of that service: a service made in its place
        // (likely in the same memory) for another database must not get the record.
        TestDatabase database;
        TestDatabase another;
        FakeSmsServer server;
        auto service = std::make_unique<ProviderService>(database.db(), m_secrets, &m_network);
        auto created = service->create(admin, twilioFor(server));
        QVERIFY(created.ok());
        std::optional<Status> outcome;
        QObject context;
        service->storeSecret(admin, created->id, server.twilioAuthToken, &context,
                             [&](Status status) { outcome = status; });
        service.reset();
        const auto inItsPlace = std::make_unique<ProviderService>(another.db(), m_secrets, &m_network);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().toString()));
        QCOMPARE(actionsOf(database.db()).last(), u"sms.provider.credential"_s);
        QVERIFY(!actionsOf(another.db()).contains(u"sms.provider.credential"_s));
        QVERIFY(ProviderRepository(database.db()).find(created->id)->hasSecret);
    }

    void removingAProviderRemovesItsSecretFromTheKeychain()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        auto kept = service.create(admin, twilioFor(server, u"Kept"_s));
        auto removed = service.create(admin, twilioFor(server, u"Removed"_s));
        QVERIFY(storeSecret(service, admin, kept->id, "kept-secret-kept-secret-kept-12").ok());
        QVERIFY(storeSecret(service, admin, removed->id, server.twilioAuthToken).ok());
        const QString removedKey = SecretKeys::providerSecret(database.db().databaseId(), removed->id);
        QCOMPARE(m_secrets.readBlocking(removedKey).value(), server.twilioAuthToken);

        QVERIFY(remove(service, admin, removed->id).ok());
        QCOMPARE(m_secrets.readBlocking(removedKey).error().code, Error::Code::NotFound);
        QCOMPARE(service.find(admin, removed->id).error().code, Error::Code::NotFound);
        // The other provider's secret is untouched.
        QCOMPARE(m_secrets.readBlocking(SecretKeys::providerSecret(database.db().databaseId(), kept->id)).value(),
                 QByteArray("kept-secret-kept-secret-kept-12"));
        auto events = AuditLog(database.db()).list({});
        QCOMPARE(events->first().action, u"sms.provider.remove"_s);
        QCOMPARE(events->first().details.value(u"secret_removed_from"_s).toString(), u"keychain"_s);
    }

    void providerIsKeptWhenTheKeychainCannotRemoveItsSecret()
    {
        // A keychain that refuses to delete (locked, no Secret Service): the provider must stay, or
        // its secret would outlive it with nothing left pointing at it.
        class RefusingStore final : public SecretStore
        {
        public:
            void read(const QString&, QObject* context, ReadDone done) override
            {
                QMetaObject::invokeMethod(
                    context, [done] { done(Error::notFound(u"keychain entry"_s)); }, Qt::QueuedConnection);
            }
            void write(const QString&, const QByteArray&, QObject* context, WriteDone done) override
            {
                QMetaObject::invokeMethod(
                    context, [done] { done(Ok {}); }, Qt::QueuedConnection);
            }
            void remove(const QString&, QObject* context, WriteDone done) override
            {
                QMetaObject::invokeMethod(
                    context,
                    [done] {
                        done(Error {Error::Code::KeychainUnavailable, {}, u"locked"_s});
                    },
                    Qt::QueuedConnection);
            }
        } refusing;
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), refusing, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        const Status removed = remove(service, admin, created.id);
        QCOMPARE(removed.error().code, Error::Code::KeychainUnavailable);
        QVERIFY(service.find(admin, created.id).ok());
        QVERIFY(!actionsOf(database.db()).contains(u"sms.provider.remove"_s));
    }

    void removingNeedsAdmin()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        QCOMPARE(remove(service, support, created.id).error().code, Error::Code::PermissionDenied);
        QCOMPARE(m_secrets.readBlocking(SecretKeys::providerSecret(database.db().databaseId(), created.id)).value(),
                 server.twilioAuthToken);
        QCOMPARE(remove(service, admin, created.id + 100).error().code, Error::Code::NotFound);
    }

    void checkWithoutSavedSecretSaysSo()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        auto created = service.create(admin, twilioFor(server));
        const CheckRequest request = checkOf(CheckKind::Balance, created->id);
        const CheckResult result = runCheck(service, admin, request);
        QCOMPARE(result.outcome, CheckOutcome::Problem);
        QCOMPARE(result.error->failure, ProviderFailure::MissingSecret);
        QCOMPARE(server.requests().size(), 0);
    }

    void typedSecretChecksUnsavedSettings()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        CheckRequest request;
        request.kind = CheckKind::Credentials;
        request.settings = twilioFor(server);
        request.secret = server.twilioAuthToken;
        QCOMPARE(runCheck(service, admin, request).outcome, CheckOutcome::Ok);
        request.secret = QByteArrayLiteral("wrongwrongwrongwrongwrongwrong12");
        const CheckResult wrong = runCheck(service, admin, request);
        QCOMPARE(wrong.error->failure, ProviderFailure::WrongCredentials);
        QCOMPARE(database.db().scalar(u"SELECT count(*) FROM sms_provider_checks"_s).value().toInt(), 0);
    }

    void trialWithATypedSecretIsNotRecordedAgainstTheSavedProvider()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        CheckRequest request = checkOf(CheckKind::Credentials, created.id);
        request.settings = created;
        request.secret = QByteArrayLiteral("wrongwrongwrongwrongwrongwrong12");
        QCOMPARE(runCheck(service, admin, request).error->failure, ProviderFailure::WrongCredentials);
        QCOMPARE(service.checks(admin, created.id)->size(), 0);

        request.secret.reset(); // the saved settings, unchanged: a fact about the provider
        QCOMPARE(runCheck(service, admin, request).outcome, CheckOutcome::Ok);
        QCOMPARE(service.checks(admin, created.id)->size(), 1);
    }

    void balanceIsJudgedAgainstTheThresholdAndStored_data()
    {
        QTest::addColumn<QString>("balance");
        QTest::addColumn<CheckOutcome>("outcome");
        QTest::addColumn<QString>("warning");
        QTest::newRow("above") << u"12.50"_s << CheckOutcome::Ok << QString();
        QTest::newRow("below") << u"4.99"_s << CheckOutcome::Warning << u"below_threshold"_s;
        QTest::newRow("empty") << u"0.00"_s << CheckOutcome::Problem << u"no_balance"_s;
        QTest::newRow("negative") << u"-1.20"_s << CheckOutcome::Problem << u"no_balance"_s;
    }

    void balanceIsJudgedAgainstTheThresholdAndStored()
    {
        QFETCH(QString, balance);
        QFETCH(CheckOutcome, outcome);
        QFETCH(QString, warning);
        TestDatabase database;
        FakeSmsServer server;
        server.twilioBalance = balance;
        ManualClock clock;
        ProviderService service(database.db(), m_secrets, &m_network, clock);
        const ProviderConfig created = createWithSecret(service, server);
        const CheckRequest request = checkOf(CheckKind::Balance, created.id);
        const CheckResult result = runCheck(service, admin, request);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.warning, warning);
        auto checks = service.checks(admin, created.id);
        QCOMPARE(checks->size(), 1);
        QCOMPARE(checks->first().balance, balance);
        QCOMPARE(checks->first().currency, u"USD"_s);
        QCOMPARE(checks->first().outcome, outcome);
        QCOMPARE(checks->first().at, clock.nowUtc());
    }

    void testSmsIsLoggedAndAuditedAndStatusRefreshesTheLog()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        const CheckRequest request = checkOf(CheckKind::TestSms, created.id, u"+447400123456"_s);
        const CheckResult sent = runCheck(service, support, request);
        QCOMPARE(sent.outcome, CheckOutcome::Ok);
        QVERIFY(sent.sent);
        QCOMPARE(server.count("POST"), 1);

        const MessageLog log(database.db());
        auto messages = log.byNumber(u"+447400123456"_s);
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->first().providerMessageId, sent.sent->messageId);
        QCOMPARE(messages->first().status, SmsStatus::Queued);
        QCOMPARE(messages->first().operatorName, u"sam"_s);
        QCOMPARE(actionsOf(database.db()).last(), u"sms.test.send"_s);

        server.setMessageStatus(sent.sent->messageId, u"undelivered"_s, 30003);
        QCOMPARE(log.nonFinal()->size(), 1);
        auto refresh = service.refreshMessage(viewer, messages->first());
        QVERIFY(refresh.ok());
        const std::optional<CheckResult> refreshed = test::awaitResult(refresh.value());
        QVERIFY(refreshed);
        const CheckResult read = *refreshed;
        QCOMPARE(read.message->status, SmsStatus::Undelivered);
        messages = log.byNumber(u"+447400123456"_s);
        QCOMPARE(messages->first().status, SmsStatus::Undelivered);
        QCOMPARE(messages->first().errorCode, u"30003"_s);
        QCOMPARE(log.nonFinal()->size(), 0);
    }

    void rejectedTestSmsIsLoggedAsFailedWithTheProviderCode()
    {
        TestDatabase database;
        FakeSmsServer server;
        server.twilioSendErrorCode = 21610;
        ProviderService service(database.db(), m_secrets, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        const CheckRequest request = checkOf(CheckKind::TestSms, created.id, u"+447400123456"_s);
        const CheckResult result = runCheck(service, admin, request);
        QCOMPARE(result.outcome, CheckOutcome::Problem);
        auto messages = MessageLog(database.db()).byNumber(u"+447400123456"_s);
        QCOMPARE(messages->first().status, SmsStatus::Failed);
        QCOMPARE(messages->first().errorCode, u"21610"_s);
    }

    void testSmsWhoseAnswerIsCutOffIsLoggedAsUnknownNotFailed_data()
    {
        QTest::addColumn<FakeSmsServer::Fault>("fault");
        QTest::newRow("reset mid-answer") << FakeSmsServer::Fault::ResetMidAnswer;
        QTest::newRow("timeout after the request") << FakeSmsServer::Fault::Never;
    }

    void testSmsWhoseAnswerIsCutOffIsLoggedAsUnknownNotFailed()
    {
        QFETCH(FakeSmsServer::Fault, fault);
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        server.setFault(fault);
        const CheckRequest request = checkOf(CheckKind::TestSms, created.id, u"+447400123456"_s);
        const CheckResult result = runCheck(service, admin, request);
        QCOMPARE(result.error->failure, ProviderFailure::OutcomeUnknown);
        QCOMPARE(server.count("POST"), 1);
        auto messages = MessageLog(database.db()).byNumber(u"+447400123456"_s);
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->first().status, SmsStatus::Unknown);
        QCOMPARE(messages->first().errorMessage, u"outcome_unknown"_s);
        auto events = AuditLog(database.db()).list({});
        QCOMPARE(events->first().action, u"sms.test.send"_s);
        QCOMPARE(events->first().after, u"unknown"_s);
    }

    void testSmsAcceptsTheNumberAsAPersonWritesIt()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        const ProviderConfig created = createWithSecret(service, server);
        // Spaces and dashes, as typed and as search accepts them.
        const CheckRequest request = checkOf(CheckKind::TestSms, created.id, u" +44 7400-123 456 "_s);
        QCOMPARE(runCheck(service, support, request).outcome, CheckOutcome::Ok);
        QCOMPARE(server.requests().last().formValue(u"To"_s), u"+447400123456"_s);
        QCOMPARE(MessageLog(database.db()).byNumber(u"+447400123456"_s)->size(), 1);
    }

    void testSmsToAnInvalidNumberIsRefusedBeforeSending()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        auto created = service.create(admin, twilioFor(server));
        const CheckRequest request = checkOf(CheckKind::TestSms, created->id, u"07700 900123"_s);
        auto refused = service.startCheck(admin, request);
        QCOMPARE(refused.error().field, u"to"_s);
        // Said in words a person understands, not as a field name and a format.
        const QString words = CheckResultText::describe(refused.error());
        QVERIFY2(words.contains(u"country code"_s) && !words.contains(u"\"to\""_s), qPrintable(words));
    }

    void checkAllRunsEveryCheckOfEnabledProvidersAndCanBeCancelled()
    {
        TestDatabase database;
        FakeSmsServer server;
        server.statusIndicator = u"minor"_s;
        ProviderService service(database.db(), m_secrets, &m_network);
        auto first = service.create(admin, twilioFor(server, u"A"_s));
        auto second = service.create(admin, twilioFor(server, u"B"_s));
        ProviderConfig disabled = twilioFor(server, u"C"_s);
        disabled.enabled = false;
        QVERIFY(service.create(admin, disabled).ok());
        QVERIFY(storeSecret(service, admin, first->id, server.twilioAuthToken).ok());
        QVERIFY(storeSecret(service, admin, second->id, server.twilioAuthToken).ok());

        auto job = service.startCheckAll(support);
        QVERIFY(job.ok());
        QCOMPARE(job.value()->total(), 6);
        QSignalSpy checked(job.value(), &ProviderCheckAllJob::checked);
        QSignalSpy progress(job.value(), &Job::progress);
        const std::optional<CheckAllSummary> summary = test::awaitResult(job.value(), 30000);
        QVERIFY(summary);
        QCOMPARE(checked.size(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 6);
        QCOMPARE(summary->stop, Job::Stop::None); // not cancelled
        QCOMPARE(database.db().scalar(u"SELECT count(*) FROM sms_provider_checks"_s).value().toInt(), 6);

        ProviderHealthMonitor monitor(database.db());
        QSignalSpy health(&monitor, &ProviderHealthMonitor::healthChanged);
        monitor.refresh();
        QCOMPARE(health.size(), 1);
        QCOMPARE(health.first().at(1).toBool(), false); // minor incident is a warning, balance above 5

        server.setFault(FakeSmsServer::Fault::Never);
        auto cancelled = service.startCheckAll(support);
        std::optional<CheckAllSummary> cancelledSummary;
        cancelled.value()->then(this, [&](const CheckAllSummary& done) { cancelledSummary = done; });
        QSignalSpy cancelledFinished(cancelled.value(), &Job::finished);
        QSignalSpy received(&server, &FakeSmsServer::requestReceived);
        QVERIFY(received.wait(5000));
        cancelled.value()->cancel();
        QVERIFY(cancelledFinished.size() == 1 || cancelledFinished.wait(5000));
        QVERIFY(cancelledSummary);
        QCOMPARE(cancelledSummary->stop, Job::Stop::Cancelled);
    }

    void healthWarnsWhenTheEnabledProviderFailsOrIsLow()
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService service(database.db(), m_secrets, &m_network);
        ProviderHealthMonitor monitor(database.db());
        QSignalSpy health(&monitor, &ProviderHealthMonitor::healthChanged);
        monitor.refresh();
        QCOMPARE(health.last().at(1).toBool(), true); // nothing enabled

        auto created = service.create(admin, twilioFor(server, u"Main"_s));
        QVERIFY(storeSecret(service, admin, created->id, server.twilioAuthToken).ok());
        monitor.refresh(); // enabled, never checked: neither OK nor failing
        QCOMPARE(health.last().at(0).toString(), u"SMS providers not checked yet: Main."_s);
        QCOMPARE(health.last().at(1).toBool(), false);
        server.twilioBalance = u"1.00"_s;
        CheckRequest request = checkOf(CheckKind::Balance, created->id);
        QCOMPARE(runCheck(service, admin, request).outcome, CheckOutcome::Warning);
        monitor.refresh();
        QCOMPARE(health.last().at(1).toBool(), true);
        QVERIFY(health.last().at(0).toString().contains(u"Main"_s));

        server.twilioBalance = u"50.00"_s;
        QCOMPARE(runCheck(service, admin, request).outcome, CheckOutcome::Ok);
        monitor.refresh();
        QCOMPARE(health.last().at(1).toBool(), false);

        server.setFault(FakeSmsServer::Fault::Unauthorized);
        request.kind = CheckKind::Credentials;
        QCOMPARE(runCheck(service, admin, request).outcome, CheckOutcome::Problem);
        monitor.refresh();
        QCOMPARE(health.last().at(1).toBool(), true);

        // A later fine status page does not hide the failing credentials.
        server.setFault(FakeSmsServer::Fault::None);
        request.kind = CheckKind::ServiceStatus;
        QCOMPARE(runCheck(service, admin, request).outcome, CheckOutcome::Ok);
        monitor.refresh();
        QCOMPARE(monitor.problem(), true);
        QVERIFY(monitor.summary().contains(u"failing"_s));
    }
};

QTEST_GUILESS_MAIN(TestProviderService)
#include "tst_providerservice.moc"
