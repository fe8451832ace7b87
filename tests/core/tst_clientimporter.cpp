// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import: RFC 4180 parsing, every bad input reported as `line N: column: reason`, nothing imported
// when any row is bad, secrets sealed on the way in, one audit event.
#include "ManualClock.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "clients/ClientImporter.h"
#include "clients/ClientRepository.h"
#include "clients/CsvReader.h"
#include "secrets/SecretCipher.h"

#include <QFile>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString header = u"id,first_name,last_name,email,phone,country,twofa_method,totp_secret,totp_digits,"
                       u"totp_period,totp_algorithm\n"_s;
const QString goodRow = u"1,Ada,Lovelace,ada@example.com,+447400123456,GB,none,,,,\n"_s;
const QString secret = u"JBSWY3DPEHPK3PXP"_s; // 80 bits

SecretCipher testCipher()
{
    return SecretCipher::fromKey(QByteArray(32, '\x2a')).value();
}
} // namespace

class TestClientImporter : public QObject
{
    Q_OBJECT

private:
    const Actor m_admin {u"root"_s, Role::Admin};

    static qint64 clientCount(const Database& db)
    {
        return db.scalar(u"SELECT count(*) FROM clients"_s).value().toLongLong();
    }

private slots:
    void csvReaderFollowsRfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("LF") << u"a,b\nc,d\n"_s << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                            << QList<int> {1, 2};
        QTest::newRow("CRLF, no final break")
            << u"a,b\r\nc,d"_s << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int> {1, 2};
        QTest::newRow("quoted comma and doubled quote")
            << u"\"x, y\",\"say \"\"hi\"\"\"\n"_s << QList<QStringList> {{u"x, y"_s, u"say \"hi\""_s}}
            << QList<int> {1};
        QTest::newRow("embedded newline keeps line numbers")
            << u"\"a\nb\",c\r\nd,e\n"_s << QList<QStringList> {{u"a\nb"_s, u"c"_s}, {u"d"_s, u"e"_s}}
            << QList<int> {1, 3};
        QTest::newRow("empty fields") << u",,\n"_s << QList<QStringList> {{QString(), QString(), QString()}}
                                      << QList<int> {1};
        QTest::newRow("blank lines skipped")
            << u"a\n\nb\n"_s << QList<QStringList> {{u"a"_s}, {u"b"_s}} << QList<int> {1, 3};
    }

    void csvReaderFollowsRfc4180()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        const CsvReader::Parsed parsed = CsvReader::parse(text);
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.records.size(), records.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(parsed.records.at(i).fields, records.at(i));
            QCOMPARE(parsed.records.at(i).line, lines.at(i));
        }
    }

    void validFileIsImportedWithSealedSecretsAndOneAuditEvent()
    {
        test::TestDatabase db;
        test::ManualClock clock;
        const AuditLog audit(db.db(), clock);
        const SecretCipher cipher = testCipher();
        QFile file(QStringLiteral(BACKOFFICE_TEST_DATA_DIR "/clients_valid.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto outcome = ClientImporter(db.db(), audit, cipher, clock).import(m_admin, QString::fromUtf8(file.readAll()));
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().toString()));
        for (const ImportProblem& problem : outcome.value().problems)
            qWarning() << problem.toString();
        QVERIFY(outcome.value().ok());
        QCOMPARE(outcome.value().imported, 4);

        const ClientRepository clients(db.db());
        const Client alan = clients.find(2).value();
        QCOMPARE(alan.firstName, u"Turing, Alan"_s);
        QCOMPARE(alan.lastName, u"O\"Brien"_s);
        QCOMPARE(alan.method, TwoFactorMethod::Sms);
        QCOMPARE(alan.enabledAt, clock.nowUtc());
        const Client grace = clients.find(3).value();
        QCOMPARE(grace.lastName, u"Hopper\nMurray"_s);
        QVERIFY(grace.authenticator.has_value());
        QCOMPARE(grace.authenticator->digits, 8);
        QCOMPARE(grace.authenticator->period, 60);
        QCOMPARE(grace.authenticator->algorithm, u"SHA256"_s);
        QVERIFY(!grace.authenticator->sealedSecret.contains("JBSW"));
        auto opened = TotpSecretSealing::open(cipher, 3, grace.authenticator->sealedSecret);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), secret);
        // Bound to its client: the same sealed value does not open for another id.
        QVERIFY(!TotpSecretSealing::open(cipher, 4, grace.authenticator->sealedSecret).ok());
        const Client edsger = clients.find(4).value();
        QCOMPARE(edsger.country, u"NL"_s);
        QCOMPARE(edsger.authenticator->digits, 6);
        QCOMPARE(edsger.authenticator->period, 30);
        QCOMPARE(edsger.authenticator->algorithm, u"SHA1"_s);
        QCOMPARE(TotpSecretSealing::open(cipher, 4, edsger.authenticator->sealedSecret).value(), secret + secret);

        auto events = audit.list({});
        QCOMPARE(events.value().size(), 1);
        QCOMPARE(events.value().first().action, u"clients.import"_s);
        QCOMPARE(events.value().first().details.value(u"count"_s).toInt(), 4);
    }

    void everyBadInputIsReportedAndNothingImported_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("expected");
        auto row = [](const QString& text) {
            return goodRow + text + u'\n';
        };
        QTest::newRow("missing id") << row(u",Al,Tu,al@ex.com,,GB,none,,,,"_s) << u"line 3: id: required"_s;
        QTest::newRow("id not a number") << row(u"x7,Al,Tu,al@ex.com,,GB,none,,,,"_s)
                                         << u"line 3: id: not a positive whole number"_s;
        QTest::newRow("negative id") << row(u"-4,Al,Tu,al@ex.com,,GB,none,,,,"_s)
                                     << u"line 3: id: not a positive whole number"_s;
        QTest::newRow("duplicate id in file")
            << row(u"1,Al,Tu,al@ex.com,,GB,none,,,,"_s) << u"line 3: id: duplicate id, first on line 2"_s;
        QTest::newRow("id already in database")
            << row(u"77,Al,Tu,al@ex.com,,GB,none,,,,"_s) << u"line 3: id: a client with this id already exists"_s;
        QTest::newRow("missing first name")
            << row(u"2,,Tu,al@ex.com,,GB,none,,,,"_s) << u"line 3: first_name: required"_s;
        QTest::newRow("missing last name")
            << row(u"2,Al,,al@ex.com,,GB,none,,,,"_s) << u"line 3: last_name: required"_s;
        QTest::newRow("missing e-mail") << row(u"2,Al,Tu,,,GB,none,,,,"_s) << u"line 3: email: required"_s;
        QTest::newRow("bad e-mail") << row(u"2,Al,Tu,al.example.com,,GB,none,,,,"_s)
                                    << u"line 3: email: not an e-mail address"_s;
        QTest::newRow("phone not E.164") << row(u"2,Al,Tu,al@ex.com,07400123456,GB,none,,,,"_s)
                                         << u"line 3: phone: not in E.164 format (+ and country code, digits only)"_s;
        QTest::newRow("phone invalid") << row(u"2,Al,Tu,al@ex.com,+4412,GB,none,,,,"_s)
                                       << u"line 3: phone: not a valid phone number"_s;
        QTest::newRow("missing country") << row(u"2,Al,Tu,al@ex.com,,,none,,,,"_s) << u"line 3: country: required"_s;
        QTest::newRow("bad country") << row(u"2,Al,Tu,al@ex.com,,XQ,none,,,,"_s)
                                     << u"line 3: country: not an ISO 3166-1 alpha-2 country code"_s;
        QTest::newRow("country name") << row(u"2,Al,Tu,al@ex.com,,Germany,none,,,,"_s)
                                      << u"line 3: country: not an ISO 3166-1 alpha-2 country code"_s;
        QTest::newRow("missing method") << row(u"2,Al,Tu,al@ex.com,,GB,,,,,"_s) << u"line 3: twofa_method: required"_s;
        QTest::newRow("unknown method") << row(u"2,Al,Tu,al@ex.com,,GB,email,,,,"_s)
                                        << u"line 3: twofa_method: must be none, authenticator or sms"_s;
        QTest::newRow("sms without phone") << row(u"2,Al,Tu,al@ex.com,,GB,sms,,,,"_s)
                                           << u"line 3: phone: SMS confirmation needs a valid phone number"_s;
        QTest::newRow("sms with invalid phone")
            << row(u"2,Al,Tu,al@ex.com,+4412,GB,sms,,,,"_s) << u"line 3: phone: not a valid phone number"_s;
        QTest::newRow("authenticator without secret")
            << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,,,,"_s) << u"line 3: totp_secret: required"_s;
        QTest::newRow("secret not base32") << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,JBSWY3DPEHPK3PX1,,,"_s)
                                           << u"line 3: totp_secret: not base32 (letters A-Z and digits 2-7)"_s;
        QTest::newRow("secret too short")
            << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,JBSWY3DPEHPK3PX,,,"_s)
            << u"line 3: totp_secret: too short: at least 80 bits (16 base32 characters)"_s;
        QTest::newRow("digits too small") << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,"_s + secret + u",5,,"_s)
                                          << u"line 3: totp_digits: must be 6, 7 or 8"_s;
        QTest::newRow("digits not a number") << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,"_s + secret + u",six,,"_s)
                                             << u"line 3: totp_digits: must be 6, 7 or 8"_s;
        QTest::newRow("period too long") << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,"_s + secret + u",,121,"_s)
                                         << u"line 3: totp_period: must be between 10 and 120 seconds"_s;
        QTest::newRow("period too short") << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,"_s + secret + u",,9,"_s)
                                          << u"line 3: totp_period: must be between 10 and 120 seconds"_s;
        QTest::newRow("unknown algorithm") << row(u"2,Al,Tu,al@ex.com,,GB,authenticator,"_s + secret + u",,,MD5"_s)
                                           << u"line 3: totp_algorithm: must be SHA1, SHA256 or SHA512"_s;
        QTest::newRow("secret on an sms client")
            << row(u"2,Al,Tu,al@ex.com,+447400123457,GB,sms,"_s + secret + u",,,"_s)
            << u"line 3: totp_secret: must be empty unless twofa_method is authenticator"_s;
        QTest::newRow("too few fields") << row(u"2,Al,Tu,al@ex.com,,GB,none"_s)
                                        << u"line 3: wrong number of fields (7, expected 11)"_s;
        QTest::newRow("stray quote")
            << row(u"2,Al,T\"u,al@ex.com,,GB,none,,,,"_s)
            << u"line 3: last_name: not valid CSV (a quote inside an unquoted field; quote the "
               u"field and double the quote)"_s;
        QTest::newRow("unterminated quote") << row(u"2,\"Al,Tu,al@ex.com,,GB,none,,,,"_s)
                                            << u"line 3: first_name: not valid CSV (a quoted field is never closed)"_s;
        QTest::newRow("line numbers count embedded newlines")
            << u"1,Ada,\"Love\nlace\",ada@example.com,,GB,none,,,,\n2,Al,Tu,bad,,GB,none,,,,\n"_s
            << u"line 4: email: not an e-mail address"_s;
    }

    void everyBadInputIsReportedAndNothingImported()
    {
        QFETCH(QString, rows);
        QFETCH(QString, expected);
        test::TestDatabase db;
        db.addClient(test::makeClient(77, u"Existing"_s, u"Client"_s));
        const AuditLog audit(db.db());
        const SecretCipher cipher = testCipher();
        auto outcome = ClientImporter(db.db(), audit, cipher).import(m_admin, header + rows);
        QVERIFY(outcome.ok());
        QStringList problems;
        for (const ImportProblem& problem : outcome.value().problems)
            problems << problem.toString();
        QCOMPARE(problems, QStringList {expected});
        QCOMPARE(outcome.value().imported, 0);
        QCOMPARE(clientCount(db.db()), 1);
        QCOMPARE(audit.count({}).value(), 0);
    }

    void everyProblemOfEveryRowIsReported()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const SecretCipher cipher = testCipher();
        const QString rows = u"0,,Tu,bad,+1,XX,sms,,,,\n3,Al,Tu,al@ex.com,,GB,authenticator,abc,9,1,MD4\n"_s;
        auto outcome = ClientImporter(db.db(), audit, cipher).validate(header + rows, nullptr);
        QStringList columns;
        for (const ImportProblem& problem : outcome.problems)
            columns << QString::number(problem.line) + u':' + problem.column;
        QCOMPARE(columns,
                 (QStringList {u"2:id"_s, u"2:first_name"_s, u"2:email"_s, u"2:phone"_s, u"2:country"_s,
                               u"3:totp_secret"_s, u"3:totp_digits"_s, u"3:totp_period"_s, u"3:totp_algorithm"_s}));
    }

    void wrongHeaderIsRefused_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        const QString want = u"line 1: the header must be exactly "_s + ClientImporter::expectedHeader().join(u',');
        QTest::newRow("empty file") << QString() << u"line 1: the file is empty"_s;
        QTest::newRow("missing column") << u"id,first_name,last_name,email\n"_s << want;
        QTest::newRow("other order") << u"first_name,id,last_name,email,phone,country,twofa_method,totp_secret,"
                                        u"totp_digits,totp_period,totp_algorithm\n"_s
                                     << want;
        QTest::newRow("no header") << goodRow << want;
    }

    void wrongHeaderIsRefused()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const SecretCipher cipher = testCipher();
        auto outcome = ClientImporter(db.db(), audit, cipher).import(m_admin, csv);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().problems.size(), 1);
        QCOMPARE(outcome.value().problems.first().toString(), expected);
        QCOMPARE(clientCount(db.db()), 0);
    }

    void supportOperatorsMayNotImport()
    {
        test::TestDatabase db;
        const AuditLog audit(db.db());
        const SecretCipher cipher = testCipher();
        auto refused = ClientImporter(db.db(), audit, cipher).import(Actor {u"sam"_s, Role::Support}, header + goodRow);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(clientCount(db.db()), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientImporter)
#include "tst_clientimporter.moc"
