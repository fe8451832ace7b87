// SPDX-License-Identifier: GPL-3.0-or-later
// AES-256-GCM sealing of authenticator secrets: round trip, and every way a sealed value must fail to open.
#include "core/secrets/SecretCipher.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestSecretCipher : public QObject
{
    Q_OBJECT

private slots:
    void sealedValueOpensWithSameKeyAndOwner()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const auto sealed = cipher.seal("JBSWY3DPEHPK3PXP", "42").value();
        QVERIFY(!sealed.contains("JBSWY3DPEHPK3PXP"));
        QCOMPARE(cipher.open(sealed, "42").value(), QByteArray("JBSWY3DPEHPK3PXP"));
    }

    void everySealUsesAFreshNonce()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        QVERIFY(cipher.seal("same", "1").value() != cipher.seal("same", "1").value());
    }

    void tamperedCiphertextIsRefused()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        QByteArray sealed = cipher.seal("JBSWY3DPEHPK3PXP", "42").value();
        for (int index : {0, 1, 13, int(sealed.size()) - 1}) {
            QByteArray tampered = sealed;
            tampered[index] = char(tampered[index] ^ 0x01);
            const auto opened = cipher.open(tampered, "42");
            QVERIFY2(!opened.ok(), qPrintable(u"byte %1"_s.arg(index)));
            QCOMPARE(opened.error().code, Error::Code::DecryptionFailed);
        }
    }

    void valueMovedToAnotherClientIsRefused()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const auto sealed = cipher.seal("JBSWY3DPEHPK3PXP", "42").value();
        QCOMPARE(cipher.open(sealed, "43").error().code, Error::Code::DecryptionFailed);
    }

    void otherKeyIsRefused()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const auto other = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        QCOMPARE(other.open(cipher.seal("secret", "1").value(), "1").error().code, Error::Code::DecryptionFailed);
    }

    void truncatedValueIsRefused()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        QCOMPARE(cipher.open(QByteArray(10, 'x'), "1").error().code, Error::Code::DecryptionFailed);
    }

    void keyOfWrongSizeIsInvalid()
    {
        QCOMPARE(SecretCipher::fromKey(QByteArray(16, 'k')).error().code, Error::Code::InvalidInput);
    }

    void totpSecretsAreSealedInCanonicalForm()
    {
        const auto cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();
        const auto sealed = TotpSecretSealing::seal(cipher, 7, u"jbsw y3dp ehpk 3pxp=="_s).value();
        QCOMPARE(TotpSecretSealing::open(cipher, 7, sealed).value(), u"JBSWY3DPEHPK3PXP"_s);
        QVERIFY(!TotpSecretSealing::open(cipher, 8, sealed).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretCipher)
#include "tst_secretcipher.moc"
