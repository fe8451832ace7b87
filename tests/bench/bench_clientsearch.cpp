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

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ClientCount = 1'000'000;
constexpr int FirstBatch = 200; // ClientListModel::BatchSize
constexpr qint64 CountCap = 10'001; // ClientListModel::CountCap + 1
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
    std::mt19937_64 random(4242);
    const qint64 maxId = db.scalar(u"SELECT max(id) FROM clients"_s).value().toLongLong();
    QList<Client> samples;
    while (samples.size() < SamplesPerKind) {
        auto client = repository.find(qint64(random() % quint64(maxId)) + 1);
        if (client)
            samples.append(client.value());
    }

    QMap<QString, QList<ClientQuery>> kinds;
    for (int i = 0; i < samples.size(); ++i) {
        const Client& c = samples.at(i);
        const QString local = c.email.left(c.email.indexOf(u'@'));
        ClientQuery q;
        q.text = QString::number(c.id);
        kinds[u"id"_s] << q;
        q.text = c.lastName;
        kinds[u"surname"_s] << q;
        q.text = local.mid(i % 3, 7 + i % 4); // a piece of the address, not its start
        kinds[u"partial_email"_s] << q;
        q.text = c.email.left(c.email.indexOf(u'@') + 3); // "anna.schmidt87@gm"
        kinds[u"email_prefix"_s] << q;
        q.text = c.phone.right(4 + i % 3);
        kinds[u"phone_last_digits"_s] << q;
        q.text = c.firstName + u' ' + c.lastName;
        kinds[u"first_and_last_name"_s] << q;
        q.text = c.lastName;
        q.method = c.method;
        kinds[u"surname_with_method"_s] << q;
    }
    using K = ClientQuery::SortKey;
    const QList<std::pair<QString, K>> sorts {
        {u"id"_s, K::Id},           {u"name"_s, K::Name},     {u"email"_s, K::Email},         {u"phone"_s, K::Phone},
        {u"country"_s, K::Country}, {u"method"_s, K::Method}, {u"enabled_at"_s, K::EnabledAt}};
    for (const auto& [name, key] : sorts) {
        for (int i = 0; i < 6; ++i) {
            ClientQuery q;
            q.sortKey = key;
            q.order = i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            kinds[u"empty_sorted_by_"_s + name] << q;
        }
    }
    for (auto method : {TwoFactorMethod::None, TwoFactorMethod::Authenticator, TwoFactorMethod::Sms}) {
        for (int i = 0; i < 4; ++i) {
            ClientQuery q;
            q.method = method;
            q.sortKey = i % 2 ? K::Name : K::EnabledAt;
            q.order = i < 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
            kinds[u"method_filter"_s] << q;
        }
    }

    QList<double> overall;
    bool failed = false;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        QList<double> times;
        for (const ClientQuery& query : it.value()) {
            QElapsedTimer timer;
            timer.start();
            auto page = repository.search(query, 0, FirstBatch);
            auto count = repository.count(query, CountCap);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!page || !count) {
                std::fprintf(stderr, "bench_clientsearch: %s failed for '%s'\n", qPrintable(it.key()),
                             qPrintable(query.text));
                failed = true;
                continue;
            }
            times << ms;
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
