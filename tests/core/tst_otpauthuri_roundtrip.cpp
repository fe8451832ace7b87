// SPDX-License-Identifier: GPL-3.0-or-later
// OtpAuthUri::toString() parses back to the same enrolment whatever the issuer and account hold,
// including ':' (the label's separator). Found by fuzz_otpauth_uri: an issuer parameter
// "My Broker: Ltd" was written into the label unencoded, and the URI then refused its own label.
// Also found by it: empty parameter names ("&&") refused without naming the part at fault.
#include "core/twofactor/OtpAuthUri.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestOtpAuthUriRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void toStringParsesBackWhateverTheLabelHolds_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        // The fuzzer's input, as found.
        QTest::newRow("issuer parameter with a colon")
            << u"otpauth://totp/My%20Brokmple.com?secret=JBSWY3DPEHPK3PXP&issuer=My%20Broker%3A%20Ltd"_s
            << u"My Broker: Ltd"_s << u"My Brokmple.com"_s;
        QTest::newRow("encoded colon in the account")
            << u"otpauth://totp/acc%3Aount?secret=JBSWY3DPEHPK3PXP"_s << QString() << u"acc:ount"_s;
        QTest::newRow("encoded colons on both sides")
            << u"otpauth://totp/A%3AB:c%3Ad?secret=JBSWY3DPEHPK3PXP&issuer=A%3AB"_s << u"A:B"_s << u"c:d"_s;
        QTest::newRow("literal separator")
            << u"otpauth://totp/Broker:alice?secret=JBSWY3DPEHPK3PXP"_s << u"Broker"_s << u"alice"_s;
    }

    void toStringParsesBackWhateverTheLabelHolds()
    {
        QFETCH(QString, uri);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        auto parsed = OtpAuthUri::parse(uri);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->issuer, issuer);
        QCOMPARE(parsed->accountName, account);
        auto again = OtpAuthUri::parse(parsed->toString());
        QVERIFY2(again.ok(), qPrintable(parsed->toString() + u": "_s + (again ? QString() : again.error().toString())));
        QCOMPARE(again->issuer, issuer);
        QCOMPARE(again->accountName, account);
        QCOMPARE(again->secret, parsed->secret);
    }

    void emptyParameterNamesAreIgnored()
    {
        // Found by fuzz_otpauth_uri: "&&" made two parameters named "", refused as "given more than
        // once" without naming any part.
        auto parsed = OtpAuthUri::parse(u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&&&=x&digits=8&&"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->parameters.digits, 8);
    }
};

QTEST_GUILESS_MAIN(TestOtpAuthUriRoundTrip)
#include "tst_otpauthuri_roundtrip.moc"
