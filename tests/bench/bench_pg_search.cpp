// SPDX-License-Identifier: GPL-3.0-or-later
// Clients > General on the team database: the first screen of a search (one batch of rows plus the
// capped count, what ClientListModel asks for) at 1,000,000 clients on PostgreSQL, for the same search
// kinds as bench_clientsearch on SQLite, next to the floor of one id lookup (ClientRepository::find) on
// the same connection. Target: each kind's median <= 30 ms more than the id lookup's.
//
// Usage: bench_pg_search [--clients N]   (default 1,000,000). The database is bench_demo_N on
// $BACKOFFICE_PG_URL, as bench_pg_demo leaves it; when missing it is made with `backoffice-cli demo`
// (which needs the keychain). Statistics are brought up to date (VACUUM ANALYZE, what autovacuum does
// shortly after a bulk load) before measuring.
#include "core/clients/ClientRepository.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace backoffice;
using namespace backoffice::bench;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SamplesPerKind = 40;
constexpr double TargetOverIdMs = 30.0;
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = numberOption(args, u"--clients"_s, 1'000'000);
    const QString url = postgresDemoDatabase(rows, false);
    if (url.isEmpty())
        return 1;
    if (countRowsAt(url, u"clients"_s) < rows) {
        std::printf("pg_search: creating %lld clients with backoffice-cli demo\n", static_cast<long long>(rows));
        std::fflush(stdout);
        if (postgresDemoDatabase(rows, true).isEmpty())
            return 1;
        const Measured made = runDemo(url, rows);
        printMeasured("pg_search.demo_generation", countRowsAt(url, u"clients"_s), made);
        if (!made.ok)
            return 1;
    }
    auto location = DatabaseLocation::parse(url);
    auto opened = Database::open(location.value());
    if (!opened) {
        std::fprintf(stderr, "bench_pg_search: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const Database& db = *opened.value();
    (void)db.exec(u"VACUUM ANALYZE"_s); // every table, the search table too
    const ClientRepository repository(db);

    const qint64 maxId = db.scalar(u"SELECT max(id) FROM clients"_s).value().toLongLong();
    const QList<Client> samples = sampleClients(repository, maxId, SamplesPerKind);

    // The floor: one row by its primary key, the least a round trip to the server costs.
    std::vector<double> lookups;
    for (int round = 0; round < 3; ++round) {
        for (const Client& client : std::as_const(samples)) {
            QElapsedTimer timer;
            timer.start();
            const bool found = repository.find(client.id).ok();
            if (found)
                lookups.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const double floorMs = percentile(lookups, 0.5);
    std::printf("pg_search.id_lookup median_ms=%.2f p95_ms=%.2f samples=%zu\n", floorMs, percentile(lookups, 0.95),
                lookups.size());

    bool failed = false;
    bool allMet = true;
    std::vector<double> overall;
    const QMap<QString, QList<ClientQuery>> kinds = clientSearchKinds(samples);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        std::vector<double> times;
        const double cpuBefore = cpuSecondsSelf();
        for (const ClientQuery& query : it.value()) {
            const auto ms = firstPageMs(repository, query);
            if (!ms) {
                std::fprintf(stderr, "bench_pg_search: %s failed for '%s': %s\n", qPrintable(it.key()),
                             qPrintable(query.text), qPrintable(ms.error().toString()));
                failed = true;
                continue;
            }
            times.push_back(ms.value());
        }
        const double clientCpuMs = (cpuSecondsSelf() - cpuBefore) * 1e3 / double(std::max<size_t>(times.size(), 1));
        const double median = percentile(times, 0.5);
        const bool met = median - floorMs <= TargetOverIdMs;
        allMet = allMet && met;
        std::printf("pg_search.%s median_ms=%.2f p95_ms=%.2f over_id_lookup_ms=%.2f client_cpu_ms=%.2f samples=%zu "
                    "%s\n",
                    qPrintable(it.key()), median, percentile(times, 0.95), median - floorMs, clientCpuMs, times.size(),
                    met ? "met" : "MISSED");
        std::fflush(stdout);
        overall.insert(overall.end(), times.begin(), times.end());
    }
    std::printf("pg_search.overall median_ms=%.2f p95_ms=%.2f clients=%lld\n", percentile(overall, 0.5),
                percentile(overall, 0.95), static_cast<long long>(maxId));
    std::printf("pg_search.target every_kind_median<=id_lookup+%.0fms %s\n", TargetOverIdMs, allMet ? "met" : "MISSED");
    return failed ? 1 : 0;
}
