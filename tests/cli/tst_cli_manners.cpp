// SPDX-License-Identifier: GPL-3.0-or-later
// How backoffice-cli behaves as a command-line tool, on the real executable: quiet on success (the
// modules' log lines only with --verbose or QT_LOGGING_RULES), each error one line on stderr, and a
// command that only reads needs neither D-Bus nor the keychain, signed in or not.
#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

/// The environment of a desk without a session bus: no keychain can be reached.
QProcessEnvironment withoutSessionBus()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    return environment;
}

QProcessEnvironment withoutLoggingRules()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_LOGGING_RULES"_s);
    return environment;
}
} // namespace

class TestCliManners : public QObject
{
    Q_OBJECT

private slots:
    void readsNeedNoKeychainWhileTheOperatorSignsIn()
    {
        test::TestDatabase database {test::TestDatabase::Use::WithCli};
        database.addClient(test::makeClient(101, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        const AuditLog audit(database.db());
        const PasswordHasher hasher;
        const OperatorService operators(database.db(), audit, hasher);
        QVERIFY(operators.createFirstAdministrator({u"ada"_s, u"Ada"_s, Role::Admin, password}).ok());
        const qint64 eventsBefore = audit.count({}).value();
        const QStringList signedIn {u"--db"_s, database.path(), u"--operator"_s, u"ada"_s};
        const test::CliInput withPassword {{}, password, false};

        const QList<QStringList> reads {
            {u"clients"_s, u"show"_s, u"101"_s, u"--json"_s},
            {u"clients"_s, u"search"_s, u"Lovelace"_s},
            {u"audit"_s, u"list"_s},
            {u"operators"_s, u"list"_s},
        };
        for (const QStringList& read : reads) {
            const test::CliRun run = test::runCliProcess(signedIn + read, withPassword, withoutSessionBus());
            QVERIFY2(run.exitCode == 0, qPrintable(read.join(u' ') + u": "_s + run.err));
            QVERIFY2(!run.out.isEmpty(), qPrintable(read.join(u' ')));
        }
        QCOMPARE(audit.count({}).value(), eventsBefore); // reads leave no record

        // A change is recorded, so without the keychain it is refused before anything happens...
        const test::CliRun change
            = test::runCliProcess(signedIn
                                      + QStringList {u"clients"_s, u"disable-2fa"_s, u"101"_s, u"--reason"_s, u"x"_s,
                                                     u"--client-requested"_s},
                                  withPassword, withoutSessionBus());
        QCOMPARE(change.exitCode, 2);
        QVERIFY2(change.err.contains(u"keychain is unavailable"_s), qPrintable(change.err));
        // ... and so is a wrong password, which could not be recorded either.
        const test::CliRun guess
            = test::runCliProcess(signedIn + reads.first(), {{}, u"wrong password"_s, false}, withoutSessionBus());
        QVERIFY(guess.exitCode != 0);
        QVERIFY(guess.out.isEmpty());
        QVERIFY2(guess.err.contains(u"keychain is unavailable"_s), qPrintable(guess.err));
        QCOMPARE(audit.count({}).value(), eventsBefore);

        // With the keychain the wrong password is on the record, though the command only reads.
        const test::CliRun recorded = test::runCli(signedIn + reads.first(), {{}, u"wrong password"_s, false});
        QCOMPARE(recorded.exitCode, 2);
        AuditFilter failures;
        failures.action = QString::fromLatin1(AuditAction::SignInFailed);
        QCOMPARE(audit.count(failures).value(), 1);
    }

    void aCommandMapsOnlyTheLibrariesItNeeds()
    {
        // The dynamic loader names every library it maps (LD_DEBUG=files). QtKeychain (with QtDBus),
        // libphonenumber (with protobuf) and QtNetwork (with libproxy and brotli) are modules loaded on first use: a
        // read that needs no secret, looks at no phone number and calls no server maps none of them, and
        // starts that much faster.
        test::TestDatabase database {test::TestDatabase::Use::WithCli};
        database.addClient(test::makeClient(101, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms));
        QProcessEnvironment traced = QProcessEnvironment::systemEnvironment();
        traced.insert(u"LD_DEBUG"_s, u"files"_s);
        const QStringList show {u"--db"_s, database.path(), u"clients"_s, u"show"_s, u"101"_s};

        const test::CliRun json = test::runCliProcess(show + QStringList {u"--json"_s}, {}, traced);
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.contains(u"file=libQt6Core.so.6"_s), "the loader traced nothing");
        for (const QString& library :
             {u"libqt6keychain"_s, u"libQt6DBus"_s, u"libphonenumber"_s, u"libprotobuf"_s, u"libQt6Network"_s})
            QVERIFY2(!json.err.contains(library), qPrintable(library));

        // As text, the number is checked against the numbering plan: the phone-number module loads, and
        // still no keychain.
        const test::CliRun text = test::runCliProcess(show, {}, traced);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains(u"libbackoffice_phonenumbers.so"_s), qPrintable(text.err.right(2000)));
        QVERIFY(text.err.contains(u"libphonenumber"_s));
        QVERIFY(!text.err.contains(u"libqt6keychain"_s));

        // Provider commands call servers: the network module loads.
        const test::CliRun providers
            = test::runCliProcess({u"--db"_s, database.path(), u"providers"_s, u"list"_s}, {}, traced);
        QCOMPARE(providers.exitCode, 0);
        QVERIFY2(providers.err.contains(u"libbackoffice_network.so"_s), qPrintable(providers.err.right(2000)));
        QVERIFY(providers.err.contains(u"libQt6Network"_s));

        // A wrong password goes on the record, sealed with the audit key: the keychain module loads.
        const AuditLog audit(database.db());
        const PasswordHasher hasher;
        const OperatorService operators(database.db(), audit, hasher);
        QVERIFY(operators.createFirstAdministrator({u"ada"_s, u"Ada"_s, Role::Admin, password}).ok());
        const test::CliRun guess
            = test::runCliProcess(QStringList {u"--operator"_s, u"ada"_s} + show + QStringList {u"--json"_s},
                                  {{}, u"wrong"_s, false}, traced);
        QCOMPARE(guess.exitCode, 2);
        QVERIFY2(guess.err.contains(u"libbackoffice_keychain.so"_s), qPrintable(guess.err.right(2000)));
        QVERIFY(guess.err.contains(u"libqt6keychain"_s));
    }

