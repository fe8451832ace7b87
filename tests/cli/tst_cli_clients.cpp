// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients ...` and `demo` run in process on a real database, exit
// statuses 0 / 1 / 2, errors on stderr naming the bad input, and nothing changed on bad input.
#include "core/clients/ClientRepository.h"
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
using Run = test::CliRun;

const QString header = u"id,first_name,last_name,email,phone,country,twofa_method,totp_secret,totp_digits,"
                       u"totp_period,totp_algorithm\n"_s;
} // namespace

class TestCliClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;

    Run cli(const QStringList& arguments) { return test::runCli(QStringList {u"--db"_s, m_db->path()} + arguments); }

    QString writeFile(const QString& name, const QString& text) { return writeBytes(name, text.toUtf8()); }

    /// `clients import` of a CSV file of the header and `rows`, written as `name` in the test's folder.
    Run importRows(const QString& name, const QString& rows)
    {
        return cli({u"clients"_s, u"import"_s, writeFile(name, header + rows)});
    }

    QString writeBytes(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_db->dir() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    qint64 clientCount() { return m_db->db().scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong(); }

    static bool hasRawUnsafeCharacter(const QString& text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
                || (u >= 0x2066 && u <= 0x2069);
        });
    }

    TwoFactorMethod methodOf(qint64 id) { return ClientRepository(m_db->db()).find(id).value().method; }
    qint64 auditCount() { return m_db->db().scalar(u"SELECT count(*) FROM audit_events"_s).value().toLongLong(); }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>(test::TestDatabase::Use::WithCli);
        // The data key exists before any sealed secret, as after a real first start.
        KeychainSecretStore secrets;
        auto key = DataKeyService(m_db->db(), secrets).loadOrCreateBlocking();
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().toString()));
        m_db->addClient(test::makeClient(101, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        m_db->addClient(test::makeClient(102, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        m_db->addClient(test::makeClient(103, u"Grace"_s, u"Hopper"_s));
    }

    void searchFindsByPartialEmailAsJson()
    {
        const Run run = cli({u"clients"_s, u"search"_s, u"turing@exa"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(u"id"_s).toInteger(), 102);
        QCOMPARE(found.first().toObject().value(u"twofa"_s).toObject().value(u"method"_s).toString(), u"sms"_s);
    }

    void searchFiltersByMethodAndLimits()
    {
        Run run = cli({u"clients"_s, u"search"_s, QString(), u"--method"_s, u"none"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u'\n'), 1);
        QVERIFY(run.out.startsWith(u"103\t"_s));
        run = cli({u"clients"_s, u"search"_s, QString(), u"--limit"_s, u"2"_s});
        QCOMPARE(run.out.count(u'\n'), 2);
    }

    void searchWithoutMatchesExitsOne()
    {
        const Run run = cli({u"clients"_s, u"search"_s, u"nobody-like-this"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
    }

    void refusedCommandsExitWithTheirCodeAndSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode"); // 1: nothing to act on, 2: a usage error
        QTest::addColumn<QString>("named");
        QTest::newRow("search: unknown method")
            << QStringList {u"clients"_s, u"search"_s, u"x"_s, u"--method"_s, u"email"_s} << 2 << u"--method 'email'"_s;
        QTest::newRow("search: limit not a number")
            << QStringList {u"clients"_s, u"search"_s, u"x"_s, u"--limit"_s, u"many"_s} << 2 << u"--limit 'many'"_s;
        QTest::newRow("search: limit zero")
            << QStringList {u"clients"_s, u"search"_s, u"x"_s, u"--limit"_s, u"0"_s} << 2 << u"--limit '0'"_s;
        QTest::newRow("search: unknown option")
            << QStringList {u"clients"_s, u"search"_s, u"x"_s, u"--fast"_s} << 2 << u"fast"_s;
        QTest::newRow("unknown client to show")
            << QStringList {u"clients"_s, u"show"_s, u"999"_s} << 1 << u"client 999 not found"_s;
        QTest::newRow("id not a number") << QStringList {u"clients"_s, u"show"_s, u"abc"_s} << 2 << u"'abc'"_s;
        QTest::newRow("unknown client to disable")
            << QStringList {u"clients"_s, u"disable-2fa"_s, u"999"_s, u"--reason"_s, u"x"_s, u"--client-requested"_s}
            << 1 << u"999"_s;
        QTest::newRow("missing import file") << QStringList {u"clients"_s, u"import"_s, u"/nonexistent/clients.csv"_s}
                                             << 2 << u"/nonexistent/clients.csv"_s;
        QTest::newRow("unknown subcommand") << QStringList {u"clients"_s, u"delete"_s, u"1"_s} << 2 << u"'delete'"_s;
    }

    void refusedCommandsExitWithTheirCodeAndSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void showPrintsTheClientAsJson()
    {
        const Run run = cli({u"clients"_s, u"show"_s, u"101"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject client = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(client.value(u"id"_s).toInteger(), 101);
        QCOMPARE(client.value(u"first_name"_s).toString(), u"Ada"_s);
        QCOMPARE(client.value(u"last_name"_s).toString(), u"Lovelace"_s);
        QCOMPARE(client.value(u"email"_s).toString(), u"ada.lovelace@example.com"_s);
        QVERIFY(client.value(u"phone"_s).toString().startsWith(u"+44"_s));
        QCOMPARE(client.value(u"country"_s).toString(), u"GB"_s);
        const QJsonObject twofa = client.value(u"twofa"_s).toObject();
        QCOMPARE(twofa.value(u"method"_s).toString(), u"authenticator"_s);
        QCOMPARE(twofa.value(u"enabled_at"_s).toString(), u"2025-03-04T09:30:00Z"_s);
        QVERIFY(!run.out.contains(u"sealed"_s));
    }

    void showTextSaysNoneIsTurnedOnByTheClient()
    {
        const Run run = cli({u"clients"_s, u"show"_s, u"103"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Security section of the client UI"_s));
    }

    void disableWithoutAVerifiedCodeIsRefusedAndRecorded()
    {
        // The full way (verify-identity, the code read back, the notice) is in tst_cli_verification.
        const Run run = cli(
            {u"clients"_s, u"disable-2fa"_s, u"102"_s, u"--reason"_s, u"SUP-7 lost SIM"_s, u"--client-requested"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"verify-identity"_s), qPrintable(run.err));
        QCOMPARE(methodOf(102), TwoFactorMethod::Sms);
        QCOMPARE(m_db->db()
                     .scalar(u"SELECT reason FROM audit_events WHERE action = 'client.2fa.disable.refused'"_s)
                     .value()
                     .toString(),
                 u"SUP-7 lost SIM"_s);
    }

    void disableWithoutConsentOrReasonChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no --client-requested")
            << QStringList {u"101"_s, u"--reason"_s, u"SUP-1"_s} << u"--client-requested"_s;
        QTest::newRow("no --reason") << QStringList {u"101"_s, u"--client-requested"_s} << u"--reason"_s;
        QTest::newRow("blank --reason") << QStringList {u"101"_s, u"--reason"_s, u"  "_s, u"--client-requested"_s}
                                        << u"--reason"_s;
        QTest::newRow("no id") << QStringList {u"--reason"_s, u"x"_s, u"--client-requested"_s} << u"client ID"_s;
        QTest::newRow("bad id") << QStringList {u"x1"_s, u"--reason"_s, u"x"_s, u"--client-requested"_s} << u"'x1'"_s;
    }

    void disableWithoutConsentOrReasonChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = cli(QStringList {u"clients"_s, u"disable-2fa"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(methodOf(101), TwoFactorMethod::Authenticator);
        QCOMPARE(auditCount(), 0);
    }

    void disableWhenNothingIsOnExitsOne()
    {
        const Run run = cli({u"clients"_s, u"disable-2fa"_s, u"103"_s, u"--reason"_s, u"x"_s, u"--client-requested"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(auditCount(), 0);
    }

    void importAddsValidClients()
    {
        const Run run = importRows(u"ok.csv"_s,
                                   u"7,Edsger,Dijkstra,ewd@example.nl,+31612345678,NL,sms,,,,\n"
                                   u"8,Barbara,Liskov,bl@example.com,,US,authenticator,"
                                   u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP,,,\n"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"Imported 2 clients"_s));
        QCOMPARE(methodOf(7), TwoFactorMethod::Sms);
        QCOMPARE(methodOf(8), TwoFactorMethod::Authenticator);
    }

    void importWithABadRowImportsNothingAndNamesTheProblem()
    {
        const Run run = importRows(u"bad.csv"_s,
                                   u"7,Edsger,Dijkstra,ewd@example.nl,+31612345678,NL,sms,,,,\n"
                                   u"8,Barbara,Liskov,not-an-email,,US,none,,,,\n"
                                   u"101,Dup,Licate,d@example.com,,GB,none,,,,\n"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"line 3: email: not an e-mail address"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"line 4: id: a client with this id already exists"_s), qPrintable(run.err));
        QCOMPARE(ClientRepository(m_db->db()).exists(7).value(), false);
        QCOMPARE(auditCount(), 0);
    }

    void importRefusesHostileFilesNamingLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("named");
        const QByteArray h = header.toUtf8();
        QTest::newRow("ESC in a name") << h + "7,Ed\x1b[2Jsger,Dijkstra,ewd@example.nl,,NL,none,,,,\n"
                                       << u"line 2: first_name: control character U+001B at character 3"_s;
        QTest::newRow("invalid UTF-8") << h
                + "7,Edsger,Dijkstra,ewd@example.nl,,NL,none,,,,\n8,B\xe4rbel,L,bl@ex.com,,DE,none,,,,\n"
                                       << u"line 3: first_name: not valid UTF-8 (byte 0xE4 at character 2)"_s;
        QTest::newRow("bare CR line endings")
            << QByteArray(h + "7,Edsger,Dijkstra,ewd@example.nl,,NL,none,,,,\n").replace('\n', '\r')
            << u"line 1: bare CR line endings"_s;
        QTest::newRow("17-character secret")
            << h + "7,Edsger,Dijkstra,ewd@example.nl,,NL,authenticator,JBSWY3DPEHPK3PXPA,,,\n"
            << u"line 2: totp_secret: too short: at least 128 bits"_s;
        QTest::newRow("id 2^63-1") << h + "9223372036854775807,Edsger,Dijkstra,ewd@example.nl,,NL,none,,,,\n"
                                   << u"line 2: id: must be between 1 and 9007199254740992"_s;
        QTest::newRow("10 MB first name")
            << h + "7," + QByteArray(10 * 1024 * 1024, 'x') + ",Dijkstra,ewd@example.nl,,NL,none,,,,\n"
            << u"line 2: first_name: longer than 100 characters"_s;
    }

    void importRefusesHostileFilesNamingLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, named);
        const Run run = cli({u"clients"_s, u"import"_s, writeBytes(u"hostile.csv"_s, csv)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
        QVERIFY(!hasRawUnsafeCharacter(run.err));
        QCOMPARE(clientCount(), 3);
        QCOMPARE(auditCount(), 0);
    }

    void showAndSearchEscapeControlCharactersStoredInTheDatabase()
    {
        // Written past the importer, as an older version or a hand-edited database could have.
        const QString name = u"Gr\x1b]0;owned\x07\x1b[2Jace"_s;
        const QString email = u"grace\u009b31m@example.com"_s;
        const QString last = u"\u202eHopper"_s;
        QVERIFY(m_db->db().exec(u"UPDATE clients SET first_name = ?, last_name = ?, email = ? WHERE id = 103"_s,
                                {name, last, email}));
        Run run = cli({u"clients"_s, u"show"_s, u"103"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Gr\\u001b]0;owned\\u0007\\u001b[2Jace \\u202eHopper"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"grace\\u009b31m@example.com"_s), qPrintable(run.out));
        QVERIFY(!hasRawUnsafeCharacter(run.out));

        run = cli({u"clients"_s, u"search"_s, u"owned"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"\\u001b"_s), qPrintable(run.out));
        QVERIFY(!hasRawUnsafeCharacter(run.out));

        // JSON: escaped on the wire, the stored text again once parsed.
        run = cli({u"clients"_s, u"show"_s, u"103"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!hasRawUnsafeCharacter(run.out));
        const QJsonObject client = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(client.value(u"first_name"_s).toString(), name);
        QCOMPARE(client.value(u"last_name"_s).toString(), last);
        QCOMPARE(client.value(u"email"_s).toString(), email);
    }

    void importKeepsNumbersTheNumberingPlanDoesNotKnowAndSaysSo()
    {
        Run run = importRows(u"new-range.csv"_s, u"7,Edsger,Dijkstra,ewd@example.nl,+444012345678,GB,sms,,,,\n"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"line 2: phone: +444012345678 is not a valid number for GB according to the "
                                  u"numbering plan; imported anyway"_s),
                 qPrintable(run.err));
        QCOMPARE(methodOf(7), TwoFactorMethod::Sms);
        run = cli({u"clients"_s, u"show"_s, u"7"_s});
        QVERIFY2(run.out.contains(u"not a valid number for GB according to the numbering plan"_s), qPrintable(run.out));
    }

    void demoCreatesClients()
    {
        const Run run = cli({u"demo"_s, u"--clients"_s, u"250"_s, u"--seed"_s, u"3"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(u"created 250 of 250"_s));
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 253);
    }

    void demoRefusesToPassTheLargestId()
    {
        // The largest id an import accepts; before, ids went on to 2^63-1 and the demo overflowed.
        QCOMPARE(importRows(u"max.csv"_s, u"9007199254740992,Max,Id,max@example.com,,GB,none,,,,\n"_s).exitCode, 0);
        const Run run = cli({u"demo"_s, u"--clients"_s, u"5"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"9007199254740992"_s), qPrintable(run.err));
        QCOMPARE(clientCount(), 4);
        QCOMPARE(m_db->db().scalar(u"SELECT min(id) FROM clients"_s).value().toLongLong(), 101);
    }

    void demoNeedsAValidCount_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no --clients") << QStringList {} << u"--clients"_s;
        QTest::newRow("not a number") << QStringList {u"--clients"_s, u"lots"_s} << u"'lots'"_s;
        QTest::newRow("zero") << QStringList {u"--clients"_s, u"0"_s} << u"'0'"_s;
        QTest::newRow("bad seed") << QStringList {u"--clients"_s, u"5"_s, u"--seed"_s, u"x"_s} << u"--seed 'x'"_s;
    }

    void demoNeedsAValidCount()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = cli(QStringList {u"demo"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(m_db->db().scalar(u"SELECT count(*) FROM clients"_s).value().toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliClients)
#include "tst_cli_clients.moc"
