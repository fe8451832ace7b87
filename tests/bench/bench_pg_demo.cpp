// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data into the team database: `backoffice-cli demo --clients N` into PostgreSQL next to the same
// command into a SQLite file, in the same run, each a child process measured alone (wall time, CPU and
// peak RSS from wait4()). On PostgreSQL the server does part of the work in its own processes: its CPU
// over the run (postmaster and ended backends, from /proc) is printed as server_cpu_s.
//
// Usage: bench_pg_demo [--clients N]   (default 1,000,000; the server is $BACKOFFICE_PG_URL, which
// scripts/bench.sh starts as a throw-away cluster). The PostgreSQL database is kept as
// bench_demo_N on that server, where bench_pg_search finds it; the SQLite file is removed. The CLI keeps
// the data key and the audit key in the keychain: run it where a Secret Service is unlocked.
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace backoffice;
using namespace backoffice::bench;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = numberOption(args, u"--clients"_s, 1'000'000);
    const QString sqlite = QDir(benchDirectory()).filePath(u"pg-demo-sqlite.sqlite"_s);
    removeDatabase(sqlite);
    const QString url = postgresDemoDatabase(rows, true);
    if (url.isEmpty())
        return 1;

    const Measured onSqlite = runDemo(sqlite, rows);
    printMeasured("pg_demo.sqlite", countRowsAt(sqlite, u"clients"_s), onSqlite);

    const double serverBefore = postgresServerCpuSeconds();
    const Measured onPostgres = runDemo(url, rows);
    const double serverCpu = serverBefore < 0 ? -1 : postgresServerCpuSeconds() - serverBefore;
    printMeasured("pg_demo.postgresql", countRowsAt(url, u"clients"_s), onPostgres);
    std::printf("pg_demo.postgresql server_cpu_s=%.2f client_plus_server_cpu_s=%.2f\n", serverCpu,
                onPostgres.cpuSeconds + serverCpu);

    const bool complete = countRowsAt(url, u"clients"_s) == rows && countRowsAt(sqlite, u"clients"_s) == rows;
    std::printf("pg_demo.compare clients=%lld wall_ratio_pg_to_sqlite=%.2f cpu_ratio_pg_to_sqlite=%.2f "
                "rows_complete=%s\n",
                static_cast<long long>(rows),
                onSqlite.wallSeconds > 0 ? onPostgres.wallSeconds / onSqlite.wallSeconds : 0,
                onSqlite.cpuSeconds > 0 ? onPostgres.cpuSeconds / onSqlite.cpuSeconds : 0, complete ? "yes" : "NO");
    removeDatabase(sqlite);
    return onSqlite.ok && onPostgres.ok && complete ? 0 : 1;
}
