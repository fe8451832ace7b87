// SPDX-License-Identifier: GPL-3.0-or-later
// Disabling a client's second factor: the change and its audit event in one transaction, stale edits
// refused (saying who changed the client and when), secrets erased, and nothing done without the
// client's request, a meaningful reason and a verified identity code.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/IdentityChallengeRepository.h"
#include "core/verification/VerificationRefusal.h"
#include "tests/core/tst_identity_rig.h"
#include "tests/support/DisableRequests.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestTwoFactorService : public QObject
{
    Q_OBJECT

private:
    const Actor m_support {u"sam"_s, Role::Support};

    /// The request for `client` as it is now, with a code sent by e-mail and read back.
    static DisableTwoFactorRequest verifiedRequestFor(test::IdentityRig& rig, const Client& client)
    {
        DisableTwoFactorRequest request = test::disableRequestFor(client, u"SUP-42 lost phone"_s);
        const auto verified = rig.sendAndVerify(client, VerificationChannel::Email);
        if (!verified)
            qFatal("no verified code for client %lld", client.id);
        request.verificationId = verified->challengeId;
        return request;
    }

    static QList<AuditEvent> disableEvents(const test::IdentityRig& rig)
    {
        AuditFilter filter;
        filter.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
        return rig.audit.list(filter).value();
    }

private slots:
    void disablingSmsWritesTheStateAndOneAuditEvent()
    {
        test::IdentityRig rig;
        const Client before = rig.addClient(7, TwoFactorMethod::Sms);
        auto after = rig.twoFactor.disable(m_support, verifiedRequestFor(rig, before));
        QVERIFY2(after.ok(), qPrintable(after ? QString() : after.error().toString()));
        QCOMPARE(after.value().method, TwoFactorMethod::None);
        QVERIFY(!after.value().enabledAt.isValid());
        QCOMPARE(after.value().rowVersion, before.rowVersion + 1);
        QCOMPARE(rig.reload(before).method, TwoFactorMethod::None);

        const QList<AuditEvent> events = disableEvents(rig);
        QCOMPARE(events.size(), 1);
        const AuditEvent& event = events.first();
        QCOMPARE(event.action, u"client.2fa.disable"_s);
        QCOMPARE(event.operatorName, u"sam"_s);
        QCOMPARE(event.clientId, std::optional<qint64>(7));
        QCOMPARE(event.before, u"sms"_s);
        QCOMPARE(event.after, u"none"_s);
        QCOMPARE(event.reason, u"SUP-42 lost phone"_s);
        QCOMPARE(event.at, rig.clock.nowUtc());
        QCOMPARE(event.at.timeSpec(), Qt::UTC);
        // The proof is named in the event: which code, on which channel, to which masked address.
        QCOMPARE(event.details.value(u"verified_by"_s).toString(), u"code"_s);
        QCOMPARE(event.details.value(u"channel"_s).toString(), u"email"_s);
        QVERIFY(event.details.value(u"destination"_s).toString().contains(u"@example.com"_s));
        QVERIFY(rig.audit.verify().value().firstBrokenEventId == std::nullopt);
    }

    void disablingTheAuthenticatorErasesItsSecret()
    {
        test::IdentityRig rig;
        const Client before = rig.addClient(8, TwoFactorMethod::Authenticator);
        QVERIFY(before.authenticator.has_value());
        QVERIFY(rig.twoFactor.disable(m_support, verifiedRequestFor(rig, before)).ok());
        const Database& db = rig.database.db();
        QVERIFY(db.scalar(u"SELECT totp_secret_sealed FROM clients WHERE id = 8"_s).value().isNull());
        QVERIFY(db.scalar(u"SELECT totp_digits FROM clients WHERE id = 8"_s).value().isNull());
        QVERIFY(!rig.reload(before).authenticator.has_value());
        QVERIFY(disableEvents(rig).first().details.value(u"secret_erased"_s).toBool());
    }

    void disableIsRefusedWhenClientChangedSinceOpened()
    {
        test::IdentityRig rig;
        const Client opened = rig.addClient(9, TwoFactorMethod::Sms);
        const DisableTwoFactorRequest request = verifiedRequestFor(rig, opened);
        // Someone else changes the client meanwhile (the CLI, another window).
        QVERIFY(
            rig.sql(u"UPDATE clients SET email = 'new@example.com', row_version = row_version + 1 WHERE id = 9"_s, {}));
        auto refused = rig.twoFactor.disable(m_support, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(refused.error().field, u"client"_s);
        QCOMPARE(rig.reload(opened).method, TwoFactorMethod::Sms);
        QCOMPARE(disableEvents(rig).size(), 0);
    }

    void aSecondDisableIsToldWhoDisabledItAndWhen()
    {
        test::IdentityRig rig;
        const Client opened = rig.addClient(14, TwoFactorMethod::Authenticator);
        const DisableTwoFactorRequest first = verifiedRequestFor(rig, opened);
        QVERIFY(rig.twoFactor.disable(Actor {u"ada"_s, Role::Support}, first));
        const QDateTime disabledAt = rig.clock.nowUtc();
        rig.clock.advanceSeconds(30);
        // The second operator had the client open with the factor still on.
        DisableTwoFactorRequest second = first;
        second.verificationId = 999;
        auto refused = rig.twoFactor.disable(m_support, second);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        const auto already = TwoFactorService::alreadyDisabled(refused.error());
        QVERIFY(already.has_value());
        QCOMPARE(already->by, u"ada"_s);
        QCOMPARE(already->at, disabledAt);
        QCOMPARE(disableEvents(rig).size(), 1);
    }

    void disableIsRefusedWhenTheMethodShownIsNotTheOneOn()
    {
        test::IdentityRig rig;
        const Client client = rig.addClient(10, TwoFactorMethod::Sms);
        DisableTwoFactorRequest request = verifiedRequestFor(rig, client);
        request.method = TwoFactorMethod::Authenticator;
        QCOMPARE(rig.twoFactor.disable(m_support, request).error().code, Error::Code::Conflict);
        QCOMPARE(rig.reload(client).method, TwoFactorMethod::Sms);
    }

    void withoutAVerifiedCodeNothingIsDisabledAndTheAttemptIsRecorded()
    {
        test::IdentityRig rig;
        const Client client = rig.addClient(15, TwoFactorMethod::Authenticator);
        DisableTwoFactorRequest request = verifiedRequestFor(rig, client);
        request.verificationId = 0; // the tick box alone
        auto refused = rig.twoFactor.disable(m_support, request);
        QCOMPARE(VerificationRefusals::of(refused.error()), VerificationRefusal::NotVerified);
        QCOMPARE(rig.reload(client).method, TwoFactorMethod::Authenticator);
        AuditFilter refusals;
        refusals.action = QString::fromLatin1(AuditAction::TwoFactorDisableRefused);
        const QList<AuditEvent> events = rig.audit.list(refusals).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().operatorName, u"sam"_s);
        QCOMPARE(events.first().clientId, std::optional<qint64>(15));
        QVERIFY(rig.audit.verify().value().intact());
    }

    void incompleteRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("clientRequested");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not requested by the client")
            << u"SUP-1"_s << false << u"client-requested"_s << u"only at the client's explicit request"_s;
        QTest::newRow("no reason") << QString() << true << u"reason"_s << u"min-length:10"_s;
        QTest::newRow("blank reason") << u"   "_s << true << u"reason"_s << u"min-length:10"_s;
        QTest::newRow("two characters") << u"ab"_s << true << u"reason"_s << u"min-length:10"_s;
        QTest::newRow("nine characters") << u"lost phon"_s << true << u"reason"_s << u"min-length:10"_s;
        QTest::newRow("a lower-case ticket is no ticket") << u"sup-12"_s << true << u"reason"_s << u"min-length:10"_s;
        QTest::newRow("too long") << QString(1001, u'x') << true << u"reason"_s << u"too-long:1000"_s;
    }

    void incompleteRequestsAreRefused()
    {
        QFETCH(QString, reason);
        QFETCH(bool, clientRequested);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        test::IdentityRig rig;
        const Client client = rig.addClient(11, TwoFactorMethod::Sms);
        DisableTwoFactorRequest request = verifiedRequestFor(rig, client);
        request.reason = reason;
        request.clientRequested = clientRequested;
        auto refused = rig.twoFactor.disable(m_support, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, field);
        QCOMPARE(refused.error().detail, detail);
        QCOMPARE(rig.reload(client).method, TwoFactorMethod::Sms);
        QCOMPARE(disableEvents(rig).size(), 0);
    }

    void aTicketReferenceOrATenCharacterReasonIsEnough_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("ticket") << u"SUP-1234"_s;
        QTest::newRow("ticket with spaces around") << u"  INC-7 "_s;
        QTest::newRow("ten characters") << u"lost phone"_s;
    }

    void aTicketReferenceOrATenCharacterReasonIsEnough()
    {
        QFETCH(QString, reason);
        test::IdentityRig rig;
        const Client client = rig.addClient(16, TwoFactorMethod::Sms);
        DisableTwoFactorRequest request = verifiedRequestFor(rig, client);
        request.reason = reason;
        auto done = rig.twoFactor.disable(m_support, request);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(disableEvents(rig).first().reason, reason.trimmed());
    }

    void theReasonRuleIsTheTeamsAndOnlyAdministratorsChangeIt()
    {
        test::IdentityRig rig;
        DisableReasonRule strict;
        strict.minimumLength = 20;
        strict.ticketPattern = u"CASE-[0-9]{6}"_s;
        QCOMPARE(DisableReasonRule::save(rig.database.db(), rig.audit, m_support, strict).error().code,
                 Error::Code::PermissionDenied);
        QVERIFY(DisableReasonRule::save(rig.database.db(), rig.audit, test::admin, strict));
        QCOMPARE(rig.twoFactor.reasonRule().minimumLength, 20);
        QVERIFY(strict.problemWith(u"SUP-1234"_s).has_value());
        QVERIFY(!strict.problemWith(u"CASE-123456"_s).has_value());
        QVERIFY(!strict.problemWith(u"the client lost the phone"_s).has_value());

        const Client client = rig.addClient(17, TwoFactorMethod::Sms);
        DisableTwoFactorRequest request = verifiedRequestFor(rig, client);
        request.reason = u"SUP-1234"_s; // fine by default, not by this team's rule
        QCOMPARE(rig.twoFactor.disable(m_support, request).error().detail, u"min-length:20"_s);

        DisableReasonRule broken = strict;
        broken.ticketPattern = u"CASE-("_s;
        QCOMPARE(DisableReasonRule::save(rig.database.db(), rig.audit, test::admin, broken).error().field,
                 u"ticket-pattern"_s);
        AuditFilter changes;
        changes.action = QString::fromLatin1(AuditAction::DisableReasonRuleChanged);
        QCOMPARE(rig.audit.count(changes).value(), 1);
    }

    void viewersMayNotDisable()
    {
        test::IdentityRig rig;
        const Client client = rig.addClient(12, TwoFactorMethod::Sms);
        auto refused = rig.twoFactor.disable(Actor {u"vic"_s, Role::Viewer}, verifiedRequestFor(rig, client));
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(refused.error().field, u"disable-2fa"_s);
        QCOMPARE(rig.reload(client).method, TwoFactorMethod::Sms);
        QCOMPARE(disableEvents(rig).size(), 0);
    }

    void aFailedAuditWriteLeavesTheClientUnchanged()
    {
        test::IdentityRig rig;
        const Client client = rig.addClient(13, TwoFactorMethod::Sms);
        const DisableTwoFactorRequest request = verifiedRequestFor(rig, client);
        QVERIFY(rig.database.failInserts(u"audit_events"_s, u"audit unavailable"_s).ok());
        auto failed = rig.twoFactor.disable(m_support, request);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::Storage);
        // The code was not used up with it: the whole transaction rolled back.
        QCOMPARE(IdentityChallengeRepository(rig.database.db()).find(request.verificationId)->state,
                 IdentityChallenge::State::Verified);
        const Client stored = rig.reload(client);
        QCOMPARE(stored.method, TwoFactorMethod::Sms);
        QCOMPARE(stored.rowVersion, client.rowVersion);
    }
};

QTEST_GUILESS_MAIN(TestTwoFactorService)
#include "tst_twofactorservice.moc"