    void quietOnSuccessUnlessAsked()
    {
        QTemporaryDir dir;
        // A new database: opening it applies every migration, which the storage module logs.
        const QStringList search {u"--db"_s, dir.filePath(u"new.sqlite"_s), u"clients"_s, u"search"_s, u"x"_s};
        const test::CliRun quiet = test::runCliProcess(search, {}, withoutLoggingRules());
        QCOMPARE(quiet.exitCode, 1); // nothing found
        QCOMPARE(quiet.err, QString());

        QTemporaryDir another;
        const test::CliRun verbose = test::runCliProcess(
            {u"--verbose"_s, u"--db"_s, another.filePath(u"new.sqlite"_s), u"clients"_s, u"search"_s, u"x"_s}, {},
            withoutLoggingRules());
        QVERIFY2(verbose.err.contains(u"backoffice.storage: "_s), qPrintable(verbose.err));

        QProcessEnvironment rules = withoutLoggingRules();
        rules.insert(u"QT_LOGGING_RULES"_s, u"backoffice.storage.info=true"_s);
        QTemporaryDir other;
        const test::CliRun asked = test::runCliProcess(
            {u"--db"_s, other.filePath(u"new.sqlite"_s), u"clients"_s, u"search"_s, u"x"_s}, {}, rules);
        QVERIFY2(asked.err.contains(u"backoffice.storage: "_s), qPrintable(asked.err));
    }

    void anErrorIsOneLineOnStandardError()
    {
        test::TestDatabase database {test::TestDatabase::Use::WithCli};
        const test::CliRun run = test::runCliProcess({u"--db"_s, database.path(), u"clients"_s, u"show"_s, u"999"_s},
                                                     {}, withoutLoggingRules());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, u"backoffice-cli: client 999 not found\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliManners)
#include "tst_cli_manners.moc"
