// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

} // namespace backoffice::bench
