// SPDX-License-Identifier: GPL-3.0-or-later
// A support team's desks at work: 10 backoffice-cli processes at a time, one per desk, each desk
// disabling 2FA for 100 clients of its own (1,000 disables), with what a disable needs: the desk sends
// the client an identity code (`clients verify-identity ID --via email`, the code arriving at a real
// SMTP server on 127.0.0.1, tests/support/TestSmtpServer), then disables with the code the client read
// back (`clients disable-2fa ID --verification-code CODE`, which also e-mails the client a notice).
// Every desk has its own operator and signs in as the CLI does (scrypt, from BACKOFFICE_PASSWORD).
// On SQLite and on PostgreSQL, side by side in one run. Printed per backend and phase: throughput,
// wall time, CPU of the CLI processes (and of the PostgreSQL server), errors; afterwards `audit verify`
// must say intact and the log must hold one disable event per client.
//
// Usage: bench_disable_parallel [--desks N] [--clients-per-desk N] [--backend sqlite|postgresql|both]
// PostgreSQL is $BACKOFFICE_PG_URL (scripts/bench.sh starts a throw-away server); without it only SQLite
// runs. The CLI finds the audit key in the keychain: run it where a Secret Service is unlocked.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "tests/bench/BenchSupport.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSmtpServer.h"
#include "tests/support/TestTeam.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace backoffice;
using namespace backoffice::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

QString operatorAt(int desk)
{
    return u"desk%1"_s.arg(desk);
}

QString emailOf(qint64 id)
{
    return u"client%1@example.com"_s.arg(id);
}

struct Outcome
{
    int commands = 0;
    int errors = 0;
    QString firstError;
};

/// Runs every desk's commands, one after the other at each desk and all desks at once; returns when
/// all have ended. `commandFor(desk, i)` is the i-th command of that desk (without --db and --operator).
Outcome runDesks(const QString& db, int desks, int perDesk,
                 const std::function<QStringList(int desk, int i)>& commandFor)
{
    Outcome outcome;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"TZ"_s, u"UTC"_s);
    environment.insert(u"BACKOFFICE_PASSWORD"_s, test::TestTeam::password());
    QEventLoop loop;
    int running = 0;
    std::function<void(int, int)> start = [&](int desk, int i) {
        if (i == perDesk) {
            if (--running == 0)
                loop.quit();
            return;
        }
        auto* process = new QProcess(&loop);
        process->setProcessEnvironment(environment);
        QObject::connect(
            process, &QProcess::finished, &loop, [&, process, desk, i](int exitCode, QProcess::ExitStatus status) {
                ++outcome.commands;
                if (status != QProcess::NormalExit || exitCode != 0) {
                    if (++outcome.errors == 1)
                        outcome.firstError = u"%1 (exit %2): %3"_s.arg(commandFor(desk, i).join(u' '))
                                                 .arg(exitCode)
                                                 .arg(QString::fromUtf8(process->readAllStandardError()).trimmed());
                }
                process->deleteLater();
                start(desk, i + 1);
            });
        process->start(QStringLiteral(BACKOFFICE_CLI_PATH),
                       QStringList {u"--db"_s, db, u"--operator"_s, operatorAt(desk)} + commandFor(desk, i));
    };
    running = desks;
    for (int desk = 1; desk <= desks; ++desk)
        start(desk, 0);
    loop.exec();
    return outcome;
}

struct Phase
{
    double wallSeconds = 0;
    double cliCpuSeconds = 0;
    double serverCpuSeconds = -1;
    Outcome outcome;
};

Phase timed(bool postgres, const std::function<Outcome()>& work)
{
    Phase phase;
    const double cpuBefore = cpuSecondsChildren();
    const double serverBefore = postgres ? postgresServerCpuSeconds() : -1;
    QElapsedTimer timer;
    timer.start();
    phase.outcome = work();
    phase.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    phase.cliCpuSeconds = cpuSecondsChildren() - cpuBefore;
    if (serverBefore >= 0)
        phase.serverCpuSeconds = postgresServerCpuSeconds() - serverBefore;
    return phase;
}

void print(const char* backend, const char* phase, const Phase& measured, int perSecondOf)
{
    std::printf("disable_parallel.%s.%s commands=%d errors=%d wall_s=%.2f per_s=%.1f cli_cpu_s=%.2f "
                "server_cpu_s=%.2f\n",
                backend, phase, measured.outcome.commands, measured.outcome.errors, measured.wallSeconds,
                measured.wallSeconds > 0 ? perSecondOf / measured.wallSeconds : 0, measured.cliCpuSeconds,
                measured.serverCpuSeconds);
    if (measured.outcome.errors > 0)
        std::printf("disable_parallel.%s.%s first_error: %s\n", backend, phase,
                    qPrintable(measured.outcome.firstError));
    std::fflush(stdout);
}

