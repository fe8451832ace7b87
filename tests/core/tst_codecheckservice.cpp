// SPDX-License-Identifier: GPL-3.0-or-later
// "Check a code" end to end on a real SQLite database with a real AES-256-GCM sealed secret: the
// answer, the rate limit counted from the audit log, the audit trail without the code, the roles.
#include "core/audit/AuditLog.h"
#include "core/secrets/SecretCipher.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/CodeCheckRig.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A database with client 1001 on an authenticator (SHA-1, 6 digits, 30 s), 1002 on SMS and 1003
/// on an authenticator with 8 digits, sealed under a fresh data key.
struct Fixture : test::CodeCheckRig
{
    Fixture()
    {
        addAuthenticator(1001, 6);
        database.addClient(test::makeClient(1002, u"Sam"_s, u"Sms"_s, TwoFactorMethod::Sms));
        addAuthenticator(1003, 8);
    }

    CodeCheckService service() const { return CodeCheckService(database.db(), audit, cipher, clock); }

    qint64 checkEvents(qint64 clientId) const
    {
        AuditFilter filter;
        filter.clientId = clientId;
        filter.action = QString::fromLatin1(AuditAction::CodeChecked);
        return audit.count(filter).value();
    }
};
} // namespace

class TestCodeCheckService : public QObject
{
    Q_OBJECT

private slots:
    void answersForTheDevicesClock_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<DriftResult::Kind>("kind");
        QTest::addColumn<int>("steps");
        QTest::newRow("right now") << qint64(0) << DriftResult::Kind::Valid << 0;
        QTest::newRow("one step behind") << qint64(-30) << DriftResult::Kind::Valid << -1;
        QTest::newRow("90 s ahead") << qint64(90) << DriftResult::Kind::Drift << 3;
        QTest::newRow("17 min behind") << qint64(-17 * 60) << DriftResult::Kind::Drift << -34;
    }

    void answersForTheDevicesClock()
    {
        QFETCH(qint64, skew);
        QFETCH(DriftResult::Kind, kind);
        QFETCH(int, steps);
        Fixture f;
        auto result = f.service().check(support, 1001, f.codeOnDevice(skew));
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->match.kind, kind);
        QCOMPARE(result->match.offsetSteps, steps);
        QCOMPARE(result->match.offsetSeconds, qint64(steps) * 30);
        QCOMPARE(result->parameters.period, 30);
        QCOMPARE(result->allowance.remaining, 9);
    }

    void codeOfAnotherSecretIsNoMatch()
    {
        Fixture f;
        TotpParameters parameters;
        const QString other = TotpGenerator::totp(QByteArray("another-secret-entirely"), parameters, f.now()).value();
        auto result = f.service().check(support, 1001, other);
        QVERIFY(result.ok());
        QCOMPARE(result->match.kind, DriftResult::Kind::NoMatch);
    }

    void explicitCodeTimeIsUsed()
    {
        Fixture f;
        const QString code = f.codeOnDevice(-3600);
        auto result = f.service().check(support, 1001, code, f.now() - 3600);
        QVERIFY(result.ok());
        QCOMPARE(result->match.kind, DriftResult::Kind::Valid);
    }

    void spacesInTheCodeAreIgnored()
    {
        Fixture f;
        QString code = f.codeOnDevice(0);
        code.insert(3, u' ');
        auto result = f.service().check(support, 1001, code);
        QVERIFY(result.ok());
        QCOMPARE(result->match.kind, DriftResult::Kind::Valid);
    }

    void eightDigitAuthenticatorNeedsEightDigits()
    {
        Fixture f;
        auto wrongLength = f.service().check(support, 1003, f.codeOnDevice(0, 6));
        QVERIFY(!wrongLength.ok());
        QCOMPARE(wrongLength.error().code, Error::Code::InvalidInput);
        QCOMPARE(wrongLength.error().field, u"code"_s);
        auto right = f.service().check(support, 1003, f.codeOnDevice(0, 8));
        QVERIFY(right.ok());
        QCOMPARE(right->match.kind, DriftResult::Kind::Valid);
    }

    void malformedCodesAreRefusedAndNotCounted_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("5 digits") << u"12345"_s;
        QTest::newRow("9 digits") << u"123456789"_s;
        QTest::newRow("7 digits for a 6-digit app") << u"1234567"_s;
        QTest::newRow("letters") << u"12345a"_s;
        QTest::newRow("punctuation") << u"123-456"_s;
    }

    void malformedCodesAreRefusedAndNotCounted()
    {
        QFETCH(QString, code);
        Fixture f;
        auto result = f.service().check(support, 1001, code);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QCOMPARE(result.error().field, u"code"_s);
        QCOMPARE(f.checkEvents(1001), 0);
    }

    void clientWithoutAuthenticatorIsRefused()
    {
        Fixture f;
        auto result = f.service().check(support, 1002, u"123456"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QCOMPARE(result.error().field, u"method"_s);
    }

    void unknownClientIsNotFound()
    {
        Fixture f;
        auto result = f.service().check(support, 4242, u"123456"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::NotFound);
    }

    void viewerIsRefusedAndTheRefusalIsAudited()
    {
        Fixture f;
        auto result = f.service().check(viewer, 1001, f.codeOnDevice(0));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::PermissionDenied);
        QCOMPARE(f.checkEvents(1001), 0);
        AuditFilter refused;
        refused.action = QString::fromLatin1(AuditAction::PermissionRefused);
        QCOMPARE(f.audit.count(refused).value(), 1);
        QVERIFY(f.service().check(admin, 1001, f.codeOnDevice(0)).ok());
    }

    void eleventhCheckWithinTenMinutesIsRefusedUntilTheWindowMoves()
    {
        Fixture f;
        const QDateTime first = f.clock.nowUtc();
        for (int i = 1; i <= CodeCheckService::MaxChecks; ++i) {
            auto result = f.service().check(support, 1001, f.codeOnDevice(0));
            QVERIFY2(result.ok(), qPrintable(u"check %1"_s.arg(i)));
            QCOMPARE(result->allowance.limit, 10);
            QCOMPARE(result->allowance.remaining, 10 - i);
            QCOMPARE(result->allowance.resetsAt, first.addSecs(600));
            f.clock.advanceSeconds(20);
        }
        auto refused = f.service().check(support, 1001, f.codeOnDevice(0));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::RateLimited);
        QCOMPARE(refused.error().detail, first.addSecs(600).toString(Qt::ISODate));
        QCOMPARE(f.checkEvents(1001), 10); // the refused one is not an 11th check

        auto allowance = f.service().allowance(1001);
        QVERIFY(allowance.ok());
        QVERIFY(allowance->exhausted());
        QCOMPARE(allowance->resetsAt, first.addSecs(600));

        // Another operator, another service instance (another desktop on the same database): still limited.
        CodeCheckService elsewhere(f.database.db(), f.audit, f.cipher, f.clock);
        auto alsoRefused = elsewhere.check(admin, 1001, f.codeOnDevice(0));
        QVERIFY(!alsoRefused.ok());
        QCOMPARE(alsoRefused.error().code, Error::Code::RateLimited);

        // Ten minutes after the first check, one check is free again.
        f.clock.set(first.addSecs(600));
        auto again = f.service().check(support, 1001, f.codeOnDevice(0));
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->allowance.remaining, 0);
    }

    void limitIsPerClient()
    {
        Fixture f;
        for (int i = 0; i < CodeCheckService::MaxChecks; ++i)
            QVERIFY(f.service().check(support, 1001, f.codeOnDevice(0)).ok());
        QVERIFY(!f.service().check(support, 1001, f.codeOnDevice(0)).ok());
        auto other = f.service().check(support, 1003, f.codeOnDevice(0, 8));
        QVERIFY(other.ok());
        QCOMPARE(other->allowance.remaining, 9);
    }

    void allowanceBeforeAnyCheckIsFull()
    {
        Fixture f;
        auto allowance = f.service().allowance(1001);
        QVERIFY(allowance.ok());
        QCOMPARE(allowance->remaining, 10);
        QCOMPARE(allowance->used, 0);
        QVERIFY(!allowance->resetsAt.isValid());
    }

    void auditRecordsOutcomeAndOffsetButNeverTheCode()
    {
        Fixture f;
        const QString code = f.codeOnDevice(90);
        QVERIFY(f.service().check(support, 1001, code).ok());

        AuditFilter filter;
        filter.action = QString::fromLatin1(AuditAction::CodeChecked);
        auto events = f.audit.list(filter);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        const AuditEvent& event = events->first();
        QCOMPARE(event.operatorName, support.userName);
        QCOMPARE(event.clientId, std::optional<qint64>(1001));
        QCOMPARE(event.details.value(u"outcome"_s).toString(), u"drift"_s);
        QCOMPARE(event.details.value(u"offset_steps"_s).toInt(), 3);
        QCOMPARE(event.details.value(u"offset_seconds"_s).toInt(), 90);

        // Every stored column but the hex hashes: the code appears nowhere.
        QSqlQuery rows = f.database.db()
                             .exec(u"SELECT at, operator, action, target, before_state, after_state, reason, details "
                                   u"FROM audit_events"_s)
                             .value();
        int seen = 0;
        while (rows.next()) {
            ++seen;
            for (int column = 0; column < 8; ++column)
                QVERIFY2(!rows.value(column).toString().contains(code), "the code was stored in the audit log");
        }
        QCOMPARE(seen, 1);
        QVERIFY(f.audit.verify().value().firstBrokenEventId == std::nullopt);
    }

    void missingKeyMakesChecksUnavailable()
    {
        Fixture f;
        CodeCheckService service(f.database.db(), f.audit, Error {Error::Code::KeyMissing, {}, {}}, f.clock);
        QCOMPARE(service.available().error().code, Error::Code::KeyMissing);
        auto result = service.check(support, 1001, f.codeOnDevice(0));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::KeyMissing);
        QCOMPARE(f.checkEvents(1001), 0);
    }

    void secretSealedUnderAnotherKeyFailsToDecrypt()
    {
        Fixture f;
        const SecretCipher other = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        CodeCheckService service(f.database.db(), f.audit, other, f.clock);
        auto result = service.check(support, 1001, f.codeOnDevice(0));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::DecryptionFailed);
        QCOMPARE(f.checkEvents(1001), 0);
    }

    void tamperedSealedSecretFailsToDecrypt()
    {
        Fixture f;
        QByteArray sealed
            = f.database.db().scalar(u"SELECT totp_secret_sealed FROM clients WHERE id = 1001"_s).value().toByteArray();
        sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 0x01);
        QVERIFY(f.database.db().exec(u"UPDATE clients SET totp_secret_sealed = ? WHERE id = 1001"_s, {sealed}).ok());
        auto result = f.service().check(support, 1001, f.codeOnDevice(0));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::DecryptionFailed);
    }

    void secretCopiedToAnotherClientDoesNotOpen()
    {
        Fixture f;
        QVERIFY(f.database.db()
                    .exec(u"UPDATE clients SET totp_secret_sealed = (SELECT totp_secret_sealed FROM clients WHERE id = "
                          u"1001), totp_digits = 6 WHERE id = 1003"_s)
                    .ok());
        auto result = f.service().check(support, 1003, f.codeOnDevice(0));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::DecryptionFailed);
    }
};

QTEST_GUILESS_MAIN(TestCodeCheckService)
#include "tst_codecheckservice.moc"
