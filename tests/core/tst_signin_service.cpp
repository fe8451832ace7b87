// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in: success, failure, lockout after five failures and its expiry, disabled accounts,
// every attempt audited and never the password.
#include "core/audit/AuditLog.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"
#include "tests/support/OperatorRig.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

struct Fixture : test::OperatorRig
{
    SignInService signIn {database.db(), audit, hasher, clock};
    Actor admin;

    Fixture()
    {
        admin = {u"root"_s, Role::Admin};
        const auto first = operators.createFirstAdministrator({u"root"_s, u"Root"_s, Role::Admin, password});
        if (!first)
            qFatal("cannot create the first administrator");
        const auto added = operators.add(admin, {u"alice"_s, u"Alice Smith"_s, Role::Support, password});
        if (!added)
            qFatal("cannot add alice");
    }

    QList<AuditEvent> events(const QString& action) const
    {
        AuditFilter filter;
        filter.action = action;
        return audit.list(filter).value();
    }

    QString allAuditText() const
    {
        QString text;
        const QList<AuditEvent> events = audit.list({}, 0, 1000).value();
        for (const AuditEvent& event : events)
            text += QString::fromUtf8(event.canonicalContent());
        return text;
    }
};
} // namespace

class TestSignInService : public QObject
{
    Q_OBJECT

private slots:
    void rightPasswordReturnsActorWithRoleAndIsAudited()
    {
        Fixture f;
        const auto actor = f.signIn.signIn(u"alice"_s, password);
        QVERIFY2(actor.ok(), qPrintable(actor ? QString() : actor.error().toString()));
        QCOMPARE(actor.value().userName, u"alice"_s);
        QCOMPARE(actor.value().role, Role::Support);
        const auto signedIn = f.events(QString::fromLatin1(AuditAction::SignedIn));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().operatorName, u"alice"_s);
    }

    void userNameIsCaseInsensitiveAndActorCarriesStoredName()
    {
        Fixture f;
        const auto actor = f.signIn.signIn(u"  ALICE "_s, password);
        QVERIFY(actor.ok());
        QCOMPARE(actor.value().userName, u"alice"_s);
    }

    void wrongPasswordAndUnknownUserGiveTheSameErrorAndAreAudited()
    {
        Fixture f;
        const auto wrong = f.signIn.signIn(u"alice"_s, u"not the password"_s);
        const auto unknown = f.signIn.signIn(u"mallory"_s, password);
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error().code, Error::Code::InvalidInput);
        QCOMPARE(wrong.error().field, u"credentials"_s);
        QCOMPARE(unknown.error().code, wrong.error().code);
        QCOMPARE(unknown.error().field, wrong.error().field);
        QCOMPARE(unknown.error().detail, wrong.error().detail);

        const auto failures = f.events(QString::fromLatin1(AuditAction::SignInFailed));
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.at(0).target, u"mallory"_s);
        QCOMPARE(failures.at(0).details.value(u"reason"_s).toString(), u"unknown-user"_s);
        QCOMPARE(failures.at(1).target, u"alice"_s);
        QCOMPARE(failures.at(1).details.value(u"reason"_s).toString(), u"wrong-password"_s);
    }

    void passwordsNeverReachTheAuditLog()
    {
        Fixture f;
        (void)f.signIn.signIn(u"alice"_s, u"a wrong secret password"_s);
        (void)f.signIn.signIn(u"alice"_s, password);
        (void)f.operators.resetPassword(f.admin, u"alice"_s, u"another new password"_s);
        const QString text = f.allAuditText();
        QVERIFY(!text.contains(u"a wrong secret password"_s));
        QVERIFY(!text.contains(password));
        QVERIFY(!text.contains(u"another new password"_s));
        QVERIFY(!text.contains(u"scrypt$"_s));
    }

    void fiveConsecutiveFailuresLockForFifteenMinutes()
    {
        Fixture f;
        for (int attempt = 1; attempt < SignInService::maximumFailures; ++attempt) {
            const auto refused = f.signIn.signIn(u"alice"_s, u"not the password"_s);
            QCOMPARE(refused.error().code, Error::Code::InvalidInput);
            f.clock.advanceSeconds(10);
        }
        const auto fifth = f.signIn.signIn(u"alice"_s, u"not the password"_s);
        QCOMPARE(fifth.error().code, Error::Code::Locked);
        QCOMPARE(fifth.error().field, u"locked-until"_s);
        const QDateTime expectedUntil = f.clock.nowUtc().addSecs(15 * 60);
        QCOMPARE(SignInService::lockedUntil(fifth.error()), expectedUntil);

        const auto lockouts = f.events(QString::fromLatin1(AuditAction::LockedOut));
        QCOMPARE(lockouts.size(), 1);
        QCOMPARE(lockouts.first().target, u"alice"_s);
        QCOMPARE(lockouts.first().details.value(u"failed_attempts"_s).toInt(), 5);

        // While locked, even the right password is refused, and the lock is not extended.
        f.clock.advanceSeconds(14 * 60);
        const auto stillLocked = f.signIn.signIn(u"alice"_s, password);
        QCOMPARE(stillLocked.error().code, Error::Code::Locked);
        QCOMPARE(SignInService::lockedUntil(stillLocked.error()), expectedUntil);
        QCOMPARE(f.events(QString::fromLatin1(AuditAction::SignInFailed)).first().details.value(u"reason"_s).toString(),
                 u"locked"_s);
    }

    void attemptsInProgressCountAgainstTheLimitBeforeTheirPasswordIsChecked()
    {
        Fixture f;
        const qint64 alice = OperatorRepository(f.database.db()).find(u"alice"_s).value().id;
        // Three failures so far, two attempts being checked elsewhere (another process or desktop).
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!f.signIn.signIn(u"alice"_s, u"not the password"_s));
        const OperatorRepository operators(f.database.db());
        QVERIFY(f.database.db()
                    .writeTransaction([&]() -> Status {
                        for (int i = 0; i < 2; ++i)
                            if (auto reserved = operators.reserveSignInAttempt(alice, f.clock.nowUtc()); !reserved)
                                return reserved.error();
                        return Ok {};
                    })
                    .ok());
        const int failedBefore = f.events(QString::fromLatin1(AuditAction::SignInFailed)).size();
        const auto refused = f.signIn.signIn(u"alice"_s, password);
        QCOMPARE(refused.error().code, Error::Code::Locked);
        QCOMPARE(refused.error().field, u"attempts-in-progress"_s);
        const auto failed = f.events(QString::fromLatin1(AuditAction::SignInFailed));
        QCOMPARE(failed.size(), failedBefore + 1);
        QCOMPARE(failed.first().details.value(u"reason"_s).toString(), u"attempts-in-progress"_s);

        // A reservation left by a process that died stops counting after a minute.
        f.clock.advanceSeconds(SignInService::reservationLifetimeSeconds + 1);
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
        QCOMPARE(f.database.db().scalar(u"SELECT count(*) FROM operator_signin_attempts"_s).value().toInt(), 0);
    }

    void everyAttemptReleasesItsReservation()
    {
        Fixture f;
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
        QVERIFY(!f.signIn.signIn(u"alice"_s, u"wrong"_s).ok());
        QCOMPARE(f.database.db().scalar(u"SELECT count(*) FROM operator_signin_attempts"_s).value().toInt(), 0);
    }

    void lockoutExpiresAfterFifteenMinutes()
    {
        Fixture f;
        for (int attempt = 0; attempt < SignInService::maximumFailures; ++attempt)
            (void)f.signIn.signIn(u"alice"_s, u"not the password"_s);
        f.clock.advanceSeconds(15 * 60 - 1);
        QCOMPARE(f.signIn.signIn(u"alice"_s, password).error().code, Error::Code::Locked);
        f.clock.advanceSeconds(1);
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
    }

    void afterAnExpiredLockoutOneFailureDoesNotLockAgain()
    {
        Fixture f;
        for (int attempt = 0; attempt < SignInService::maximumFailures; ++attempt)
            (void)f.signIn.signIn(u"alice"_s, u"not the password"_s);
        f.clock.advanceSeconds(16 * 60);
        QCOMPARE(f.signIn.signIn(u"alice"_s, u"not the password"_s).error().code, Error::Code::InvalidInput);
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
    }

    void successResetsTheFailureCount()
    {
        Fixture f;
        for (int attempt = 0; attempt < SignInService::maximumFailures - 1; ++attempt)
            (void)f.signIn.signIn(u"alice"_s, u"not the password"_s);
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
        for (int attempt = 0; attempt < SignInService::maximumFailures - 1; ++attempt)
            QCOMPARE(f.signIn.signIn(u"alice"_s, u"not the password"_s).error().code, Error::Code::InvalidInput);
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
    }

    void lockoutOfOneAccountLeavesOthersAlone()
    {
        Fixture f;
        for (int attempt = 0; attempt < SignInService::maximumFailures; ++attempt)
            (void)f.signIn.signIn(u"alice"_s, u"not the password"_s);
        QVERIFY(f.signIn.signIn(u"root"_s, password).ok());
    }

    void passwordResetByAdministratorClearsTheLockout()
    {
        Fixture f;
        for (int attempt = 0; attempt < SignInService::maximumFailures; ++attempt)
            (void)f.signIn.signIn(u"alice"_s, u"not the password"_s);
        QVERIFY(f.operators.resetPassword(f.admin, u"alice"_s, u"a brand new password"_s).ok());
        QVERIFY(f.signIn.signIn(u"alice"_s, u"a brand new password"_s).ok());
    }

    void disabledAccountIsRefusedEvenWithTheRightPassword()
    {
        Fixture f;
        QVERIFY(f.operators.setDisabled(f.admin, u"alice"_s, true).ok());
        const auto refused = f.signIn.signIn(u"alice"_s, password);
        QCOMPARE(refused.error().code, Error::Code::Locked);
        QCOMPARE(refused.error().field, u"disabled"_s);
        QCOMPARE(f.events(QString::fromLatin1(AuditAction::SignInFailed)).first().details.value(u"reason"_s).toString(),
                 u"disabled"_s);
        QVERIFY(f.operators.setDisabled(f.admin, u"alice"_s, false).ok());
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
    }

    void weakerStoredParametersAreUpgradedAtSignIn()
    {
        Fixture f;
        const PasswordHasher stronger({quint64(1) << 11, 8, 1});
        const SignInService upgrading(f.database.db(), f.audit, stronger, f.clock);
        QVERIFY(upgrading.signIn(u"alice"_s, password).ok());
        const QString stored = f.database.db()
                                   .scalar(u"SELECT password_hash FROM operators WHERE user_name = 'alice'"_s)
                                   .value()
                                   .toString();
        QCOMPARE(PasswordHasher::parametersOf(stored).value().n, quint64(1) << 11);
        QVERIFY(upgrading.signIn(u"alice"_s, password).ok());
    }

    void emptyUserNameIsRefusedWithoutAudit()
    {
        Fixture f;
        const qint64 before = f.audit.count({}).value();
        QCOMPARE(f.signIn.signIn(u"  "_s, password).error().field, u"user-name"_s);
        QCOMPARE(f.audit.count({}).value(), before);
    }
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signin_service.moc"
