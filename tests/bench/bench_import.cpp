// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the client base: a generated, deterministic CSV of 1,000,000 clients imported by our
// importer (ClientImporter, streaming, every row validated) and by sqlite3's own `.import` of the
// same file into the same schema (our migrations: the same indexes and the trigram search trigger)
// with the same connection settings, in the same run. Each runs in a child process, so wall time,
// CPU (user + system) and peak RSS come from wait4() for that child alone.
//
// Usage: bench_import [--rows N] [--keep]   (files in $BACKOFFICE_BENCH_DIR, default <temp>/backoffice-bench)
// Targets: our wall time <= 1.5x sqlite3's, our peak RSS <= 150 MiB.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientImporter.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <array>
#include <cstdio>
#include <random>

using namespace backoffice;
using namespace backoffice::bench;
using namespace Qt::Literals::StringLiterals;

namespace {
/// A realistic client base: names from short lists, unique e-mails, valid mobile numbers of several
/// countries, half without 2FA, a third SMS, the rest an authenticator with a 160-bit secret.
bool writeCsv(const QString& path, qint64 rows)
{
    static const std::array<const char*, 16> first {"Anna",  "Lukas", "Sofia", "Jan",  "Emma", "Noah", "Mia",   "Luca",
                                                    "Julia", "Elias", "Lea",   "Paul", "Sara", "Finn", "Marta", "Ivan"};
    static const std::array<const char*, 16> last {"Schmidt", "Jansen", "Rossi",    "Dubois", "Novak", "Smith",
                                                   "Garcia",  "Müller", "Kowalski", "Silva",  "Berg",  "Horvat",
                                                   "Nielsen", "Costa",  "Weber",    "Popescu"};
    static const std::array<const char*, 4> domains {"example.com", "mail.example", "example.org", "post.example"};
    const QList<DemoDataGenerator::MobileRange>& ranges = DemoDataGenerator::mobileRanges();
    QFile file(path);
    if (ranges.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::mt19937_64 random(20261202);
    QByteArray out = QByteArrayLiteral("id,first_name,last_name,email,phone,country,twofa_method,totp_secret,"
                                       "totp_digits,totp_period,totp_algorithm\n");
    static constexpr char base32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    for (qint64 id = 1; id <= rows; ++id) {
        const char* f = first[random() % first.size()];
        const char* l = last[random() % last.size()];
        const DemoDataGenerator::MobileRange& range = ranges.at(qsizetype(random() % quint64(ranges.size())));
        QByteArray phone = range.prefix.toLatin1();
        for (int d = 0; d < range.freeDigits; ++d)
            phone += char('0' + random() % 10);
        const quint64 kind = random() % 6;
        out += QByteArray::number(id) + ',' + f + ',' + l + ',' + QByteArray(f).toLower() + '.'
            + QByteArray(l).toLower() + '.' + QByteArray::number(id) + '@' + domains[random() % domains.size()] + ','
            + phone + ',' + range.region.toLatin1() + ',';
        if (kind < 3) {
            out += "none,,,,\n";
        } else if (kind < 5) {
            out += "sms,,,,\n";
        } else {
            out += "authenticator,";
            for (int i = 0; i < 32; ++i)
                out += base32[random() % 32];
            out += ",,,\n";
        }
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return file.write(out) == out.size() && file.flush();
}

/// The child: our importer on `db` from `csv`, as `backoffice-cli clients import` runs it.
int importChild(const QString& dbPath, const QString& csvPath)
{
    DatabaseLocation location;
    location.sqlitePath = dbPath;
    auto opened = Database::open(location);
    if (!opened) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const SecretCipher cipher = SecretCipher::fromKey(QByteArray(32, '\x42')).value();
    const AuditLog audit(*opened.value());
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return 1;
    auto outcome = ClientImporter(*opened.value(), audit, cipher).import(Actor {u"bench"_s, Role::Admin}, csv);
    if (!outcome) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(outcome.error().toString()));
        return 1;
    }
    for (const ImportProblem& problem : outcome.value().problems.mid(0, 5))
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(problem.toString()));
    return outcome.value().ok() ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--child-import")
        return importChild(args.at(2), args.at(3));

