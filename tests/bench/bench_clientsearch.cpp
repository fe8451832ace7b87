// SPDX-License-Identifier: GPL-3.0-or-later
// Clients > General at 1,000,000 clients: the time to the first screen of a search (one batch of rows
// plus the capped count, exactly what ClientListModel asks for) for a realistic mix of searches, and
// the time to create the million clients with the demo data generator.
//
// The database is cached at $BACKOFFICE_BENCH_DB (default: <temp>/backoffice-bench/clients-1m.sqlite)
// and reused when it already holds a million clients. Target: median first page <= 30 ms.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ClientCount = 1'000'000;
constexpr int SamplesPerKind = 40;

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void print(const QString& kind, const QList<double>& ms)
{
    std::printf("clientsearch.%s median_ms=%.2f p95_ms=%.2f samples=%lld\n", qPrintable(kind), percentile(ms, 0.5),
                percentile(ms, 0.95), static_cast<long long>(ms.size()));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString path = qEnvironmentVariable("BACKOFFICE_BENCH_DB");
    if (path.isEmpty())
        path = QDir::temp().filePath(u"backoffice-bench/clients-1m.sqlite"_s);
    DatabaseLocation location;
    location.sqlitePath = QFileInfo(path).absoluteFilePath();
    auto opened = Database::open(location);
    if (!opened) {
        std::fprintf(stderr, "bench_clientsearch: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const Database& db = *opened.value();
    const ClientRepository repository(db);

    qint64 existing = db.scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong();
    if (existing < ClientCount) {
        std::printf("clientsearch: creating %lld clients in %s\n", static_cast<long long>(ClientCount - existing),
                    qPrintable(location.sqlitePath));
        std::fflush(stdout);
        const SecretCipher cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const AuditLog audit(db);
        DemoDataGenerator generator(cipher, 20261123);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        auto created = generator.generate(db, audit, Actor {u"bench"_s, Role::Admin}, ClientCount - existing);
        if (!created) {
            std::fprintf(stderr, "bench_clientsearch: %s\n", qPrintable(created.error().toString()));
            return 1;
        }
        std::printf("clientsearch.demo_generation clients=%lld wall_s=%.1f cpu_s=%.1f\n",
                    static_cast<long long>(created.value()), double(timer.elapsed()) / 1000.0,
                    cpuSeconds() - cpuBefore);
        (void)db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        (void)db.exec(u"ANALYZE"_s);
        existing = ClientCount;
    } else {
        std::printf("clientsearch: reusing %lld clients in %s\n", static_cast<long long>(existing),
                    qPrintable(location.sqlitePath));
    }

    // Sample real clients to search for, the way an operator would type them.
    const qint64 maxId = db.scalar(u"SELECT max(id) FROM clients"_s).value().toLongLong();
    const QList<Client> samples = bench::sampleClients(repository, maxId, SamplesPerKind);

    const QMap<QString, QList<ClientQuery>> kinds = bench::clientSearchKinds(samples);

    QList<double> overall;
    bool failed = false;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        QList<double> times;
        for (const ClientQuery& query : it.value()) {
            const auto ms = bench::firstPageMs(repository, query);
            if (!ms) {
                std::fprintf(stderr, "bench_clientsearch: %s failed for '%s'\n", qPrintable(it.key()),
                             qPrintable(query.text));
                failed = true;
                continue;
            }
            times << ms.value();
        }
        if (!times.isEmpty()) {
            print(it.key(), times);
            overall += times;
        }
    }
    print(u"overall"_s, overall);
    const double median = percentile(overall, 0.5);
    std::printf("clientsearch.target median_ms<=30 %s\n", median <= 30.0 ? "met" : "MISSED");
    return failed ? 1 : 0;
}
