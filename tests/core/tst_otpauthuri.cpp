// SPDX-License-Identifier: GPL-3.0-or-later
// Reading authenticator enrolments in the Key Uri Format (otpauth://totp/...), with an error that
// names the part at fault for every malformed URI.
#include "core/twofactor/OtpAuthUri.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray rfcSeed("12345678901234567890");
const QString rfcSeedText = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
} // namespace

class TestOtpAuthUri : public QObject
{
    Q_OBJECT

private slots:
    void validUrisParse_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<TotpAlgorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::newRow("Google's example")
            << u"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example"_s
            << u"Example"_s << u"alice@google.com"_s << TotpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("defaults without parameters")
            << u"otpauth://totp/alice@example.com?secret=%1"_s.arg(rfcSeedText) << QString() << u"alice@example.com"_s
            << TotpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("all parameters")
            << u"otpauth://totp/ACME%20Co:john.doe@example.com?secret=%1&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60"_s
                   .arg(rfcSeedText)
            << u"ACME Co"_s << u"john.doe@example.com"_s << TotpAlgorithm::Sha256 << 8 << 60;
        QTest::newRow("issuer only in label")
            << u"otpauth://totp/Broker:42?secret=%1&algorithm=SHA512&digits=7"_s.arg(rfcSeedText) << u"Broker"_s
            << u"42"_s << TotpAlgorithm::Sha512 << 7 << 30;
        QTest::newRow("issuer only as parameter") << u"otpauth://totp/42?issuer=Broker&secret=%1"_s.arg(rfcSeedText)
                                                  << u"Broker"_s << u"42"_s << TotpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("lower-case secret and algorithm, extra parameters")
            << u"otpauth://totp/Broker:42?secret=%1&algorithm=sha1&image=https%3A%2F%2Fexample.com%2Fa.png"_s.arg(
                   rfcSeedText.toLower())
            << u"Broker"_s << u"42"_s << TotpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("upper-case scheme and type") << u"OTPAUTH://TOTP/Broker:42?secret=%1"_s.arg(rfcSeedText)
                                                    << u"Broker"_s << u"42"_s << TotpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("period bounds 10") << u"otpauth://totp/a?secret=%1&period=10"_s.arg(rfcSeedText) << QString()
                                          << u"a"_s << TotpAlgorithm::Sha1 << 6 << 10;
        QTest::newRow("period bounds 120") << u"otpauth://totp/a?secret=%1&period=120"_s.arg(rfcSeedText) << QString()
                                           << u"a"_s << TotpAlgorithm::Sha1 << 6 << 120;
    }

    void validUrisParse()
    {
        QFETCH(QString, uri);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(TotpAlgorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        auto parsed = OtpAuthUri::parse(uri);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->issuer, issuer);
        QCOMPARE(parsed->accountName, account);
        QCOMPARE(parsed->parameters.algorithm, algorithm);
        QCOMPARE(parsed->parameters.digits, digits);
        QCOMPARE(parsed->parameters.period, period);
        QVERIFY(parsed->secret.size() >= 10);
    }

    void secretIsDecoded()
    {
        auto parsed = OtpAuthUri::parse(u"otpauth://totp/a?secret=%1"_s.arg(rfcSeedText));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->secret, rfcSeed);
    }

    void badUrisNameThePartAtFault_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("field");
        const QString s = rfcSeedText;
        QTest::newRow("empty") << QString() << u"uri"_s;
        QTest::newRow("not a URI") << u"hello world"_s << u"uri"_s;
        QTest::newRow("https scheme") << u"https://totp/a?secret=%1"_s.arg(s) << u"uri"_s;
        QTest::newRow("plain base32") << s << u"uri"_s;
        QTest::newRow("hotp") << u"otpauth://hotp/a?secret=%1&counter=0"_s.arg(s) << u"type"_s;
        QTest::newRow("unknown type") << u"otpauth://motp/a?secret=%1"_s.arg(s) << u"type"_s;
        QTest::newRow("no label") << u"otpauth://totp/?secret=%1"_s.arg(s) << u"label"_s;
        QTest::newRow("no path at all") << u"otpauth://totp?secret=%1"_s.arg(s) << u"label"_s;
        QTest::newRow("empty account after issuer") << u"otpauth://totp/Broker:?secret=%1"_s.arg(s) << u"label"_s;
        QTest::newRow("no secret") << u"otpauth://totp/a?issuer=Broker"_s << u"secret"_s;
        QTest::newRow("empty secret") << u"otpauth://totp/a?secret="_s << u"secret"_s;
        QTest::newRow("secret with 1") << u"otpauth://totp/a?secret=GEZDGNBV1Y3TQOJQ"_s << u"secret"_s;
        QTest::newRow("secret too short") << u"otpauth://totp/a?secret=GEZDGNBV"_s << u"secret"_s;
        QTest::newRow("secret twice") << u"otpauth://totp/a?secret=%1&secret=%1"_s.arg(s) << u"secret"_s;
        QTest::newRow("issuer mismatch") << u"otpauth://totp/Broker:a?secret=%1&issuer=Other"_s.arg(s) << u"issuer"_s;
        QTest::newRow("algorithm MD5") << u"otpauth://totp/a?secret=%1&algorithm=MD5"_s.arg(s) << u"algorithm"_s;
        QTest::newRow("algorithm empty") << u"otpauth://totp/a?secret=%1&algorithm="_s.arg(s) << u"algorithm"_s;
        QTest::newRow("digits 5") << u"otpauth://totp/a?secret=%1&digits=5"_s.arg(s) << u"digits"_s;
        QTest::newRow("digits 9") << u"otpauth://totp/a?secret=%1&digits=9"_s.arg(s) << u"digits"_s;
        QTest::newRow("digits text") << u"otpauth://totp/a?secret=%1&digits=six"_s.arg(s) << u"digits"_s;
        QTest::newRow("digits negative") << u"otpauth://totp/a?secret=%1&digits=-6"_s.arg(s) << u"digits"_s;
        QTest::newRow("digits empty") << u"otpauth://totp/a?secret=%1&digits="_s.arg(s) << u"digits"_s;
        QTest::newRow("period 5") << u"otpauth://totp/a?secret=%1&period=5"_s.arg(s) << u"period"_s;
        QTest::newRow("period 121") << u"otpauth://totp/a?secret=%1&period=121"_s.arg(s) << u"period"_s;
        QTest::newRow("period 30s") << u"otpauth://totp/a?secret=%1&period=30s"_s.arg(s) << u"period"_s;
        QTest::newRow("period twice") << u"otpauth://totp/a?secret=%1&period=30&period=60"_s.arg(s) << u"period"_s;
    }

    void badUrisNameThePartAtFault()
    {
        QFETCH(QString, uri);
        QFETCH(QString, field);
        auto parsed = OtpAuthUri::parse(uri);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        QCOMPARE(parsed.error().field, field);
        QVERIFY(!parsed.error().detail.isEmpty());
    }

    void errorsNeverContainTheSecret()
    {
        auto parsed = OtpAuthUri::parse(u"otpauth://totp/Broker:a?secret=%1&issuer=Other"_s.arg(rfcSeedText));
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().toString().contains(rfcSeedText));
    }

    void toStringParsesBackToTheSame()
    {
        OtpAuthUri uri;
        uri.issuer = u"ACME Co"_s;
        uri.accountName = u"john@example.com"_s;
        uri.secret = rfcSeed;
        uri.parameters.algorithm = TotpAlgorithm::Sha512;
        uri.parameters.digits = 8;
        uri.parameters.period = 45;
        auto parsed = OtpAuthUri::parse(uri.toString());
        QVERIFY2(parsed.ok(), qPrintable(uri.toString()));
        QCOMPARE(parsed->issuer, uri.issuer);
        QCOMPARE(parsed->accountName, uri.accountName);
        QCOMPARE(parsed->secret, uri.secret);
        QCOMPARE(parsed->parameters, uri.parameters);
    }
};

QTEST_GUILESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