    qint64 rows = 1'000'000;
    if (const qsizetype i = args.indexOf(u"--rows"_s); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();
    const bool keep = args.contains(u"--keep"_s);
    const QString dir = benchDirectory();
    const QString csv = QDir(dir).filePath(u"clients-%1.csv"_s.arg(rows));
    const QString ours = QDir(dir).filePath(u"import-ours.sqlite"_s);
    const QString theirs = QDir(dir).filePath(u"import-sqlite3.sqlite"_s);

    QElapsedTimer timer;
    timer.start();
    if (!writeCsv(csv, rows)) {
        std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(csv));
        return 1;
    }
    std::printf("import: generated %lld rows (%.0f MiB) in %.1f s: %s\n", static_cast<long long>(rows),
                double(QFileInfo(csv).size()) / 1048576.0, double(timer.elapsed()) / 1000.0, qPrintable(csv));
    if (!createDatabase(ours) || !createDatabase(theirs)) {
        std::fprintf(stderr, "bench_import: cannot create the databases in %s\n", qPrintable(dir));
        return 1;
    }

    // sqlite3: .import into a view of the CSV's columns whose INSTEAD OF trigger fills the rest of a
    // row, so every row goes into `clients` with its indexes and search trigger, as ours does. The
    // same pragmas as our connection (SqlDialect::connectionSetup); temporary objects only, so the
    // schema is the migrations' own.
    const QString script = QDir(dir).filePath(u"import-sqlite3.sql"_s);
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(".bail on\n.output /dev/null\n"
                   "PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\nPRAGMA busy_timeout = 5000;\n"
                   "PRAGMA mmap_size = 1073741824;\nPRAGMA cache_size = -65536;\n"
                   "CREATE TEMP VIEW csv_rows AS SELECT id, first_name, last_name, email, phone, country, "
                   "twofa_method, CAST(totp_secret_sealed AS TEXT) AS totp_secret, totp_digits, totp_period, "
                   "totp_algorithm FROM main.clients;\n"
                   "CREATE TEMP TRIGGER csv_rows_insert INSTEAD OF INSERT ON csv_rows BEGIN\n"
                   "  INSERT INTO clients (id, first_name, last_name, email, phone, country, created_at, "
                   "twofa_method, twofa_enabled_at, totp_secret_sealed, totp_algorithm, totp_digits, totp_period)\n"
                   "  VALUES (new.id, new.first_name, new.last_name, new.email, new.phone, new.country, "
                   "strftime('%Y-%m-%dT%H:%M:%fZ'), new.twofa_method, "
                   "CASE WHEN new.twofa_method = 'none' THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ') END, "
                   "CASE WHEN new.twofa_method = 'authenticator' THEN CAST(new.totp_secret AS BLOB) END, "
                   "CASE WHEN new.twofa_method = 'authenticator' THEN coalesce(nullif(new.totp_algorithm, ''), "
                   "'SHA1') END, "
                   "CASE WHEN new.twofa_method = 'authenticator' THEN coalesce(nullif(new.totp_digits, ''), 6) END, "
                   "CASE WHEN new.twofa_method = 'authenticator' THEN coalesce(nullif(new.totp_period, ''), 30) "
                   "END);\n"
                   "END;\n"
                   ".mode csv\n");
        file.write(".import --skip 1 '" + csv.toUtf8() + "' csv_rows\n");
    }

    const Measured sqlite = runChild({"sqlite3", theirs.toUtf8()}, script.toUtf8());
    const qint64 sqliteRows = countRows(theirs, u"clients"_s);
    printMeasured("import.sqlite3", sqliteRows, sqlite);
    const Measured measured
        = runChild({QCoreApplication::applicationFilePath().toUtf8(), "--child-import", ours.toUtf8(), csv.toUtf8()});
    const qint64 ourRows = countRows(ours, u"clients"_s);
    printMeasured("import.ours", ourRows, measured);
    const qint64 ourSearchRows = countRows(ours, u"clients_search"_s);
    const qint64 sqliteSearchRows = countRows(theirs, u"clients_search"_s);

    const double ratio = sqlite.wallSeconds > 0 ? measured.wallSeconds / sqlite.wallSeconds : 0;
    const bool timeOk = ratio > 0 && ratio <= 1.5;
    const bool rssOk = measured.peakRssMiB <= 150.0;
    const bool complete = ourRows == rows && sqliteRows == rows && ourSearchRows == rows && sqliteSearchRows == rows;
    std::printf("import.compare wall_ratio=%.2f (target <= 1.50: %s) peak_rss_mib=%.1f (target <= 150: %s) "
                "rows_complete=%s\n",
                ratio, timeOk ? "met" : "MISSED", measured.peakRssMiB, rssOk ? "met" : "MISSED",
                complete ? "yes" : "NO");
    if (!keep) {
        removeDatabase(ours);
        removeDatabase(theirs);
        QFile::remove(csv);
        QFile::remove(script);
    }
    return sqlite.ok && measured.ok && complete && timeOk && rssOk ? 0 : 1;
}
