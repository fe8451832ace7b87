// SPDX-License-Identifier: GPL-3.0-or-later
// --help is answered by the parser and nothing else happens: no command runs, no file is written, no
// database is opened, created or migrated, whatever else is on the command line. After `--` words
// are arguments, and every command that touches data signs in first.
#include "core/audit/AuditLog.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestTeam.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
using Run = test::CliRun;

/// Runs in `workingDirectory`, where nothing may appear; no standard input (a password prompt
/// would read nothing).
Run runCli(const QString& workingDirectory, const QStringList& arguments)
{
    const QString before = QDir::currentPath();
    QDir::setCurrent(workingDirectory);
    const Run run = test::runCli(arguments);
    QDir::setCurrent(before);
    return run;
}
} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void helpTouchesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QList<QStringList> commands {
            {u"--help"_s},
            {u"clients"_s, u"--help"_s},
            {u"clients"_s, u"search"_s, u"--help"_s},
            {u"clients"_s, u"search"_s, u"smith"_s, u"-h"_s},
            {u"clients"_s, u"show"_s, u"1"_s, u"--help"_s},
            {u"clients"_s, u"import"_s, u"clients.csv"_s, u"--help"_s},
            {u"clients"_s, u"disable-2fa"_s, u"1"_s, u"--reason"_s, u"--help"_s},
            {u"demo"_s, u"--clients"_s, u"10"_s, u"--help"_s},
            {u"audit"_s, u"list"_s, u"--help"_s},
            {u"audit"_s, u"verify"_s, u"--help"_s},
            {u"audit"_s, u"export"_s, u"--csv"_s, u"--help"_s},
            {u"totp"_s, u"--help"_s},
            {u"totp"_s, u"check"_s, u"1"_s, u"123456"_s, u"--help"_s},
            {u"keys"_s, u"--help"_s},
            {u"keys"_s, u"export"_s, u"--help"_s},
            {u"keys"_s, u"import"_s, u"--help"_s},
            {u"providers"_s, u"--help"_s},
            {u"providers"_s, u"list"_s, u"--help"_s},
            {u"providers"_s, u"balance"_s, u"1"_s, u"--help"_s},
            {u"operators"_s, u"list"_s, u"--help"_s},
            {u"operators"_s, u"add"_s, u"bob"_s, u"--help"_s},
            {u"sms"_s, u"--help"_s},
            {u"sms"_s, u"failures"_s, u"--help"_s},
            {u"diagnose"_s, u"1"_s, u"--help"_s},
        };
        for (const QStringList& command : commands)
            QTest::newRow(qPrintable(command.join(u' '))) << command;
    }

    void helpTouchesNothing()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"never.sqlite"_s);
        const Run run = runCli(dir.path(), QStringList {u"--db"_s, path} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"sage"_s), qPrintable(run.out)); // "Usage"/"usage"
        QVERIFY2(!QFile::exists(path), "the database was created");
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void theExecutableAnswersHelpAndNamesEveryCommand()
    {
        const Run run = test::runCliProcess({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString& command : {u"clients"_s, u"demo"_s, u"audit"_s, u"totp"_s, u"keys"_s, u"providers"_s,
                                       u"operators"_s, u"sms"_s, u"diagnose"_s})
            QVERIFY2(run.out.contains(u"  "_s + command), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void helpOnADatabaseWithOperatorsNeitherSignsInNorWrites()
    {
        const test::TestTeam team(QStringList {}); // the administrator ada only
        const test::TestDatabase& database = team.database;
        const AuditLog audit(database.db());
        const qint64 eventsBefore = audit.count({}).value();
        QTemporaryDir dir;
        const Run run
            = runCli(dir.path(), {u"--db"_s, database.path(), u"audit"_s, u"export"_s, u"--csv"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QFile::exists(dir.filePath(u"--help"_s)));
        QCOMPARE(audit.count({}).value(), eventsBefore);
        QVERIFY2(!run.err.contains(u"Password"_s), qPrintable(run.err));
    }

    void afterTheSeparatorHelpIsAnArgumentAndTheCommandSignsInFirst()
    {
        const test::TestTeam team(QStringList {}); // the administrator ada only
        const test::TestDatabase& database = team.database;
        QTemporaryDir dir;
        const Run unsigned_
            = runCli(dir.path(), {u"--db"_s, database.path(), u"clients"_s, u"search"_s, u"--"_s, u"--help"_s});
        QCOMPARE(unsigned_.exitCode, 2);
        QVERIFY2(unsigned_.err.contains(u"--operator"_s), qPrintable(unsigned_.err));
        QVERIFY(!unsigned_.out.contains(u"sage"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
