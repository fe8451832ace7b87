// SPDX-License-Identifier: GPL-3.0-or-later
// Disabling a client's second factor: the change and its audit event in one transaction, stale edits
// refused, secrets erased, and nothing done without the client's request and a reason.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/twofactor/TwoFactorService.h"
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

    static qint64 auditCount(const Database& db)
    {
        return db.scalar(u"SELECT count(*) FROM audit_events WHERE action = 'client.2fa.disable'"_s)
            .value()
            .toLongLong();
    }

    static DisableTwoFactorRequest requestFor(const Client& client)
    {
        DisableTwoFactorRequest request;
        request.clientId = client.id;
        request.method = client.method;
        request.expectedRowVersion = client.rowVersion;
        request.reason = u"SUP-42 lost phone"_s;
        request.clientRequested = true;
        return request;
    }

private slots:
    void disablingSmsWritesTheStateAndOneAuditEvent()
    {
        test::TestDatabase db;
        test::ManualClock clock;
        const AuditLog audit(db.db(), clock);
        const Client before = db.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        auto after = TwoFactorService(db.db(), audit, clock).disable(m_support, requestFor(before));
        QVERIFY2(after.ok(), qPrintable(after ? QString() : after.error().toString()));
        QCOMPARE(after.value().method, TwoFactorMethod::None);
        QVERIFY(!after.value().enabledAt.isValid());
        QCOMPARE(after.value().rowVersion, before.rowVersion + 1);
        QCOMPARE(ClientRepository(db.db()).find(7).value().method, TwoFactorMethod::None);

        auto events = audit.list({});
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 1);
        const AuditEvent& event = events.value().first();
        QCOMPARE(event.action, u"client.2fa.disable"_s);
        QCOMPARE(event.operatorName, u"sam"_s);
        QCOMPARE(event.clientId, std::optional<qint64>(7));
        QCOMPARE(event.before, u"sms"_s);
        QCOMPARE(event.after, u"none"_s);
        QCOMPARE(event.reason, u"SUP-42 lost phone"_s);
        QCOMPARE(event.at, clock.nowUtc());
        QCOMPARE(event.at.timeSpec(), Qt::UTC);
        QVERIFY(audit.verify().value().firstBrokenEventId == std::nullopt);
    }

    void disablingTheAuthenticatorErasesItsSecret()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const Client before = db.addClient(test::makeClient(8, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Authenticator));
        QVERIFY(before.authenticator.has_value());
        QVERIFY(TwoFactorService(db.db(), audit).disable(m_support, requestFor(before)).ok());
        const QVariant sealed = db.db().scalar(u"SELECT totp_secret_sealed FROM clients WHERE id = 8"_s).value();
        QVERIFY(sealed.isNull());
        QVERIFY(db.db().scalar(u"SELECT totp_digits FROM clients WHERE id = 8"_s).value().isNull());
        QVERIFY(!ClientRepository(db.db()).find(8).value().authenticator.has_value());
        QVERIFY(audit.list({}).value().first().details.value(u"secret_erased"_s).toBool());
    }

    void disableIsRefusedWhenClientChangedSinceOpened()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const Client opened = db.addClient(test::makeClient(9, u"Grace"_s, u"Hopper"_s, TwoFactorMethod::Sms));
        // Someone else changes the client meanwhile (the CLI, another window).
        QVERIFY(db.db()
                    .exec(u"UPDATE clients SET email = 'new@example.com', row_version = row_version + 1 "
                          u"WHERE id = 9"_s)
                    .ok());
        auto refused = TwoFactorService(db.db(), audit).disable(m_support, requestFor(opened));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(ClientRepository(db.db()).find(9).value().method, TwoFactorMethod::Sms);
        QCOMPARE(auditCount(db.db()), 0);
    }

    void disableIsRefusedWhenTheMethodShownIsNotTheOneOn()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const Client client = db.addClient(test::makeClient(10, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        DisableTwoFactorRequest request = requestFor(client);
        request.method = TwoFactorMethod::Authenticator;
        QCOMPARE(TwoFactorService(db.db(), audit).disable(m_support, request).error().code, Error::Code::Conflict);
        QCOMPARE(ClientRepository(db.db()).find(10).value().method, TwoFactorMethod::Sms);
    }

    void incompleteRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("clientRequested");
        QTest::addColumn<QString>("field");
        QTest::newRow("not requested by the client") << u"SUP-1"_s << false << u"client-requested"_s;
        QTest::newRow("no reason") << QString() << true << u"reason"_s;
        QTest::newRow("blank reason") << u"   "_s << true << u"reason"_s;
    }

    void incompleteRequestsAreRefused()
    {
        QFETCH(QString, reason);
        QFETCH(bool, clientRequested);
        QFETCH(QString, field);
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const Client client = db.addClient(test::makeClient(11, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        DisableTwoFactorRequest request = requestFor(client);
        request.reason = reason;
        request.clientRequested = clientRequested;
        auto refused = TwoFactorService(db.db(), audit).disable(m_support, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, field);
        QCOMPARE(ClientRepository(db.db()).find(11).value().method, TwoFactorMethod::Sms);
        QCOMPARE(auditCount(db.db()), 0);
    }

    void viewersMayNotDisable()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const Client client = db.addClient(test::makeClient(12, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        auto refused = TwoFactorService(db.db(), audit).disable(Actor {u"vic"_s, Role::Viewer}, requestFor(client));
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(ClientRepository(db.db()).find(12).value().method, TwoFactorMethod::Sms);
        QCOMPARE(auditCount(db.db()), 0);
    }

    void aFailedAuditWriteLeavesTheClientUnchanged()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const Client client = db.addClient(test::makeClient(13, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        QVERIFY(db.failInserts(u"audit_events"_s, u"audit unavailable"_s).ok());
        auto failed = TwoFactorService(db.db(), audit).disable(m_support, requestFor(client));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::Storage);
        const Client stored = ClientRepository(db.db()).find(13).value();
        QCOMPARE(stored.method, TwoFactorMethod::Sms);
        QCOMPARE(stored.rowVersion, client.rowVersion);
    }
};

QTEST_GUILESS_MAIN(TestTwoFactorService)
#include "tst_twofactorservice.moc"
