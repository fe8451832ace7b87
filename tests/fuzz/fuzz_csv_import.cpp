// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader and the importer's validation on arbitrary bytes. Invariants: the reader keeps no
// more than its limits and never loses line order; strict UTF-8 as TextSafety judges it round-trips
// through QString; an import whose file ends with a bad row writes nothing (the database holds the
// same three clients after every input); and no problem message carries a control or bidi
// character raw, whatever the file held.
#include "core/audit/AuditKeyRing.h"
#include "core/audit/AuditLog.h"
#include "core/clients/ClientImporter.h"
#include "core/clients/CsvReader.h"
#include "core/common/TextSafety.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include "tests/fuzz/FuzzRequire.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<SecretCipher> cipher;

    Fixture()
    {
        static int argc = 1;
        static char name[] = "fuzz_csv_import";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
        dir = std::make_unique<QTemporaryDir>();
        DatabaseLocation location;
        location.sqlitePath = dir->filePath(u"fuzz.sqlite"_s);
        db = Database::open(location).value();
        // The audit chain is keyed: install a key for this database, as AuditKeyService would.
        AuditKeyRing::install(db->databaseId(), QByteArray(AuditKeyRing::KeySize, '\x5a'));
        audit = std::make_unique<AuditLog>(*db);
        fuzzRequire(audit->startKeyedChain(u"fuzz"_s).ok(), "the audit chain starts");
        cipher = std::make_unique<SecretCipher>(SecretCipher::fromKey(QByteArray(32, '\x2a')).value());
        // Ids 1 to 3 exist, so "already exists" is reachable.
        const QByteArray seed = "id,first_name,last_name,email,phone,country,twofa_method,totp_secret,totp_digits,"
                                "totp_period,totp_algorithm\n1,A,B,a@example.com,,GB,none,,,,\n"
                                "2,C,D,c@example.com,+447400123456,GB,sms,,,,\n"
                                "3,E,F,e@example.com,,DE,authenticator,JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP,,,\n";
        fuzzRequire(ClientImporter(*db, *audit, *cipher).import(Actor {u"fuzz"_s, Role::Admin}, seed).value().ok(),
                    "the seed clients import");
    }
};

qint64 clientCount(const Database& db)
{
    return db.scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    const CsvLimits limits {64, 16};
    const CsvReader::Parsed parsed = CsvReader::parse(bytes, limits);
    qint64 lastLine = 0;
    for (const CsvRecord& record : parsed.records) {
        fuzzRequire(record.line > lastLine, "records come in line order");
        lastLine = record.line;
        fuzzRequire(record.fields.size() <= limits.maxFields, "no more fields kept than the limit");
        fuzzRequire(record.fieldCount >= record.fields.size(), "the field count covers the kept fields");
        for (const CsvField& field : record.fields)
            fuzzRequire(field.bytes.size() <= limits.maxFieldBytes, "no more bytes kept than the limit");
        if (record.error)
            fuzzRequire(record.error->line >= record.line, "an error is on or after the record's first line");
    }

    if (!TextSafety::firstInvalidUtf8(bytes)) {
        // QString::fromUtf8 drops a leading byte order mark.
        const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        fuzzRequire(QString::fromUtf8(bytes).toUtf8() == text, "valid UTF-8 round-trips through QString");
    }
    const TextSafety::Finding unsafe = TextSafety::firstUnsafe(TextSafety::escaped(QString::fromUtf8(bytes)));
    fuzzRequire(!unsafe, "escaped text holds no unsafe character");

    // Always ends with a bad row (or breaks the last one), so nothing may be written.
    const QByteArray csv = bytes + "\n0,,,,,,,,,,\n";
    auto outcome
        = ClientImporter(*fixture.db, *fixture.audit, *fixture.cipher).import(Actor {u"fuzz"_s, Role::Admin}, csv);
    fuzzRequire(outcome.ok(), "the import runs (no storage error)");
    fuzzRequire(outcome.value().problemCount > 0, "a file with a bad row has a problem");
    fuzzRequire(outcome.value().imported == 0, "nothing is reported imported");
    fuzzRequire(outcome.value().problems.size() <= ClientImporter::MaxListed, "the list is capped");
    for (const ImportProblem& problem : outcome.value().problems)
        fuzzRequire(!TextSafety::firstUnsafe(problem.toString()), "problem messages carry no unsafe character");
    fuzzRequire(clientCount(*fixture.db) == 3, "nothing is written");
    return 0;
}
