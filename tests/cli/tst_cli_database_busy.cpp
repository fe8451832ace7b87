// SPDX-License-Identifier: GPL-3.0-or-later
// While another program holds the SQLite write lock (a long import), a command that must write (a
// viewer's search reserves its sign-in attempt) says what it is waiting for, keeps waiting, and if it
// gives up names the cause in words, never the driver's "database is locked".
#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

struct Fixture
{
    test::TestDatabase database {test::TestDatabase::Use::WithCli};

    Fixture()
    {
        const AuditLog audit(database.db());
        const PasswordHasher hasher;
        const OperatorService operators(database.db(), audit, hasher);
        if (!operators.createFirstAdministrator({u"ada"_s, u"Ada"_s, Role::Admin, password}))
            qFatal("cannot create the administrator");
        if (!operators.add({u"ada"_s, Role::Admin}, {u"vic"_s, u"Vic"_s, Role::Viewer, password}))
            qFatal("cannot add the viewer");
    }

    /// Another program's connection that holds the write lock until release(): it begins a write
    /// transaction as Database::writeTransaction does, on either backend.
    struct Writer
    {
        std::shared_ptr<Database> database;
        explicit Writer(const QString& path) : database(Database::open(DatabaseLocation::parse(path).value()).value())
        {
            for (const QString& statement : database->dialect().beginWriteTransaction()) {
                if (!QSqlQuery(database->connection()).exec(statement))
                    qFatal("cannot take the write lock");
            }
        }
        void release() const { QSqlQuery(database->connection()).exec(u"COMMIT"_s); }
        ~Writer() { release(); }
    };

    void startSearch(QProcess& process, const QStringList& globalOptions) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"BACKOFFICE_PASSWORD"_s, password);
        process.setProcessEnvironment(environment);
        process.start(backoffice::test::cliPath(),
                      QStringList {u"--db"_s, database.path(), u"--operator"_s, u"vic"_s} + globalOptions
                          + QStringList {u"clients"_s, u"search"_s, u"smith"_s});
    }
};
} // namespace

class TestCliDatabaseBusy : public QObject
{
    Q_OBJECT

private slots:
    void aCommandGivesUpAfterItsWaitAndSaysWhyInWords()
    {
        Fixture f;
        const Fixture::Writer writer(f.database.path());
        QProcess process;
        QElapsedTimer elapsed;
        elapsed.start();
        f.startSearch(process, {u"--wait"_s, u"2"_s});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode() == 0, false);
        QVERIFY2(err.contains(u"waiting for the database: another program is writing to it"_s), qPrintable(err));
        QVERIFY2(err.contains(u"another program has been writing to the database for 2 s"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"database is locked"_s), qPrintable(err));
        QVERIFY(elapsed.elapsed() >= 2000);
    }

    void aCommandKeepsWaitingAndGoesOnOnceTheLockIsReleased()
    {
        Fixture f;
        const Fixture::Writer writer(f.database.path());
        QProcess process;
        QString err;
        connect(&process, &QProcess::readyReadStandardError, this,
                [&] { err += QString::fromUtf8(process.readAllStandardError()); });
        f.startSearch(process, {});
        // Released as soon as the command says it waits: well before its 60 s are up.
        QTRY_VERIFY_WITH_TIMEOUT(err.contains(u"waiting for the database"_s), 30000);
        writer.release();
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0 || process.exitCode() == 1, qPrintable(err)); // 1: no client found
        QVERIFY2(!err.contains(u"database is locked"_s), qPrintable(err));
        // Signed in once and it worked: no failure on the record, and (a search only reads) no success either.
        AuditFilter signedIn;
        signedIn.action = QString::fromLatin1(AuditAction::SignedIn);
        signedIn.operatorName = u"vic"_s;
        QCOMPARE(AuditLog(f.database.db()).count(signedIn).value(), 0);
        AuditFilter failed = signedIn;
        failed.action = QString::fromLatin1(AuditAction::SignInFailed);
        QCOMPARE(AuditLog(f.database.db()).count(failed).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDatabaseBusy)
#include "tst_cli_database_busy.moc"