/// One backend's run; true when every command succeeded and the chain is intact with every event.
bool runOn(test::TestDatabase::Backend backend, int desks, int perDesk)
{
    const bool postgres = backend == test::TestDatabase::Backend::PostgreSql;
    const char* name = postgres ? "postgresql" : "sqlite";
    const int total = desks * perDesk;
    QStringList desksOperators;
    for (int desk = 1; desk <= desks; ++desk)
        desksOperators << operatorAt(desk);
    const test::TestTeam team(desksOperators, backend);
    const test::TestDatabase& database = team.database;
    for (qint64 id = 1; id <= total; ++id) {
        Client client = test::makeClient(id, u"Client"_s, u"Number%1"_s.arg(id),
                                         id % 2 ? TwoFactorMethod::Sms : TwoFactorMethod::Authenticator);
        client.email = emailOf(id);
        database.addClient(client);
    }
    test::TestSmtpServer smtp(test::TestSmtpServer::Security::None);
    if (!smtp.isValid()) {
        std::fprintf(stderr, "bench_disable_parallel: no SMTP server: %s\n", qPrintable(smtp.problem()));
        return false;
    }
    const test::CliRun set
        = team.atDesk(u"ada"_s,
                      {u"email"_s, u"set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(smtp.port()),
                       u"--security"_s, u"none"_s, u"--from"_s, u"support@broker.example"_s});
    if (set.exitCode != 0) {
        std::fprintf(stderr, "bench_disable_parallel: email set failed: %s\n", qPrintable(set.err));
        return false;
    }
    const auto idAt = [perDesk](int desk, int i) {
        return qint64(desk - 1) * perDesk + i + 1;
    };

    // Phase 1: every desk sends its clients a code; the client's inbox is the SMTP server.
    const qsizetype mailsBefore = smtp.received().size();
    const Phase verify = timed(postgres, [&] {
        Outcome outcome = runDesks(database.path(), desks, perDesk, [&](int desk, int i) {
            return QStringList {u"clients"_s, u"verify-identity"_s, QString::number(idAt(desk, i)), u"--via"_s,
                                u"email"_s};
        });
        // The CLI has handed the mail over before it exits; the server reports each to this process.
        QElapsedTimer wait;
        wait.start();
        while (smtp.received().size() - mailsBefore < outcome.commands - outcome.errors && wait.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        return outcome;
    });
    print(name, "verify_identity", verify, total);
    QHash<QString, QString> codes;
    static const QRegularExpression sixDigits(u"\\b(\\d{6})\\b"_s);
    for (qsizetype m = mailsBefore; m < smtp.received().size(); ++m)
        codes.insert(smtp.received().at(m).to, sixDigits.match(smtp.received().at(m).body).captured(1));

    // Phase 2: every desk disables with the codes its clients read back.
    const Phase disable = timed(postgres, [&] {
        return runDesks(database.path(), desks, perDesk, [&](int desk, int i) {
            const qint64 id = idAt(desk, i);
            return QStringList {
                u"clients"_s,       u"disable-2fa"_s,        QString::number(id),      u"--reason"_s,
                u"ticket SUP-42"_s, u"--client-requested"_s, u"--verification-code"_s, codes.value(emailOf(id))};
        });
    });
    print(name, "disable_2fa", disable, total);

    // The outcome: every client without 2FA, one event each, the chain intact (in process and as the CLI says).
    const ClientRepository clients(database.db());
    int stillOn = 0;
    for (qint64 id = 1; id <= total; ++id)
        stillOn += clients.find(id).value().method != TwoFactorMethod::None ? 1 : 0;
    AuditFilter filter;
    filter.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
    const qint64 events = AuditLog(database.db()).count(filter).value();
    const test::CliRun audited = team.atDesk(u"ada"_s, {u"audit"_s, u"verify"_s});
    const bool verified = audited.exitCode == 0 && audited.out.contains(u"intact"_s);
    const bool ok
        = verify.outcome.errors == 0 && disable.outcome.errors == 0 && stillOn == 0 && events == total && verified;
    std::printf("disable_parallel.%s.result desks=%d clients_per_desk=%d disables_per_s=%.1f errors=%d "
                "clients_still_with_2fa=%d disable_events=%lld audit_verify=%s %s\n",
                name, desks, perDesk, disable.wallSeconds > 0 ? total / disable.wallSeconds : 0,
                verify.outcome.errors + disable.outcome.errors, stillOn, static_cast<long long>(events),
                verified ? "intact" : "NOT-INTACT", ok ? "ok" : "FAILED");
    std::fflush(stdout);
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int desks = option(u"--desks"_s, u"10"_s).toInt();
    const int perDesk = option(u"--clients-per-desk"_s, u"100"_s).toInt();
    const QString backend = option(u"--backend"_s, u"both"_s);
    if (desks < 1 || perDesk < 1) {
        std::fprintf(stderr,
                     "usage: bench_disable_parallel [--desks N] [--clients-per-desk N] "
                     "[--backend sqlite|postgresql|both]\n");
        return 2;
    }
    bool ok = true;
    if (backend != u"postgresql")
        ok = runOn(test::TestDatabase::Backend::Sqlite, desks, perDesk) && ok;
    if (backend != u"sqlite") {
        if (postgresServerUrl().isEmpty()) {
            std::printf("disable_parallel.postgresql skipped: BACKOFFICE_PG_URL is not set (scripts/bench.sh "
                        "starts a server)\n");
            ok = ok && backend == u"both";
        } else {
            ok = runOn(test::TestDatabase::Backend::PostgreSql, desks, perDesk) && ok;
        }
    }
    return ok ? 0 : 1;
}
