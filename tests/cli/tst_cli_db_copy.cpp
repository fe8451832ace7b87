// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli db copy` between two SQLite files, and between a SQLite file and the PostgreSQL test
// server both ways: every table's rows arrive unchanged, the audit chain is intact before and after,
// the copy records who made it from where (a `database.copy` event in its keyed chain), works with
// the desk's keys and goes on growing, and a target that is not empty is refused untouched. Only an
// administrator of the source copies; anyone else is refused on the source's record, nothing copied.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/storage/DatabaseCopy.h"
#include "tests/support/CliRunner.h"
#include "tests/support/IdentityCodes.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonObject>
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

test::CliRun copyAs(const QString& operatorName, const QString& from, const QString& to)
{
    return test::runCli({u"--operator"_s, operatorName, u"db"_s, u"copy"_s, u"--from"_s, from, u"--to"_s, to}, {},
                        password);
}

/// The events of `action` in `database`'s log, newest first.
QList<AuditEvent> eventsOf(const Database& database, const char* action)
{
    AuditFilter filter;
    filter.action = QString::fromLatin1(action);
    return AuditLog(database).list(filter).value();
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
QList<QStringList> rowsOf(const Database& database, const QString& table, const QString& condition = u"1 = 1"_s)
{
    const QSqlRecord record = database.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort();
    auto rows = database.exec(u"SELECT %1 FROM %2 WHERE %3"_s.arg(columns.join(u", "_s), table, condition)).value();
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

} // namespace

class TestCliDbCopy : public QObject
{
    Q_OBJECT

    void copyAndCheck(const test::TestDatabase& source, const QString& target)
    {
        fill(source);
        const test::CliRun copy = copyAs(u"ada"_s, source.path(), target);
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QVERIFY2(copy.err.contains(u"clients: 40 of 40 rows"_s), qPrintable(copy.err));
        QVERIFY2(copy.err.contains(u"before the copy"_s) && copy.err.contains(u"after the copy"_s),
                 qPrintable(copy.err));

        auto copied = Database::open(DatabaseLocation::parse(target).value()).value();
        QCOMPARE(copied->databaseId(), source.db().databaseId());
        // Every row of the source, and on top of its log the one event that says who copied it.
        const qint64 sourceEvents = source.db().integer(u"SELECT count(*) FROM audit_events"_s).value();
        QVERIFY(sourceEvents > 3);
        QCOMPARE(copied->integer(u"SELECT count(*) FROM audit_events"_s).value(), sourceEvents + 1);
        const QString sourceLastEvent
            = u"id <= %1"_s.arg(source.db().integer(u"SELECT max(id) FROM audit_events"_s).value());
        for (const QString& table : DatabaseCopy::tables()) {
            if (table == u"audit_events")
                QCOMPARE(rowsOf(*copied, table, sourceLastEvent), rowsOf(source.db(), table));
            else if (table != u"audit_head") // the head moved on to the new event
                QCOMPARE(rowsOf(*copied, table), rowsOf(source.db(), table));
        }
        const QList<AuditEvent> copies = eventsOf(*copied, AuditAction::DatabaseCopied);
        QCOMPARE(copies.size(), 1);
        const AuditEvent& event = copies.first();
        QCOMPARE(event.id, copied->integer(u"SELECT max(id) FROM audit_events"_s).value());
        QCOMPARE(event.operatorName, u"ada"_s);
        QCOMPARE(event.target, source.location().displayName());
        QCOMPARE(event.details[u"from"_s].toString(), source.location().displayName());
        const QJsonObject rows = event.details[u"rows"_s].toObject();
        QCOMPARE(rows[u"clients"_s].toInteger(), 40);
        QCOMPARE(rows[u"operators"_s].toInteger(), 1);
        QCOMPARE(rows[u"audit_events"_s].toInteger(), sourceEvents);
        // The source is as it was: no trace of a read-only sign-in.
        QVERIFY(eventsOf(source.db(), AuditAction::DatabaseCopied).isEmpty());
        QCOMPARE(source.db().integer(u"SELECT count(*) FROM audit_events"_s).value(), sourceEvents);

        // The copy is a working database: signed in with the same password, it verifies and grows.
        const test::CliRun verify = asAda(target, {u"audit"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        const test::CliRun more = asAda(target, {u"demo"_s, u"--clients"_s, u"5"_s});
        QVERIFY2(more.exitCode == 0, qPrintable(more.err));
        QCOMPARE(ClientRepository(*copied).search({}, 0, 1000).value().size(), 45);
        QCOMPARE(asAda(target, {u"audit"_s, u"verify"_s}).exitCode, 0);

        // Once it has rows it is refused as a target, and stays as it was.
        const qint64 events = copied->integer(u"SELECT count(*) FROM audit_events"_s).value();
        const test::CliRun again = copyAs(u"ada"_s, source.path(), target);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"is not empty"_s), qPrintable(again.err));
        QCOMPARE(copied->integer(u"SELECT count(*) FROM audit_events"_s).value(), events);
    }

private slots:
    void sqliteFileToSqliteFile()
    {
        BACKOFFICE_SQLITE_ONLY("the pg/ run copies between SQLite and PostgreSQL instead");
        const test::TestDatabase source {test::TestDatabase::Use::WithCli};
        copyAndCheck(source, source.dir() + u"/copy.sqlite"_s);
    }

    void sqliteFileToPostgreSql()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("copies to the PostgreSQL test server: runs as pg/cli/tst_cli_db_copy");
        const test::TestDatabase source {test::TestDatabase::Use::WithCli, test::TestDatabase::Backend::Sqlite};
        copyAndCheck(source, test::TestDatabase::createEmptyPostgreSqlDatabase());
    }

    void postgreSqlToSqliteFile()
    {
        if (!test::TestDatabase::onPostgreSql())
            QSKIP("copies from the PostgreSQL test server: runs as pg/cli/tst_cli_db_copy");
        const test::TestDatabase source {test::TestDatabase::Use::WithCli};
        copyAndCheck(source, source.dir() + u"/backup.sqlite"_s);
    }

    void onlyAnAdministratorOfTheSourceCopies()
    {
        const test::TestDatabase source {test::TestDatabase::Use::WithCli};
        fill(source);
        const Actor ada {u"ada"_s, Role::Admin};
        const AuditLog audit(source.db());
        const PasswordHasher hasher;
        QVERIFY(OperatorService(source.db(), audit, hasher).add(ada, {u"sam"_s, u"Sam"_s, Role::Support, password}));
        const QString target = source.dir() + u"/copy.sqlite"_s;

        const test::CliRun bySupport = copyAs(u"sam"_s, source.path(), target);
        QCOMPARE(bySupport.exitCode, 2);
        QVERIFY2(bySupport.err.contains(u"copy the whole database"_s), qPrintable(bySupport.err));
        QVERIFY2(!QFile::exists(target), "nothing is created for a refused copy");
        const QList<AuditEvent> refusals = eventsOf(source.db(), AuditAction::PermissionRefused);
        QVERIFY(!refusals.isEmpty());
        QCOMPARE(refusals.first().operatorName, u"sam"_s);
        QCOMPARE(refusals.first().details[u"permission"_s].toString(), u"copy-database"_s);

        // Without signing in, a database with operator accounts is not copied either.
        const test::CliRun anonymous
            = test::runCli({u"db"_s, u"copy"_s, u"--from"_s, source.path(), u"--to"_s, target});
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY2(anonymous.err.contains(u"--operator"_s), qPrintable(anonymous.err));
        const test::CliRun wrongPassword = test::runCli(
            {u"--operator"_s, u"ada"_s, u"db"_s, u"copy"_s, u"--from"_s, source.path(), u"--to"_s, target}, {},
            u"not the password"_s);
        QCOMPARE(wrongPassword.exitCode, 2);
        QVERIFY(!QFile::exists(target));
        QVERIFY(AuditLog(source.db()).verify().value().intact());
    }

    void theSameDatabaseIsRefused()
    {
        const test::TestDatabase source;
        const test::CliRun copy
            = test::runCli({u"db"_s, u"copy"_s, u"--from"_s, source.path(), u"--to"_s, source.path()});
        QCOMPARE(copy.exitCode, 2);
    }

    void dbTakesFromAndToNotDb()
    {
        const test::TestDatabase source;
        const test::CliRun copy = test::runCli({u"--db"_s, source.path(), u"db"_s, u"copy"_s, u"--from"_s,
                                                source.path(), u"--to"_s, source.dir() + u"/copy.sqlite"_s});
        QCOMPARE(copy.exitCode, 2);
        QVERIFY2(copy.err.contains(u"not --db"_s), qPrintable(copy.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDbCopy)
#include "tst_cli_db_copy.moc"
