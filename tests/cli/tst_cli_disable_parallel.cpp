// SPDX-License-Identifier: GPL-3.0-or-later
// Several desks disabling 2FA at the same moment, as separate backoffice-cli processes on one database
// (a SQLite file, or the team's PostgreSQL server in the pg/ run), each with the identity code its
// client read back: different clients all succeed in one intact chain; the same client is disabled
// once, and a desk that comes too late is told by whom and when.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "tests/support/CliRunner.h"
#include "tests/support/IdentityCodes.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestTeam.h"

#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int desks = 10;

/// The operator at desk `n`, each desk its own (one operator's parallel sign-ins are limited).
QString operatorAt(int n)
{
    return u"op%1"_s.arg(n);
}

/// The administrator ada and a support operator per desk, all with the password the processes are given.
struct Team : test::TestTeam
{
    Team() : TestTeam(deskOperators()) { }
    static QStringList deskOperators()
    {
        QStringList names;
        for (int n = 1; n <= desks; ++n)
            names << operatorAt(n);
        return names;
    }
};

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Starts every process before waiting for any, so their writes overlap.
QList<Outcome> runAtOnce(const test::TestDatabase& database, const QList<std::pair<QString, QStringList>>& commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const auto& [operatorName, command] : commands) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.insert(u"TZ"_s, u"UTC"_s);
        environment.insert(u"BACKOFFICE_PASSWORD"_s, test::TestTeam::password());
        process->setProcessEnvironment(environment);
        process->start(test::cliPath(),
                       QStringList {u"--db"_s, database.path(), u"--operator"_s, operatorName} + command);
        processes.push_back(std::move(process));
    }
    QList<Outcome> outcomes;
    for (auto& process : processes) {
        if (!process->waitForFinished(120000))
            process->kill();
        outcomes << Outcome {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                             QString::fromUtf8(process->readAllStandardOutput()),
                             QString::fromUtf8(process->readAllStandardError())};
    }
    return outcomes;
}

QStringList disable(qint64 id, const QString& code)
{
    return {u"clients"_s,       u"disable-2fa"_s,        QString::number(id),      u"--reason"_s,
            u"ticket SUP-42"_s, u"--client-requested"_s, u"--verification-code"_s, code};
}

Client addClient(const test::TestDatabase& database, qint64 id, TwoFactorMethod method)
{
    Client client = test::makeClient(id, u"Client"_s, u"Number%1"_s.arg(id), method);
    client.email = u"client%1@example.com"_s.arg(id);
    return database.addClient(client);
}

QList<AuditEvent> disableEvents(const test::TestDatabase& database, std::optional<qint64> clientId = {})
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
    filter.clientId = clientId;
    return AuditLog(database.db()).list(filter, 0, 1000).value();
}
} // namespace

class TestCliDisableParallel : public QObject
{
    Q_OBJECT

private slots:
    void tenDesksDisablingTenClientsAllSucceedInOneIntactChain()
    {
        Team team;
        const test::TestDatabase& database = team.database;
        QList<std::pair<QString, QStringList>> commands;
        for (int id = 1; id <= desks; ++id) {
            const Client client = addClient(database, id, TwoFactorMethod::Sms);
            commands.append({operatorAt(id), disable(id, test::identityCodeFor(database.db(), client))});
        }
        const QList<Outcome> outcomes = runAtOnce(database, commands);
        for (const Outcome& outcome : outcomes)
            QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));

        const ClientRepository clients(database.db());
        for (int id = 1; id <= desks; ++id)
            QCOMPARE(clients.find(id).value().method, TwoFactorMethod::None);
        QCOMPARE(disableEvents(database).size(), desks);
        const AuditVerification verification = AuditLog(database.db()).verify().value();
        QVERIFY(verification.intact());

        const Outcome verify = runAtOnce(database, {{u"ada"_s, {u"audit"_s, u"verify"_s}}}).first();
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(u"intact"_s), qPrintable(verify.out));
    }

    void twoDesksDisablingOneClientOneSucceedsTheOtherIsToldByWhomAndWhen()
    {
        Team team;
        const test::TestDatabase& database = team.database;
        const Client client = addClient(database, 7, TwoFactorMethod::Authenticator);
        const QString code = test::identityCodeFor(database.db(), client);
        const QList<Outcome> outcomes
            = runAtOnce(database, {{operatorAt(1), disable(7, code)}, {operatorAt(2), disable(7, code)}});

        QList<int> exitCodes;
        for (const Outcome& outcome : outcomes)
            exitCodes << outcome.exitCode;
        QCOMPARE(exitCodes.count(0), 1);
        QCOMPARE(exitCodes.count(1), 1);
        const QList<AuditEvent> events = disableEvents(database, 7);
        QCOMPARE(events.size(), 1);
        const QString winner = operatorAt(exitCodes.indexOf(0) + 1);
        QCOMPARE(events.first().operatorName, winner);
        const QString when = events.first().at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
        const QString toldWhoAndWhen = u"2FA already disabled by %1 at %2"_s.arg(winner, when);
        // The desk that lost is refused: told who won when it got as far as the disable, else that
        // the one code was already taken (it was verified by the other desk a moment before).
        const Outcome& refused = outcomes.at(exitCodes.indexOf(1));
        QVERIFY2(refused.err.contains(toldWhoAndWhen) || refused.err.contains(u"no code is open"_s),
                 qPrintable(refused.err));
        // A desk that had the client open all along and tries now is told who and when.
        const Outcome late = runAtOnce(database, {{operatorAt(3), disable(7, code)}}).first();
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains(toldWhoAndWhen), qPrintable(late.err));
        QCOMPARE(disableEvents(database, 7).size(), 1);
        QVERIFY(AuditLog(database.db()).verify().value().intact());
    }
};

QTEST_GUILESS_MAIN(TestCliDisableParallel)
#include "tst_cli_disable_parallel.moc"
