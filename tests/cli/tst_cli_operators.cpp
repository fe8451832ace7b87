// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli as an operator, run in process on a real database: the first administrator, --operator
// with the password on standard input or in BACKOFFICE_PASSWORD, operators add|list|disable|
// set-role|reset-password, wrong passwords and lockout.
#include "core/audit/AuditLog.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString rootPassword = u"correct horse battery"_s;
const QString alicePassword = u"alice's long password"_s;

using Run = test::CliRun;

class Cli
{
public:
    Run run(const QStringList& arguments, const QString& input = {}, const QString& environmentPassword = {}) const
    {
        return test::runCli(QStringList {u"--db"_s, m_path} + arguments, input.toUtf8(), environmentPassword);
    }

    /// The first administrator "root" and a viewer "alice".
    void setUpOperators() const
    {
        const Run root
            = run({u"operators"_s, u"add"_s, u"root"_s, u"--role"_s, u"admin"_s, u"--display-name"_s, u"Root User"_s},
                  rootPassword + u"\n"_s);
        QCOMPARE(root.exitCode, 0);
        const Run alice
            = run({u"--operator"_s, u"root"_s, u"operators"_s, u"add"_s, u"alice"_s, u"--role"_s, u"viewer"_s},
                  rootPassword + u"\n"_s + alicePassword + u"\n"_s);
        QCOMPARE(alice.exitCode, 0);
    }

    QString path() const { return m_path; }

private:
    test::TestDatabase m_database {
        test::TestDatabase::Use::WithCli}; // creates and migrates the file; the CLI opens it too
    QString m_path = m_database.path();
};

QList<AuditEvent> eventsOf(const QString& path, const char* action)
{
    auto database = Database::open(DatabaseLocation::parse(path).value()).value();
    AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    return AuditLog(*database).list(filter).value();
}
} // namespace

