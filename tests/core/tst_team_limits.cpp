// SPDX-License-Identifier: GPL-3.0-or-later
// What protects a team's accounts and clients holds across desks: two desks, each its own Workspace on
// its own connection to the one database (a SQLite file here, the PostgreSQL server in the pg/ run), as
// an attacker with two desktops would use them. Wrong passwords counted on either desk lock the
// account on both; the idle lock an administrator sets on one desk is the one every desk uses; the
// checks of a client's code allowed per ten minutes are shared, so a second desk cannot guess more.
#include "core/operators/OperatorRepository.h"
#include "core/secrets/SecretCipher.h"
#include "core/session/WorkspaceConnection.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/CodeCheckService.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;
const Actor ada {u"ada"_s, Role::Admin};
const Actor sam {u"sam"_s, Role::Support};
constexpr qint64 clientId = 1001;

/// One database, two desks on connections of their own, one manual clock for both.
struct Team
{
    test::TestDatabase database;
    test::ManualClock clock;
    std::unique_ptr<Workspace> deskA = openDesk();
    std::unique_ptr<Workspace> deskB = openDesk();
    SecretCipher cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();

    Team()
    {
        if (!deskA->operators().createFirstAdministrator({ada.userName, u"Ada"_s, Role::Admin, password}))
            qFatal("cannot create the administrator");
        if (!deskA->operators().add(ada, {sam.userName, u"Sam"_s, Role::Support, password}))
            qFatal("cannot add the support operator");
        Client client = test::makeClient(clientId, u"Alice"_s, u"Auth"_s, TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret
            = TotpSecretSealing::seal(cipher, clientId, Base32::encode("12345678901234567890")).value();
        database.addClient(client);
    }

    std::unique_ptr<Workspace> openDesk() const
    {
        // A connection of its own: Database::open, not the test database's connection.
        auto opened = Database::open(database.location());
        if (!opened)
            qFatal("cannot open a second connection: %s", qPrintable(opened.error().toString()));
        return std::make_unique<Workspace>(opened.value(), clock, ScryptParameters::forTests());
    }

    CodeCheckService codeCheck(const Workspace& desk) const { return desk.codeChecks(cipher, clock); }
};

bool isLockedOut(const Result<Actor>& attempt)
{
    return !attempt && attempt.error().code == Error::Code::Locked && attempt.error().field == u"locked-until";
}
} // namespace

class TestTeamLimits : public QObject
{
    Q_OBJECT

private slots:
    void theTwoDesksAreTwoConnections()
    {
        Team team;
        QVERIFY(&WorkspaceConnection::of(*team.deskA) != &WorkspaceConnection::of(*team.deskB));
        QVERIFY(WorkspaceConnection::of(*team.deskA).connection().connectionName()
                != WorkspaceConnection::of(*team.deskB).connection().connectionName());
        QCOMPARE(team.deskA->databaseId(), team.deskB->databaseId());
    }

    void wrongPasswordsOnEitherDeskLockTheAccountOnBoth()
    {
        Team team;
        // Three guesses on one desk, two on the other: five wrong passwords in all.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(team.deskA->signIn().signIn(sam.userName, u"guess %1"_s.arg(i)).error().code,
                     Error::Code::InvalidInput);
        QCOMPARE(team.deskB->signIn().signIn(sam.userName, u"guess 3"_s).error().code, Error::Code::InvalidInput);
        QVERIFY(isLockedOut(team.deskB->signIn().signIn(sam.userName, u"guess 4"_s)));

        // Locked on both desks, the right password included, until the lockout ends.
        QVERIFY(isLockedOut(team.deskA->signIn().signIn(sam.userName, password)));
        QVERIFY(isLockedOut(team.deskB->signIn().signIn(sam.userName, password)));
        team.clock.advanceSeconds(SignInService::lockoutMinutes * 60 - 1);
        QVERIFY(isLockedOut(team.deskA->signIn().signIn(sam.userName, password)));
        team.clock.advanceSeconds(2);
        QVERIFY(team.deskB->signIn().signIn(sam.userName, password).ok());
        // Another account is never affected.
        QVERIFY(team.deskA->signIn().signIn(ada.userName, password).ok());
    }

    void aSignInOnOneDeskResetsTheCountOnTheOther()
    {
        Team team;
        for (int i = 0; i < SignInService::maximumFailures - 1; ++i)
            QVERIFY(!team.deskA->signIn().signIn(sam.userName, u"guess %1"_s.arg(i)));
        QVERIFY(team.deskB->signIn().signIn(sam.userName, password).ok());
        // The count started again: four more wrong ones on desk A do not lock.
        for (int i = 0; i < SignInService::maximumFailures - 1; ++i)
            QCOMPARE(team.deskA->signIn().signIn(sam.userName, u"again %1"_s.arg(i)).error().code,
                     Error::Code::InvalidInput);
        const OperatorRepository onDeskB(WorkspaceConnection::of(*team.deskB));
        QVERIFY(!onDeskB.find(sam.userName).value().isLockedAt(team.clock.nowUtc()));
    }

    void theIdleLockSetOnOneDeskIsTheOneEveryDeskUses()
    {
        Team team;
        QCOMPARE(team.deskB->sessionSettings().idleLockMinutes(), SessionSettings::defaultIdleLockMinutes);
        QVERIFY(team.deskA->sessionSettings().setIdleLockMinutes(ada, 3).ok());
        QCOMPARE(team.deskB->sessionSettings().idleLockMinutes(), 3);
        // A support operator on the other desk cannot loosen it for the team.
        const Status loosened = team.deskB->sessionSettings().setIdleLockMinutes(sam, 480);
        QCOMPARE(loosened.error().code, Error::Code::PermissionDenied);
        QCOMPARE(team.deskA->sessionSettings().idleLockMinutes(), 3);
        QCOMPARE(team.deskB->sessionSettings().idleLockMinutes(), 3);
    }

    void theChecksOfAClientsCodeAreCountedForTheWholeTeam()
    {
        Team team;
        const CodeCheckService checkOnA = team.codeCheck(*team.deskA);
        const CodeCheckService checkOnB = team.codeCheck(*team.deskB);
        // Half the allowance guessed on each desk, one guess after the other.
        for (int i = 0; i < CodeCheckService::MaxChecks; ++i) {
            const CodeCheckService& desk = i % 2 == 0 ? checkOnA : checkOnB;
            auto checked = desk.check(sam, clientId, u"%1"_s.arg(100000 + i));
            QVERIFY2(checked.ok(), qPrintable(checked ? QString() : checked.error().toString()));
            QCOMPARE(checked->allowance.used, i + 1);
        }
        // Both desks see the allowance used up; neither may check another code.
        QVERIFY(checkOnA.allowance(clientId).value().exhausted());
        QVERIFY(checkOnB.allowance(clientId).value().exhausted());
        QCOMPARE(checkOnA.check(sam, clientId, u"200000"_s).error().code, Error::Code::RateLimited);
        QCOMPARE(checkOnB.check(ada, clientId, u"200001"_s).error().code, Error::Code::RateLimited);
        // Once the window has passed, either desk may check again.
        team.clock.advanceSeconds(CodeCheckService::WindowSeconds + 1);
        QVERIFY(checkOnB.check(sam, clientId, u"200002"_s).ok());
        QCOMPARE(checkOnA.allowance(clientId).value().used, 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamLimits)
#include "tst_team_limits.moc"
