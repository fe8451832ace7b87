// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients show ID --json` on a 1,000,000-client database against bench_minimal_show,
// a minimal Qt program that opens the same SQLite file, looks up the same id and prints the same
// JSON: wall time and CPU of each process, side by side in one run, interleaved so both see the same
// machine. Target: the CLI within 1.5x of the minimal program, for wall time and for CPU.
//
// The database is made once with `backoffice-cli demo --clients 1000000` (which needs the keychain)
// and cached at $BACKOFFICE_BENCH_CLI_DB (default: bench-clients-1m.sqlite in the build directory).
// `--runs N` sets the number of lookups per program (default 40).
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char** environ;

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ClientCount = 1'000'000;
constexpr double Target = 1.5;

struct Sample
{
    double wallMs = 0;
    double cpuMs = 0;
};

/// Runs `program arguments...` with its output to /dev/null; its wall time and its CPU (user +
/// system, from wait4), or nullopt when it did not exit 0.
std::optional<Sample> timeProcess(const QString& program, const QStringList& arguments)
{
    std::vector<QByteArray> words {program.toLocal8Bit()};
    for (const QString& argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return std::nullopt;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double wall = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    return Sample {wall, cpu};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

QByteArray output(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

qint64 clientCount(const QString& path)
{
    if (!QFileInfo::exists(path))
        return 0;
    qint64 count = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(u"SELECT count(*) FROM clients"_s, db);
            count = query.next() ? query.value(0).toLongLong() : 0;
        }
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

QList<qint64> sampleIds(const QString& path, int count)
{
    QList<qint64> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ids"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT id FROM clients WHERE id % 7919 = 11 LIMIT ?"_s);
            query.addBindValue(count);
            query.exec();
            while (query.next())
                ids << query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"ids"_s);
    return ids;
}

void report(const char* name, const std::vector<Sample>& samples)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Sample& sample : samples) {
        wall.push_back(sample.wallMs);
        cpu.push_back(sample.cpuMs);
    }
    std::printf("cli_show.%s wall_median_ms=%.1f cpu_median_ms=%.1f runs=%zu\n", name, median(wall), median(cpu),
                samples.size());
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = arguments.contains(u"--runs"_s) ? arguments.value(arguments.indexOf(u"--runs"_s) + 1).toInt() : 40;
    const QString cli = QStringLiteral(BACKOFFICE_CLI_PATH);
    const QString minimal = QStringLiteral(BACKOFFICE_MINIMAL_SHOW_PATH);
    QString path = qEnvironmentVariable("BACKOFFICE_BENCH_CLI_DB");
    if (path.isEmpty())
        path = QStringLiteral(BACKOFFICE_BENCH_DIR "/bench-clients-1m.sqlite");

    if (clientCount(path) < ClientCount) {
        QFile::remove(path);
        std::printf("cli_show: creating %lld clients in %s with backoffice-cli demo\n",
                    static_cast<long long>(ClientCount), qPrintable(path));
        std::fflush(stdout);
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedChannels);
        demo.start(
            cli,
            {u"--db"_s, path, u"demo"_s, u"--clients"_s, QString::number(ClientCount), u"--seed"_s, u"20261203"_s});
        if (!demo.waitForFinished(-1) || demo.exitCode() != 0) {
            std::fprintf(stderr, "bench_cli_show: backoffice-cli demo failed\n");
            return 1;
        }
    }
    const QList<qint64> ids = sampleIds(path, runs);
    if (ids.size() < runs) {
        std::fprintf(stderr, "bench_cli_show: not enough clients in %s\n", qPrintable(path));
        return 1;
    }
    // The same answer, or the comparison means nothing.
    const QString first = QString::number(ids.first());
    const QByteArray expected = output(minimal, {path, first});
    const QByteArray actual = output(cli, {u"--db"_s, path, u"clients"_s, u"show"_s, first, u"--json"_s});
    if (expected.isEmpty() || expected != actual) {
        std::fprintf(stderr, "bench_cli_show: the outputs differ\n--- minimal\n%s--- cli\n%s", expected.constData(),
                     actual.constData());
        return 1;
    }

    std::vector<Sample> cliSamples;
    std::vector<Sample> minimalSamples;
    for (const qint64 id : ids) {
        const QString text = QString::number(id);
        const auto base = timeProcess(minimal, {path, text});
        const auto ours = timeProcess(cli, {u"--db"_s, path, u"clients"_s, u"show"_s, text, u"--json"_s});
        if (!base || !ours) {
            std::fprintf(stderr, "bench_cli_show: client %lld: a program failed\n", static_cast<long long>(id));
            return 1;
        }
        minimalSamples.push_back(*base);
        cliSamples.push_back(*ours);
    }
    report("minimal", minimalSamples);
    report("cli", cliSamples);
    const auto medianOf = [](const std::vector<Sample>& samples, double Sample::*member) {
        std::vector<double> values;
        for (const Sample& sample : samples)
            values.push_back(sample.*member);
        return median(values);
    };
    const double wallRatio = medianOf(cliSamples, &Sample::wallMs) / medianOf(minimalSamples, &Sample::wallMs);
    const double cpuRatio = medianOf(cliSamples, &Sample::cpuMs) / medianOf(minimalSamples, &Sample::cpuMs);
    std::printf("cli_show.ratio wall=%.2fx cpu=%.2fx target<=%.1fx %s\n", wallRatio, cpuRatio, Target,
                wallRatio <= Target && cpuRatio <= Target ? "met" : "MISSED");
    return 0;
}
