// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/clients/ClientRepository.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace backoffice::bench {

/// What one child process cost, from wait4() for that child alone.
struct Measured
{
    bool ok = false; ///< exited with status 0
    double wallSeconds = 0;
    double cpuSeconds = 0; ///< user + system
    double peakRssMiB = 0;
};

/// Runs `argv` as a child (stdin from `stdinPath` if given, stdout to `stdoutPath` if given) and measures it.
Measured runChild(const QList<QByteArray>& argv, const QByteArray& stdinPath = {}, const QByteArray& stdoutPath = {});
/// An empty SQLite database with our schema (the migrations), as the application creates it; an
/// existing file of that name and its -wal/-shm are removed first.
bool createDatabase(const QString& path);
/// Removes a SQLite database and its -wal/-shm files.
void removeDatabase(const QString& path);
/// `SELECT count(*) FROM table`, -1 on any error.
qint64 countRows(const QString& dbPath, const QString& table);
/// The folder for benchmark files: $BACKOFFICE_BENCH_DIR, default <temp>/backoffice-bench (created).
QString benchDirectory();
/// Prints one result line: "<what> rows=N wall_s=… cpu_s=… peak_rss_mib=…".
void printMeasured(const char* what, qint64 rows, const Measured& measured);
/// CPU (user + system) of this process so far, and of its children that have ended and been waited for.
double cpuSecondsSelf();
double cpuSecondsChildren();
/// The value at `p` (0..1) of `values`, nearest rank; 0 for none.
double percentile(std::vector<double> values, double p);

/// The PostgreSQL server of the benchmarks: $BACKOFFICE_PG_URL (scripts/bench.sh starts a throw-away
/// one), empty when unset.
QString postgresServerUrl();
/// The `--db` URL of database `name` on that server: dropped and created anew when `fresh`, else
/// created only if missing. Empty (after saying why on stderr) when there is no server or it fails.
QString postgresDatabase(const QString& name, bool fresh);
/// The database bench_pg_demo fills with N demo clients and bench_pg_search searches: bench_demo_N on
/// the benchmarks' server, as postgresDatabase() makes it.
QString postgresDemoDatabase(qint64 clients, bool fresh);
/// `backoffice-cli --db DB demo --clients N --seed 1` as a measured child, its output to /dev/null.
Measured runDemo(const QString& databaseArgument, qint64 clients);
/// CPU (user + system) the PostgreSQL server at $BACKOFFICE_PG_DIR has used so far: the postmaster and
/// every backend that has ended (a connection's backend is reaped by the postmaster when it closes), from
/// /proc; -1 when unknown. The difference over a run is the server's share of the work.
double postgresServerCpuSeconds();
/// `SELECT count(*) FROM table` on a database given as `--db` takes it (path or URL), -1 on any error.
qint64 countRowsAt(const QString& databaseArgument, const QString& table);

/// The search kinds of the Clients page benchmark (bench_clientsearch), for clients sampled from the
/// database: an id, a surname, a piece of an e-mail, an e-mail's start, a phone's last digits, first
/// and last name, a surname with a method, the empty search under every sort order, method filters.
QMap<QString, QList<ClientQuery>> clientSearchKinds(const QList<Client>& samples);
/// `count` clients picked at random (a fixed seed, the same in every run) from `repository`'s ids 1..max(id).
QList<Client> sampleClients(const ClientRepository& repository, qint64 maxId, int count);
/// The time in ms of a first screen of `query`: one batch of rows and the capped count, as the Clients
/// page asks for them.
Result<double> firstPageMs(const ClientRepository& repository, const ClientQuery& query);
/// The number after `name` in `arguments` (`--clients 1000`), or `fallback`.
qint64 numberOption(const QStringList& arguments, const QString& name, qint64 fallback);
/// What ClientListModel asks for a first screen: one batch of rows and the capped count.
constexpr int FirstBatch = 200; // ClientListModel::BatchSize
constexpr qint64 CountCap = 10'001; // ClientListModel::CountCap + 1

} // namespace backoffice::bench
