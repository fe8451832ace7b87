// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli db copy` between a SQLite file and the PostgreSQL test server, both ways: every
// table's rows arrive unchanged, the audit chain is intact before and after, the copy works with the
// desk's keys and goes on growing, and a target that is not empty is refused untouched.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/storage/DatabaseCopy.h"
#include "tests/support/CliRunner.h"
#include "tests/support/IdentityCodes.h"
#include "tests/support/TestDatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

test::CliRun asAda(const QString& db, const QStringList& arguments)
{
    return test::runCli(QStringList {u"--db"_s, db, u"--operator"_s, u"ada"_s} + arguments, {}, password);
}

/// A database with something in every kind of table: demo clients, a disabled 2FA, an operator,
/// sign-ins and the events of all that.
void fill(const test::TestDatabase& database)
{
    const AuditLog audit(database.db());
    const PasswordHasher hasher;
    if (!OperatorService(database.db(), audit, hasher)
             .createFirstAdministrator({u"ada"_s, u"Ada"_s, Role::Admin, password}))
        qFatal("cannot create the administrator");
    const test::CliRun demo = asAda(database.path(), {u"demo"_s, u"--clients"_s, u"40"_s, u"--seed"_s, u"3"_s});
    if (demo.exitCode != 0)
        qFatal("demo: %s", qPrintable(demo.err));
    const qint64 id
        = database.db().integer(u"SELECT min(id) FROM clients WHERE twofa_method <> 'none' AND email <> ''"_s).value();
    const QString code = test::identityCodeFor(database.db(), ClientRepository(database.db()).find(id).value());
    const test::CliRun disabled = asAda(database.path(),
                                        {u"clients"_s, u"disable-2fa"_s, QString::number(id), u"--reason"_s,
                                         u"ticket SUP-7"_s, u"--client-requested"_s, u"--verification-code"_s, code});
    if (disabled.exitCode != 0)
        qFatal("disable: %s", qPrintable(disabled.err));
}

/// Every row of `table`, each as its columns' text by name: comparable across the two backends.
QList<QStringList> rowsOf(const Database& database, const QString& table)
{
    const QSqlRecord record = database.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort();
    auto rows = database.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table)).value();
    QList<QStringList> all;
    while (rows.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            row << (value.isNull()                                ? u"<null>"_s
                        : value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                  : value.toString());
        }
        all << row;
    }
    std::sort(all.begin(), all.end());
    return all;
}

void compareAllTables(const Database& from, const Database& to)
{
    for (const QString& table : DatabaseCopy::tables())
        QCOMPARE(rowsOf(to, table), rowsOf(from, table));
}
} // namespace

class TestCliDbCopy : public QObject
{
    Q_OBJECT

    void copyAndCheck(const test::TestDatabase& source, const QString& target)
    {
        fill(source);
        const test::CliRun copy = test::runCli({u"db"_s, u"copy"_s, u"--from"_s, source.path(), u"--to"_s, target});
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QVERIFY2(copy.err.contains(u"clients: 40 of 40 rows"_s), qPrintable(copy.err));
        QVERIFY2(copy.err.contains(u"before the copy"_s) && copy.err.contains(u"after the copy"_s),
                 qPrintable(copy.err));

        auto copied = Database::open(DatabaseLocation::parse(target).value()).value();
        QCOMPARE(copied->databaseId(), source.db().databaseId());
        compareAllTables(source.db(), *copied);
        QVERIFY(copied->integer(u"SELECT count(*) FROM audit_events"_s).value() > 3);

        // The copy is a working database: signed in with the same password, it verifies and grows.
        const test::CliRun verify = asAda(target, {u"audit"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        const test::CliRun more = asAda(target, {u"demo"_s, u"--clients"_s, u"5"_s});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        QCOMPARE(ClientRepository(*copied).search({}, 0, 1000).value().size(), 45);
        QCOMPARE(asAda(target, {u"audit"_s, u"verify"_s}).exitCode, 0);

        // Once it has rows it is refused as a target, and stays as it was.
        const qint64 events = copied->integer(u"SELECT count(*) FROM audit_events"_s).value();
        const test::CliRun again = test::runCli({u"db"_s, u"copy"_s, u"--from"_s, source.path(), u"--to"_s, target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"is not empty"_s), qPrintable(again.err));
        QCOMPARE(copied->integer(u"SELECT count(*) FROM audit_events"_s).value(), events);
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("copies to and from the PostgreSQL test server: runs as pg/cli/tst_cli_db_copy");
    }

    void sqliteFileToPostgreSql()
    {
        const test::TestDatabase source {test::TestDatabase::Use::WithCli, test::TestDatabase::Backend::Sqlite};
        copyAndCheck(source, test::TestDatabase::createEmptyPostgreSqlDatabase());
    }

    void postgreSqlToSqliteFile()
    {
        const test::TestDatabase source {test::TestDatabase::Use::WithCli};
        copyAndCheck(source, source.dir() + u"/backup.sqlite"_s);
    }

    void theSameDatabaseIsRefused()
    {
        const test::TestDatabase source;
        const test::CliRun copy
            = test::runCli({u"db"_s, u"copy"_s, u"--from"_s, source.path(), u"--to"_s, source.path()});
        QCOMPARE(copy.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDbCopy)
#include "tst_cli_db_copy.moc"
