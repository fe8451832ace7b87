// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4648 base32 as people type authenticator secrets: forgiving about case, spaces and padding,
// strict about every other character.
#include "core/twofactor/Base32.h"

#include <QRandomGenerator>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    void rfc4648TestVectorsEncode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("padded");
        // RFC 4648 section 10.
        QTest::newRow("f") << QByteArray("f") << u"MY======"_s;
        QTest::newRow("fo") << QByteArray("fo") << u"MZXQ===="_s;
        QTest::newRow("foo") << QByteArray("foo") << u"MZXW6==="_s;
        QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ="_s;
        QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_s;
        QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI======"_s;
    }

    void rfc4648TestVectorsEncode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, padded);
        QCOMPARE(Base32::encode(bytes, Base32::Padding::Include), padded);
        QString unpadded = padded;
        unpadded.remove(u'=');
        QCOMPARE(Base32::encode(bytes), unpadded);
        QCOMPARE(Base32::decode(padded).value(), bytes);
        QCOMPARE(Base32::decode(unpadded).value(), bytes);
    }

    void tolerantInputDecodes_data()
    {
        QTest::addColumn<QString>("text");
        // "12345678901234567890", the RFC 6238 SHA-1 seed.
        QTest::newRow("canonical") << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
        QTest::newRow("lower case") << u"gezdgnbvgy3tqojqgezdgnbvgy3tqojq"_s;
        QTest::newRow("mixed case") << u"GezdGNBVgy3tqojQGEZDGNBVGY3TQOJQ"_s;
        QTest::newRow("groups of four") << u"GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"_s;
        QTest::newRow("leading and trailing spaces") << u"  GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ  "_s;
        QTest::newRow("tabs") << u"GEZDGNBV\tGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
        QTest::newRow("full padding is fine") << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
    }

    void tolerantInputDecodes()
    {
        QFETCH(QString, text);
        auto decoded = Base32::decodeSecret(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(decoded.value(), QByteArray("12345678901234567890"));
    }

    void badInputIsRefusedNamingTheProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detailContains");
        QTest::newRow("digit 1") << u"GEZDGNBV1Y3TQOJQ"_s << u"'1' at position 9"_s;
        QTest::newRow("digit 0") << u"0EZDGNBVGY3TQOJQ"_s << u"'0' at position 1"_s;
        QTest::newRow("digit 8") << u"GEZDGNBVGY3TQOJ8"_s << u"'8' at position 16"_s;
        QTest::newRow("digit 9") << u"GEZD9NBVGY3TQOJQ"_s << u"'9' at position 5"_s;
        QTest::newRow("hyphen") << u"GEZD-GNBV-GY3T-QOJQ"_s << u"'-' at position 5"_s;
        QTest::newRow("position counts spaces") << u"GEZD GNBV GY3T QOJ!"_s << u"'!' at position 19"_s;
        QTest::newRow("base64 plus") << u"GEZDGNBVGY3TQOJ+"_s << u"'+' at position 16"_s;
        QTest::newRow("newline") << u"GEZDGNBV\nGY3TQOJQ"_s << u"U+000A at position 9"_s;
        QTest::newRow("non-ASCII letter") << u"GEZDGNBVGY3TQOJÄ"_s << u"'Ä' at position 16"_s;
        QTest::newRow("data after padding") << u"MZXW6===MZXW6YTB"_s << u"follows '=' padding"_s;
        QTest::newRow("too much padding") << u"MZXW6YTB========"_s << u"padding"_s;
        QTest::newRow("too little padding") << u"MZXW6=="_s << u"padding"_s;
        QTest::newRow("impossible length 1") << u"MZXW6YTBO"_s << u"not a possible length"_s;
        QTest::newRow("impossible length 3") << u"MZX"_s << u"not a possible length"_s;
        QTest::newRow("impossible length 6") << u"MZXW6Y"_s << u"not a possible length"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("only spaces") << u"    "_s << u"empty"_s;
        QTest::newRow("only padding") << u"========"_s << u"empty"_s;
    }

    void badInputIsRefusedNamingTheProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, detailContains);
        auto decoded = Base32::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, Error::Code::InvalidInput);
        QCOMPARE(decoded.error().field, u"secret"_s);
        QVERIFY2(decoded.error().detail.contains(detailContains), qPrintable(decoded.error().detail));
    }

    void errorNamesTheCallersField()
    {
        auto decoded = Base32::decode(u"AB!"_s, u"--secret"_s);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().field, u"--secret"_s);
    }

    void secretsShorterThan80BitsAreRefused_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("5 bytes (40 bits)") << 5 << false;
        QTest::newRow("9 bytes (72 bits)") << 9 << false;
        QTest::newRow("10 bytes (80 bits)") << 10 << true;
        QTest::newRow("16 bytes (128 bits)") << 16 << true;
        QTest::newRow("64 bytes (512 bits)") << 64 << true;
    }

    void secretsShorterThan80BitsAreRefused()
    {
        QFETCH(int, bytes);
        QFETCH(bool, accepted);
        const QString text = Base32::encode(QByteArray(bytes, '\x5a'));
        QVERIFY(Base32::decode(text).ok());
        auto secret = Base32::decodeSecret(text);
        QCOMPARE(secret.ok(), accepted);
        if (!accepted) {
            QCOMPARE(secret.error().code, Error::Code::InvalidInput);
            QVERIFY2(secret.error().detail.contains(u"80 bits"_s), qPrintable(secret.error().detail));
        }
    }

    void randomBytesRoundTrip()
    {
        QRandomGenerator random(4648);
        for (int length = 0; length < 70; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char& byte : bytes)
                byte = char(random.bounded(256));
            const QString text = Base32::encode(bytes);
            if (length == 0) {
                QVERIFY(text.isEmpty());
                continue;
            }
            QCOMPARE(Base32::decode(text).value(), bytes);
            QCOMPARE(Base32::decode(text.toLower()).value(), bytes);
            QCOMPARE(Base32::decode(Base32::encode(bytes, Base32::Padding::Include)).value(), bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
