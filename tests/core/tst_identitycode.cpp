// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of caller verification: the code itself (uniform six digits, no modulo bias), its
// keyed MAC, the masked destinations operators see, which channel may verify which removal, and
// the typed refusals.
#include "core/verification/ClientMessageText.h"
#include "core/verification/IdentityCode.h"
#include "core/verification/MaskedDestination.h"
#include "core/verification/VerificationChannel.h"
#include "core/verification/VerificationRefusal.h"

#include <QRegularExpression>
#include <QTest>

#include <array>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestIdentityCode : public QObject
{
    Q_OBJECT

private slots:
    void drawsAboveTheLastWholeMillionAreDiscarded_data()
    {
        QTest::addColumn<quint32>("draw");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero") << quint32(0) << u"000000"_s;
        QTest::newRow("leading zeros kept") << quint32(42) << u"000042"_s;
        QTest::newRow("wraps every million") << quint32(1000001) << u"000001"_s;
        QTest::newRow("last unbiased draw") << quint32(4293999999u) << u"999999"_s;
        // 2^32 = 4,294,967,296: the 967,296 draws from 4,294,000,000 on would favour 000000..967295.
        QTest::newRow("first biased draw") << quint32(4294000000u) << QString();
        QTest::newRow("largest draw") << quint32(4294967295u) << QString();
    }
    void drawsAboveTheLastWholeMillionAreDiscarded()
    {
        QFETCH(quint32, draw);
        QFETCH(QString, code);
        const std::optional<QString> made = IdentityCode::fromDraw(draw);
        QCOMPARE(made.has_value(), !code.isEmpty());
        if (made)
            QCOMPARE(*made, code);
    }

    void generatedCodesAreSixDigitsSpreadEvenly()
    {
        // 100,000 codes: each leading digit expected 10,000 times (standard deviation ~95); a
        // generator that favoured low codes or dropped leading zeros would be far outside 9,500..10,500.
        std::array<int, 10> leading {};
        static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
        for (int i = 0; i < 100000; ++i) {
            const QString code = IdentityCode::generate();
            QVERIFY2(sixDigits.match(code).hasMatch(), qPrintable(code));
            ++leading[size_t(code.at(0).digitValue())];
        }
        for (int digit = 0; digit < 10; ++digit)
            QVERIFY2(leading[size_t(digit)] > 9500 && leading[size_t(digit)] < 10500,
                     qPrintable(u"%1 codes start with %2"_s.arg(leading[size_t(digit)]).arg(digit)));
    }

    void typedCodesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << u"123456"_s << u"123456"_s;
        QTest::newRow("read out in pairs") << u"12 34 56"_s << u"123456"_s;
        QTest::newRow("dashed") << u"123-456"_s << u"123456"_s;
        QTest::newRow("too short") << u"12345"_s << QString();
        QTest::newRow("too long") << u"1234567"_s << QString();
        QTest::newRow("letters") << u"12345a"_s << QString();
        QTest::newRow("Arabic-Indic digits") << u"١٢٣٤٥٦"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void typedCodesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QCOMPARE(IdentityCode::normalise(typed).value_or(QString()), code);
    }

    void theMacDependsOnKeyClientNonceAndCode()
    {
        const QByteArray key = IdentityCodeHasher::deriveKey(QByteArray(32, 'k'));
        QCOMPARE(key.size(), 32);
        QVERIFY(key != QByteArray(32, 'k')); // the audit key itself never keys codes
        const auto hasher = IdentityCodeHasher::fromKey(key).value();
        const QByteArray nonce = IdentityCodeHasher::newNonce();
        QCOMPARE(nonce.size(), IdentityCodeHasher::NonceSize);
        QVERIFY(nonce != IdentityCodeHasher::newNonce());
        const QByteArray mac = hasher.mac(7, nonce, u"123456"_s);
        QCOMPARE(mac.size(), 32);
        QVERIFY(hasher.matches(7, nonce, u"123456"_s, mac));
        QVERIFY(!hasher.matches(7, nonce, u"123457"_s, mac));
        QVERIFY(!hasher.matches(8, nonce, u"123456"_s, mac)); // another client
        QVERIFY(!hasher.matches(7, IdentityCodeHasher::newNonce(), u"123456"_s, mac));
        QVERIFY(!hasher.matches(7, nonce, u"123456"_s, mac.left(16)));
        const auto otherKey = IdentityCodeHasher::fromKey(IdentityCodeHasher::deriveKey(QByteArray(32, 'x'))).value();
        QVERIFY(!otherKey.matches(7, nonce, u"123456"_s, mac));
        QCOMPARE(IdentityCodeHasher::fromKey(QByteArray(31, 'k')).error().code, Error::Code::InvalidInput);
        QCOMPARE(IdentityCodeHasher::keyForDatabase(u"no-such-database"_s).error().code, Error::Code::KeyMissing);
    }

    void phoneNumbersAreMasked_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("masked");
        QTest::newRow("UK mobile, the issue's example") << u"+447911123456"_s << u"+44 79•• •••456"_s;
        QTest::newRow("US") << u"+14155550123"_s << u"+1 41•-•••-•123"_s;
        QTest::newRow("Germany") << u"+4915123456789"_s << u"+49 15•• ••••789"_s;
        QTest::newRow("France") << u"+33612345678"_s << u"+33 6 1• •• •6 78"_s;
        QTest::newRow("not a number: only the last 3 digits") << u"12345678"_s << u"•••••678"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void phoneNumbersAreMasked()
    {
        QFETCH(QString, e164);
        QFETCH(QString, masked);
        QCOMPARE(MaskedDestination::phone(e164), masked);
    }

    void emailAddressesAreMasked_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("masked");
        QTest::newRow("the issue's example") << u"jane.doe@example.com"_s << u"j•••@example.com"_s;
        QTest::newRow("one letter: the length is not told") << u"j@example.com"_s << u"j•••@example.com"_s;
        QTest::newRow("outside the BMP kept whole") << u"😀x@example.com"_s << u"😀•••@example.com"_s;
        QTest::newRow("no local part") << u"@example.com"_s << u"•••@example.com"_s;
        QTest::newRow("not an address") << u"nobody"_s << u"•••"_s;
    }
    void emailAddressesAreMasked()
    {
        QFETCH(QString, address);
        QFETCH(QString, masked);
        QCOMPARE(MaskedDestination::email(address), masked);
    }

    void onlyAChannelThatIsNotTheFactorVerifiesItsRemoval_data()
    {
        QTest::addColumn<VerificationChannel>("channel");
        QTest::addColumn<TwoFactorMethod>("method");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("authenticator by SMS") << VerificationChannel::Sms << TwoFactorMethod::Authenticator << true;
        QTest::newRow("authenticator by e-mail")
            << VerificationChannel::Email << TwoFactorMethod::Authenticator << true;
        QTest::newRow("SMS by SMS") << VerificationChannel::Sms << TwoFactorMethod::Sms << false;
        QTest::newRow("SMS by e-mail") << VerificationChannel::Email << TwoFactorMethod::Sms << true;
        QTest::newRow("nothing to remove") << VerificationChannel::Email << TwoFactorMethod::None << false;
    }
    void onlyAChannelThatIsNotTheFactorVerifiesItsRemoval()
    {
        QFETCH(VerificationChannel, channel);
        QFETCH(TwoFactorMethod, method);
        QFETCH(bool, allowed);
        QCOMPARE(channelMayVerifyRemovalOf(channel, method), allowed);
    }

    void channelsAreNamedAsTheCliTypesThem()
    {
        QCOMPARE(verificationChannelFromString(u"sms"_s), VerificationChannel::Sms);
        QCOMPARE(verificationChannelFromString(u" EMAIL "_s), VerificationChannel::Email);
        QCOMPARE(verificationChannelFromString(u"e-mail"_s), VerificationChannel::Email);
        QVERIFY(!verificationChannelFromString(u"fax"_s));
        QCOMPARE(verificationChannelToString(VerificationChannel::Email), u"email"_s);
    }

    void refusalsSurviveTheirError()
    {
        for (int i = int(VerificationRefusal::ChannelNotAllowed); i <= int(VerificationRefusal::ClientChanged); ++i) {
            const auto refusal = VerificationRefusal(i);
            const Error error = VerificationRefusals::make(refusal, u"detail"_s);
            QCOMPARE(VerificationRefusals::of(error), refusal);
            QCOMPARE(error.field, VerificationRefusals::name(refusal));
            QCOMPARE(error.detail, u"detail"_s);
        }
        QCOMPARE(VerificationRefusals::of(Error::invalid(u"reason"_s)), VerificationRefusal::None);
        // The same name under another code is not the refusal.
        QCOMPARE(VerificationRefusals::of(Error {Error::Code::Storage, u"sim-swap"_s, {}}), VerificationRefusal::None);
    }

    void theCodeSmsFitsOneMessageAndWarnsAgainstSharing()
    {
        const QString sms = ClientMessageText::codeSms(u"123456"_s, 10);
        QVERIFY2(sms.size() <= 160, qPrintable(QString::number(sms.size())));
        QVERIFY(sms.contains(u"123456"_s));
        QVERIFY(sms.contains(u"never call you"_s));
    }
};

QTEST_GUILESS_MAIN(TestIdentityCode)
#include "tst_identitycode.moc"
