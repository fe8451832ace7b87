// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/BenchSupport.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::bench {

Measured runChild(const QList<QByteArray>& argv, const QByteArray& stdinPath, const QByteArray& stdoutPath)
{
    std::vector<char*> args;
    for (const QByteArray& arg : argv)
        args.push_back(const_cast<char*>(arg.constData()));
    args.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!stdinPath.isEmpty()) {
            const int fd = open(stdinPath.constData(), O_RDONLY);
            if (fd < 0 || dup2(fd, 0) < 0)
                _exit(126);
        }
        if (!stdoutPath.isEmpty()) {
            const int fd = open(stdoutPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0 || dup2(fd, 1) < 0)
                _exit(126);
        }
        execvp(args[0], args.data());
        _exit(127);
    }
    Measured measured;
    if (pid < 0)
        return measured;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return measured;
    measured.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    measured.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    measured.peakRssMiB = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    measured.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return measured;
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

bool createDatabase(const QString& path)
{
    removeDatabase(path);
    DatabaseLocation location;
    location.sqlitePath = path;
    return Database::open(location).ok();
}

qint64 countRows(const QString& dbPath, const QString& table)
{
    DatabaseLocation location;
    location.sqlitePath = dbPath;
    auto opened = Database::open(location);
    if (!opened)
        return -1;
    auto count = opened.value()->scalar(u"SELECT count(*) FROM "_s + table);
    return count ? count.value().toLongLong() : -1;
}

QString benchDirectory()
{
    QString dir = qEnvironmentVariable("BACKOFFICE_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(u"backoffice-bench"_s);
    QDir().mkpath(dir);
    return dir;
}

void printMeasured(const char* what, qint64 rows, const Measured& measured)
{
    std::printf("%s rows=%lld wall_s=%.2f cpu_s=%.2f peak_rss_mib=%.1f%s\n", what, static_cast<long long>(rows),
                measured.wallSeconds, measured.cpuSeconds, measured.peakRssMiB, measured.ok ? "" : " FAILED");
    std::fflush(stdout);
}

namespace {
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

double cpuSecondsSelf()
{
    return cpuSeconds(RUSAGE_SELF);
}

double cpuSecondsChildren()
{
    return cpuSeconds(RUSAGE_CHILDREN);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = size_t(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString postgresServerUrl()
{
    return qEnvironmentVariable("BACKOFFICE_PG_URL");
}

QString postgresDatabase(const QString& name, bool fresh)
{
    const QString server = postgresServerUrl();
    if (server.isEmpty()) {
        std::fprintf(stderr, "no PostgreSQL server: BACKOFFICE_PG_URL is not set (scripts/bench.sh starts one)\n");
        return {};
    }
    auto location = DatabaseLocation::parse(server);
    if (!location) {
        std::fprintf(stderr, "BACKOFFICE_PG_URL: %s\n", qPrintable(location.error().toString()));
        return {};
    }
    const QString connection = u"backoffice-bench-admin"_s;
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        const auto dialect = SqlDialect::forKind(DatabaseLocation::Kind::PostgreSql);
        if (const Status configured = dialect->configure(admin, location.value()); !configured) {
            std::fprintf(stderr, "BACKOFFICE_PG_URL: %s\n", qPrintable(configured.error().toString()));
        } else if (!admin.open()) {
            std::fprintf(stderr, "cannot connect to %s: %s\n", qPrintable(location.value().displayName()),
                         qPrintable(admin.lastError().text()));
        } else {
            QSqlQuery query(admin);
            query.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
            query.addBindValue(name);
            const bool exists = query.exec() && query.next();
            ok = true;
            if (exists && fresh)
                ok = query.exec(u"DROP DATABASE \"%1\" WITH (FORCE)"_s.arg(name));
            if (ok && (!exists || fresh))
                ok = query.exec(u"CREATE DATABASE \"%1\""_s.arg(name));
            if (!ok)
                std::fprintf(stderr, "cannot create the database %s: %s\n", qPrintable(name),
                             qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    QUrl url(server);
    url.setPath(u'/' + name);
    return url.toString();
}

QString postgresDemoDatabase(qint64 clients, bool fresh)
{
    return postgresDatabase(u"bench_demo_%1"_s.arg(clients), fresh);
}

Measured runDemo(const QString& databaseArgument, qint64 clients)
{
    return runChild({BACKOFFICE_CLI_PATH, "--db", databaseArgument.toUtf8(), "demo", "--clients",
                     QByteArray::number(clients), "--seed", "1"},
                    {}, "/dev/null");
}

double postgresServerCpuSeconds()
{
    QFile pidFile(qEnvironmentVariable("BACKOFFICE_PG_DIR") + u"/data/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = pidFile.readLine().trimmed();
    QFile stat("/proc/"_L1 + QLatin1StringView(pid) + "/stat"_L1);
    if (pid.isEmpty() || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command's closing parenthesis: state is field 3; utime, stime, cutime, cstime 14-17.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return -1;
    double ticks = 0;
    for (int field = 14; field <= 17; ++field)
        ticks += fields.at(field - 3).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

qint64 countRowsAt(const QString& databaseArgument, const QString& table)
{
    auto location = DatabaseLocation::parse(databaseArgument);
    if (!location)
        return -1;
    auto opened = Database::open(location.value());
    if (!opened)
        return -1;
    auto count = opened.value()->scalar(u"SELECT count(*) FROM "_s + table);
    return count ? count.value().toLongLong() : -1;
}

QList<Client> sampleClients(const ClientRepository& repository, qint64 maxId, int count)
{
    std::mt19937_64 random(4242);
    QList<Client> samples;
    while (samples.size() < count && maxId > 0) {
        auto client = repository.find(qint64(random() % quint64(maxId)) + 1);
        if (client)
            samples.append(client.value());
    }
    return samples;
}

Result<double> firstPageMs(const ClientRepository& repository, const ClientQuery& query)
{
    QElapsedTimer timer;
    timer.start();
    auto page = repository.search(query, 0, FirstBatch);
    if (!page)
        return page.error();
    auto count = repository.count(query, CountCap);
    if (!count)
        return count.error();
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 numberOption(const QStringList& arguments, const QString& name, qint64 fallback)
{
    const qsizetype i = arguments.indexOf(name);
    return i > 0 && i + 1 < arguments.size() ? arguments.at(i + 1).toLongLong() : fallback;
}

QMap<QString, QList<ClientQuery>> clientSearchKinds(const QList<Client>& samples)
{
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
    return kinds;
}

} // namespace backoffice::bench
