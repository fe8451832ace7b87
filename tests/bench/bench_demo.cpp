// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data at scale: `backoffice-cli demo --clients N` against the floor of generating the same number of
// rows with SQL inside SQLite alone (sqlite3: one recursive CTE into `clients`, then the same indexes and the
// FTS5 trigram search index built once), in the same run, each in a child process measured alone (wall time,
// CPU, peak RSS from wait4()). The floor seals no secrets (random blobs of the sealed size) and checks no phone
// number; ours does both: the difference is what the product adds.
//
// Usage: bench_demo [--clients N] [--keep]   (files in $BACKOFFICE_BENCH_DIR, default <temp>/backoffice-bench)
// The CLI keeps the data key and the audit key in the keychain: run it where a Secret Service is unlocked
// (scripts/bench.sh makes a throw-away one). Target: our wall time <= 2x the floor's.
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace backoffice;
using namespace backoffice::bench;
using namespace Qt::Literals::StringLiterals;

namespace {
/// The schema statements `clients` is built with that a bulk load may build once at the end: its
/// indexes and the trigger that feeds the search index.
QStringList deferrableSchema(const QString& dbPath)
{
    DatabaseLocation location;
    location.sqlitePath = dbPath;
    auto opened = Database::open(location);
    if (!opened)
        return {};
    auto rows = opened.value()->exec(u"SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'clients' AND sql "
                                     u"IS NOT NULL AND (type = 'index' OR name = 'clients_search_insert')"_s);
    QStringList statements;
    while (rows && rows.value().next())
        statements << rows.value().value(0).toString() + u'\x1f' + rows.value().value(1).toString() + u'\x1f'
                + rows.value().value(2).toString();
    return statements;
}

/// The floor: every row of the demo generator's shape (names from lists, unique e-mails, a mobile number, a
/// mix of none / SMS / authenticator with a sealed-size secret) from one INSERT ... SELECT over a recursive CTE.
// Every column follows from the row number: SQLite may evaluate a CTE's random() once per reference.
QByteArray floorScript(qint64 rows, const QStringList& deferred)
{
    QByteArray drops;
    QByteArray creates;
    for (const QString& entry : deferred) {
        const QStringList parts = entry.split(u'\x1f');
        drops += "DROP " + parts.at(0).toUpper().toUtf8() + " \"" + parts.at(1).toUtf8() + "\";\n";
        creates += parts.at(2).toUtf8() + ";\n";
    }
    return ".bail on\n.output /dev/null\n"
           "PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -65536;\n"
           "BEGIN IMMEDIATE;\n"
        + drops + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + QByteArray::number(rows)
        + "),\n"
          "  r(i, f, l, kind, ts) AS (SELECT i, json_extract('[\"Anna\",\"Lukas\",\"Sofia\",\"Jan\",\"Emma\","
          "\"Noah\",\"Mia\",\"Luca\",\"Julia\",\"Elias\",\"Lea\",\"Paul\",\"Sara\",\"Finn\",\"Marta\",\"Ivan\"]', "
          "'$[' || (i * 7 % 16) || ']'), json_extract('[\"Schmidt\",\"Jansen\",\"Rossi\",\"Dubois\","
          "\"Novak\",\"Smith\",\"Garcia\",\"Mueller\",\"Kowalski\",\"Silva\",\"Berg\",\"Horvat\",\"Nielsen\","
          "\"Costa\",\"Weber\",\"Popescu\"]', '$[' || (i * 13 % 16) || ']'), i * 7919 % 6, "
          "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (i * 31 % 1000) || ' days') FROM n)\n"
          "INSERT INTO clients (id, first_name, last_name, email, phone, country, created_at, twofa_method, "
          "twofa_enabled_at, totp_secret_sealed, totp_algorithm, totp_digits, totp_period)\n"
          "SELECT i, f, l, lower(f) || '.' || lower(l) || '.' || i || '@example.com', "
          "'+4479' || printf('%08d', i * 48271 % 100000000), 'GB', ts, "
          "CASE WHEN kind < 3 THEN 'none' WHEN kind < 5 THEN 'sms' ELSE 'authenticator' END, "
          "CASE WHEN kind < 3 THEN NULL ELSE ts END, CASE WHEN kind = 5 THEN randomblob(48) END, "
          "CASE WHEN kind = 5 THEN 'SHA1' END, CASE WHEN kind = 5 THEN 6 END, CASE WHEN kind = 5 THEN 30 END FROM r;\n"
        + creates
        + "INSERT INTO clients_search (clients_search) VALUES ('rebuild');\n"
          "COMMIT;\n";
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = numberOption(args, u"--clients"_s, 1'000'000);
    const bool keep = args.contains(u"--keep"_s);
    const QDir dir(benchDirectory());
    const QString ours = dir.filePath(u"demo-ours.sqlite"_s);
    const QString floor = dir.filePath(u"demo-sqlite3.sqlite"_s);
    const QString script = dir.filePath(u"demo-sqlite3.sql"_s);

    // The floor gets the migrations' schema first (not measured); ours creates its database itself.
    if (!createDatabase(floor)) {
        std::fprintf(stderr, "bench_demo: cannot create %s\n", qPrintable(floor));
        return 1;
    }
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(floorScript(rows, deferrableSchema(floor))) < 0)
            return 1;
    }
    const Measured sqlite = runChild({"sqlite3", floor.toUtf8()}, script.toUtf8());
    printMeasured("demo.sqlite3", countRows(floor, u"clients_search"_s), sqlite);

    removeDatabase(ours);
    const Measured measured = runChild(
        {BACKOFFICE_CLI_PATH, "--db", ours.toUtf8(), "demo", "--clients", QByteArray::number(rows), "--seed", "1"}, {},
        "/dev/null");
    printMeasured("demo.ours", countRows(ours, u"clients_search"_s), measured);

    const bool complete = countRows(ours, u"clients"_s) == rows && countRows(floor, u"clients"_s) == rows;
    const double ratio = sqlite.wallSeconds > 0 ? measured.wallSeconds / sqlite.wallSeconds : 0;
    const double cpuRatio = sqlite.cpuSeconds > 0 ? measured.cpuSeconds / sqlite.cpuSeconds : 0;
    const bool met = ratio > 0 && ratio <= 2.0;
    std::printf("demo.compare wall_ratio=%.2f (target <= 2.00: %s) cpu_ratio=%.2f rows_complete=%s\n", ratio,
                met ? "met" : "MISSED", cpuRatio, complete ? "yes" : "NO");
    if (!keep) {
        removeDatabase(ours);
        removeDatabase(floor);
        QFile::remove(script);
    }
    return sqlite.ok && measured.ok && complete && met ? 0 : 1;
}