class TestCliOperators : public QObject
{
    Q_OBJECT

private slots:
    void firstOperatorAddedOnAnEmptyDatabaseIsTheFirstAdministrator()
    {
        Cli cli;
        const Run created = cli.run(
            {u"operators"_s, u"add"_s, u"root"_s, u"--role"_s, u"admin"_s, u"--display-name"_s, u"Root User"_s},
            rootPassword + u"\n"_s);
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(u"first administrator"_s), qPrintable(created.out));
        const Run listed
            = cli.run({u"--operator"_s, u"root"_s, u"--json"_s, u"operators"_s, u"list"_s}, {}, rootPassword);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray operators = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(operators.size(), 1);
        QCOMPARE(operators.at(0)[u"user_name"_s].toString(), u"root"_s);
        QCOMPARE(operators.at(0)[u"role"_s].toString(), u"admin"_s);
        QCOMPARE(operators.at(0)[u"display_name"_s].toString(), u"Root User"_s);
    }

    void firstOperatorMustBeAnAdministrator()
    {
        Cli cli;
        const Run refused
            = cli.run({u"operators"_s, u"add"_s, u"bob"_s, u"--role"_s, u"viewer"_s}, rootPassword + u"\n"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"--role"_s));
    }

    void shortPasswordIsRefusedNamingTheRule()
    {
        Cli cli;
        const Run refused = cli.run({u"operators"_s, u"add"_s, u"root"_s, u"--role"_s, u"admin"_s}, u"too short\n"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"12 characters"_s), qPrintable(refused.err));
    }

    void onceOperatorsExistCommandsNeedOperator()
    {
        Cli cli;
        cli.setUpOperators();
        const Run refused = cli.run({u"audit"_s, u"list"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"--operator"_s));
        // --help still works without signing in.
        QCOMPARE(cli.run({u"audit"_s, u"--help"_s}).exitCode, 0);
    }

    void passwordFromEnvironmentOrStandardInputSignsIn()
    {
        Cli cli;
        cli.setUpOperators();
        const qint64 signInsBefore = eventsOf(cli.path(), AuditAction::SignedIn).size();
        QCOMPARE(cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, alicePassword + u"\n"_s).exitCode, 0);
        QCOMPARE(cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, alicePassword).exitCode, 0);
        // A command that only reads leaves no record of its sign-in; one that changes something does.
        QCOMPARE(eventsOf(cli.path(), AuditAction::SignedIn).size(), signInsBefore);
        const QStringList setRole {u"--operator"_s, u"root"_s, u"operators"_s, u"set-role"_s, u"alice"_s, u"viewer"_s};
        QCOMPARE(cli.run(setRole, rootPassword + u"\n"_s).exitCode, 0);
        QCOMPARE(cli.run(setRole, {}, rootPassword).exitCode, 0);
        const QList<AuditEvent> signIns = eventsOf(cli.path(), AuditAction::SignedIn);
        QCOMPARE(signIns.size(), signInsBefore + 2);
        QCOMPARE(signIns.first().operatorName, u"root"_s);
    }

    void wrongPasswordExitsTwoAndIsAuditedWithoutThePassword()
    {
        Cli cli;
        cli.setUpOperators();
        const Run refused = cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, u"guessed password 1\n"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"wrong user name or password"_s));
        QVERIFY(refused.out.isEmpty());
        const QList<AuditEvent> failures = eventsOf(cli.path(), AuditAction::SignInFailed);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().target, u"alice"_s);
        QVERIFY(!QString::fromUtf8(failures.first().canonicalContent()).contains(u"guessed"_s));
    }

    void fiveWrongPasswordsLockTheAccount()
    {
        Cli cli;
        cli.setUpOperators();
        for (int attempt = 0; attempt < 4; ++attempt)
            QCOMPARE(
                cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, u"guessed password 1"_s).exitCode, 2);
        const Run fifth = cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, u"guessed password 1"_s);
        QCOMPARE(fifth.exitCode, 2);
        QVERIFY2(fifth.err.contains(u"locked"_s), qPrintable(fifth.err));
        const Run right = cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, alicePassword);
        QCOMPARE(right.exitCode, 2);
        QVERIFY(right.err.contains(u"locked"_s));
        QCOMPARE(eventsOf(cli.path(), AuditAction::LockedOut).size(), 1);
        // An administrator's password reset clears it.
        QCOMPARE(cli.run({u"--operator"_s, u"root"_s, u"operators"_s, u"reset-password"_s, u"alice"_s},
                         alicePassword + u"\n"_s, rootPassword)
                     .exitCode,
                 0);
        QCOMPARE(cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, alicePassword).exitCode, 0);
    }

    void viewerCannotManageOperators()
    {
        Cli cli;
        cli.setUpOperators();
        const Run refused = cli.run({u"--operator"_s, u"alice"_s, u"operators"_s, u"add"_s, u"eve"_s},
                                    alicePassword + u"\n"_s + u"eve's long password\n"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"may not manage operators"_s));
        QCOMPARE(eventsOf(cli.path(), AuditAction::PermissionRefused).size(), 1);
        QCOMPARE(cli.run({u"--operator"_s, u"alice"_s, u"operators"_s, u"list"_s}, {}, alicePassword).exitCode, 2);
    }

    void adminSetsRoleDisablesAndEnables()
    {
        Cli cli;
        cli.setUpOperators();
        const Run promoted = cli.run(
            {u"--operator"_s, u"root"_s, u"operators"_s, u"set-role"_s, u"alice"_s, u"support"_s}, {}, rootPassword);
        QCOMPARE(promoted.exitCode, 0);
        QVERIFY(promoted.out.contains(u"support"_s));
        QCOMPARE(
            cli.run({u"--operator"_s, u"root"_s, u"operators"_s, u"disable"_s, u"alice"_s}, {}, rootPassword).exitCode,
            0);
        const Run disabled = cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, alicePassword);
        QCOMPARE(disabled.exitCode, 2);
        QVERIFY(disabled.err.contains(u"disabled"_s));
        QCOMPARE(
            cli.run({u"--operator"_s, u"root"_s, u"operators"_s, u"enable"_s, u"alice"_s}, {}, rootPassword).exitCode,
            0);
        QCOMPARE(cli.run({u"--operator"_s, u"alice"_s, u"audit"_s, u"list"_s}, {}, alicePassword).exitCode, 0);

        const Run badRole = cli.run({u"--operator"_s, u"root"_s, u"operators"_s, u"set-role"_s, u"alice"_s, u"root"_s},
                                    {}, rootPassword);
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains(u"invalid role root"_s));
        const Run lastAdmin
            = cli.run({u"--operator"_s, u"root"_s, u"operators"_s, u"disable"_s, u"root"_s}, {}, rootPassword);
        QCOMPARE(lastAdmin.exitCode, 2);
        QVERIFY(lastAdmin.err.contains(u"last enabled administrator"_s));
        const Run unknown
            = cli.run({u"--operator"_s, u"root"_s, u"operators"_s, u"disable"_s, u"nobody"_s}, {}, rootPassword);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"nobody"_s));
    }

    void passwordsNeverAppearInOutput()
    {
        Cli cli;
        cli.setUpOperators();
        const Run listed = cli.run({u"--operator"_s, u"root"_s, u"--json"_s, u"audit"_s, u"list"_s}, {}, rootPassword);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(rootPassword));
        QVERIFY(!listed.out.contains(alicePassword));
        QVERIFY(!listed.out.contains(u"scrypt"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliOperators)
#include "tst_cli_operators.moc"
