// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/BenchSupport.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
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

} // namespace backoffice::bench
