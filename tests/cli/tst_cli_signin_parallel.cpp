// SPDX-License-Identifier: GPL-3.0-or-later
// Guessing an operator's password with many processes at once against one database file, as an
// attacker with several desktops would: at most five wrong passwords are ever checked before the
// account locks, and a right password among the guesses gets through only while fewer than five
// wrong ones were counted.
#include "core/audit/AuditLog.h"
#include "core/operators/OperatorRepository.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;
constexpr int guesses = 12;

struct Fixture
{
    test::TestDatabase database {test::TestDatabase::Use::WithCli};
    AuditLog audit {database.db()};

    Fixture()
    {
        const PasswordHasher hasher;
        const OperatorService operators(database.db(), audit, hasher);
        if (!operators.createFirstAdministrator({u"ada"_s, u"Ada"_s, Role::Admin, password}))
            qFatal("cannot create the administrator");
    }

    /// Starts every guess before waiting for any, so their sign-ins overlap. By default each runs a
    /// search: a command that only reads, whose failed sign-ins are recorded all the same.
    QList<int> guessAtOnce(const QStringList& passwords,
                           const QStringList& command = {u"clients"_s, u"search"_s, u"x"_s}) const
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QString& guess : passwords) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"BACKOFFICE_PASSWORD"_s, guess);
            process->setProcessEnvironment(environment);
            process->start(backoffice::test::cliPath(),
                           QStringList {u"--db"_s, database.path(), u"--operator"_s, u"ada"_s} + command);
            processes.push_back(std::move(process));
        }
        QList<int> exitCodes;
        for (auto& process : processes) {
            if (!process->waitForFinished(120000))
                process->kill();
            exitCodes << (process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1);
        }
        return exitCodes;
    }

    QList<AuditEvent> events(const char* action) const
    {
        AuditFilter filter;
        filter.action = QString::fromLatin1(action);
        return audit.list(filter, 0, 1000).value();
    }

    int wrongPasswordsChecked() const
    {
        int checked = 0;
        for (const AuditEvent& event : events(AuditAction::SignInFailed))
            checked += event.details.value(u"reason"_s).toString() == u"wrong-password"_s ? 1 : 0;
        return checked;
    }

    bool locked() const
    {
        return OperatorRepository(database.db()).find(u"ada"_s).value().isLockedAt(QDateTime::currentDateTimeUtc());
    }
};
} // namespace

class TestCliSignInParallel : public QObject
{
    Q_OBJECT

private slots:
    void twelveWrongGuessesAtOnceCheckAtMostFiveAndLock()
    {
        Fixture f;
        QStringList passwords;
        for (int i = 0; i < guesses; ++i)
            passwords << u"guess number %1"_s.arg(i);
        const QList<int> exitCodes = f.guessAtOnce(passwords);
        QCOMPARE(exitCodes.count(2), guesses); // every one refused
        QCOMPARE(f.wrongPasswordsChecked(), SignInService::maximumFailures);
        QVERIFY(f.locked());
        QCOMPARE(f.events(AuditAction::LockedOut).size(), 1);
        // Every guess is on the record, the refused ones too.
        QCOMPARE(f.events(AuditAction::SignInFailed).size(), guesses);
        QVERIFY(AuditLog(f.database.db()).verify().value().intact());
    }

    void aRightPasswordAmongParallelGuessesNeverFollowsFiveWrongOnes()
    {
        Fixture f;
        QStringList passwords;
        for (int i = 0; i < guesses - 1; ++i)
            passwords << u"guess number %1"_s.arg(i);
        passwords.insert(guesses / 2, password);
        // A command that changes something, so a successful sign-in is on the record too (client 999
        // does not exist: signed in, it exits 1).
        const QList<int> exitCodes = f.guessAtOnce(
            passwords, {u"clients"_s, u"disable-2fa"_s, u"999"_s, u"--reason"_s, u"x"_s, u"--client-requested"_s});
        QVERIFY(f.wrongPasswordsChecked() <= SignInService::maximumFailures);
        const QList<AuditEvent> signedIn = f.events(AuditAction::SignedIn);
        QVERIFY(signedIn.size() <= 1);
        if (signedIn.isEmpty()) {
            QVERIFY(f.locked()); // the right password came too late: refused, and the account is locked
            QCOMPARE(exitCodes.count(2), guesses);
            return;
        }
        QCOMPARE(exitCodes.count(2), guesses - 1); // the signed-in command exits 1 (no such client)
        // Counted before the right password settled: fewer than five wrong ones.
        int wrongBefore = 0;
        for (const AuditEvent& event : f.events(AuditAction::SignInFailed))
            if (event.id < signedIn.first().id && event.details.value(u"reason"_s).toString() == u"wrong-password"_s)
                ++wrongBefore;
        QVERIFY(wrongBefore < SignInService::maximumFailures);
    }
};

QTEST_GUILESS_MAIN(TestCliSignInParallel)
#include "tst_cli_signin_parallel.moc"
