// SPDX-License-Identifier: GPL-3.0-or-later
// TOTP and HOTP codes: every test vector of RFC 6238 Appendix B and RFC 4226 Appendix D, and a
// cross-check against oathtool (OATH Toolkit) for random secrets, times, algorithms and digit counts.
#include "core/twofactor/Base32.h"
#include "core/twofactor/TotpGenerator.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
// RFC 6238 Appendix B: the seed is the ASCII digits repeated to the hash's block-friendly length.
QByteArray rfc6238Seed(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha1:
        return QByteArray("12345678901234567890");
    case TotpAlgorithm::Sha256:
        return QByteArray("12345678901234567890123456789012");
    case TotpAlgorithm::Sha512:
        return QByteArray("1234567890123456789012345678901234567890123456789012345678901234");
    }
    return {};
}

TotpParameters parameters(TotpAlgorithm algorithm, int digits, int period = 30)
{
    TotpParameters p;
    p.algorithm = algorithm;
    p.digits = digits;
    p.period = period;
    return p;
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238AppendixBVectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<TotpAlgorithm>("algorithm");
        QTest::addColumn<QString>("code");
        const struct
        {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } rows[] = {
            {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto& row : rows) {
            QTest::addRow("%lld SHA1", row.time) << row.time << TotpAlgorithm::Sha1 << QString::fromLatin1(row.sha1);
            QTest::addRow("%lld SHA256", row.time)
                << row.time << TotpAlgorithm::Sha256 << QString::fromLatin1(row.sha256);
            QTest::addRow("%lld SHA512", row.time)
                << row.time << TotpAlgorithm::Sha512 << QString::fromLatin1(row.sha512);
        }
    }

    void rfc6238AppendixBVectors()
    {
        QFETCH(qint64, time);
        QFETCH(TotpAlgorithm, algorithm);
        QFETCH(QString, code);
        auto generated = TotpGenerator::totp(rfc6238Seed(algorithm), parameters(algorithm, 8), time);
        QVERIFY(generated.ok());
        QCOMPARE(generated.value(), code);
    }

    void rfc4226AppendixDVectors_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("code");
        const char* codes[]
            = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
        for (quint64 counter = 0; counter < 10; ++counter)
            QTest::addRow("count %llu", counter) << counter << QString::fromLatin1(codes[counter]);
    }

    void rfc4226AppendixDVectors()
    {
        QFETCH(quint64, counter);
        QFETCH(QString, code);
        auto generated
            = TotpGenerator::hotp(QByteArray("12345678901234567890"), parameters(TotpAlgorithm::Sha1, 6), counter);
        QVERIFY(generated.ok());
        QCOMPARE(generated.value(), code);
    }

    void codesKeepLeadingZeros()
    {
        // RFC 6238 at 1111111109 (SHA-1) is 07081804: 8 digits with a leading zero.
        auto generator = TotpGenerator::create(rfc6238Seed(TotpAlgorithm::Sha1), parameters(TotpAlgorithm::Sha1, 8));
        QVERIFY(generator.ok());
        QCOMPARE(generator.value().totp(1111111109), u"07081804"_s);
        QCOMPARE(generator.value().hotpValue(1111111109 / 30), 7081804u);
    }

    void sameStepGivesSameCodeAndNextStepAnother()
    {
        auto generator = TotpGenerator::create(rfc6238Seed(TotpAlgorithm::Sha1), parameters(TotpAlgorithm::Sha1, 6));
        QVERIFY(generator.ok());
        QCOMPARE(generator.value().totp(1200000000), generator.value().totp(1200000029));
        QCOMPARE(generator.value().stepAt(1200000029), quint64(40000000));
        QCOMPARE(generator.value().stepAt(1200000030), quint64(40000001));
        QCOMPARE(generator.value().stepAt(-5), quint64(0));
    }

    void periodChangesTheStep()
    {
        auto at60 = TotpGenerator::create(rfc6238Seed(TotpAlgorithm::Sha1), parameters(TotpAlgorithm::Sha1, 6, 60));
        QVERIFY(at60.ok());
        QCOMPARE(at60.value().stepAt(119), quint64(1));
        // Step 1 at 60 s is the RFC 4226 count 1.
        QCOMPARE(at60.value().totp(119), u"287082"_s);
    }

    void invalidParametersAreRefused_data()
    {
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("field");
        QTest::newRow("5 digits") << 5 << 30 << u"digits"_s;
        QTest::newRow("9 digits") << 9 << 30 << u"digits"_s;
        QTest::newRow("0 digits") << 0 << 30 << u"digits"_s;
        QTest::newRow("period 9") << 6 << 9 << u"period"_s;
        QTest::newRow("period 121") << 6 << 121 << u"period"_s;
        QTest::newRow("period 0") << 6 << 0 << u"period"_s;
    }

    void invalidParametersAreRefused()
    {
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(QString, field);
        auto generator = TotpGenerator::create(QByteArray(20, 'k'), parameters(TotpAlgorithm::Sha1, digits, period));
        QVERIFY(!generator.ok());
        QCOMPARE(generator.error().code, Error::Code::InvalidInput);
        QCOMPARE(generator.error().field, field);
    }

    void emptySecretIsRefused()
    {
        auto generator = TotpGenerator::create({}, parameters(TotpAlgorithm::Sha1, 6));
        QVERIFY(!generator.ok());
        QCOMPARE(generator.error().field, u"secret"_s);
    }

    void algorithmNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        QTest::addColumn<TotpAlgorithm>("algorithm");
        QTest::newRow("SHA1") << u"SHA1"_s << true << TotpAlgorithm::Sha1;
        QTest::newRow("sha256") << u"sha256"_s << true << TotpAlgorithm::Sha256;
        QTest::newRow("SHA-512") << u"SHA-512"_s << true << TotpAlgorithm::Sha512;
        QTest::newRow("MD5") << u"MD5"_s << false << TotpAlgorithm::Sha1;
        QTest::newRow("empty") << QString() << false << TotpAlgorithm::Sha1;
    }

    void algorithmNamesRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(bool, known);
        QFETCH(TotpAlgorithm, algorithm);
        const auto parsed = totpAlgorithmFromString(text);
        QCOMPARE(parsed.has_value(), known);
        if (known) {
            QCOMPARE(*parsed, algorithm);
            QCOMPARE(totpAlgorithmFromString(totpAlgorithmToString(algorithm)), algorithm);
        }
        QCOMPARE(TotpParameters::from(text, 6, 30).ok(), known);
    }

    void matchesOathtoolForRandomSecretsAndTimes_data()
    {
        QTest::addColumn<TotpAlgorithm>("algorithm");
        QTest::addColumn<int>("digits");
        for (const TotpAlgorithm algorithm : {TotpAlgorithm::Sha1, TotpAlgorithm::Sha256, TotpAlgorithm::Sha512}) {
            for (int digits = 6; digits <= 8; ++digits)
                QTest::addRow("%s %d digits", qPrintable(totpAlgorithmToString(algorithm)), digits)
                    << algorithm << digits;
        }
    }

    void matchesOathtoolForRandomSecretsAndTimes()
    {
        QFETCH(TotpAlgorithm, algorithm);
        QFETCH(int, digits);
        const QString oathtool = QStandardPaths::findExecutable(u"oathtool"_s);
        if (oathtool.isEmpty())
            QSKIP("oathtool (Debian package oathtool) is not installed");

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        constexpr int runs = 12; // per algorithm and digit count: 108 oathtool runs, 4 codes each
        for (int run = 0; run < runs; ++run) {
            QByteArray secret(random.bounded(10, 65), Qt::Uninitialized);
            for (char& byte : secret)
                byte = char(random.bounded(256));
            const int period = run % 3 == 0 ? 30 : random.bounded(10, 121);
            const qint64 time = qint64(random.bounded(quint64(0), quint64(4102444800))); // up to 2100
            constexpr int window = 3;

            QProcess process;
            // The key goes through standard input ("-"), never on a command line others can read.
            process.start(oathtool,
                          {u"--totp=%1"_s.arg(totpAlgorithmToString(algorithm)), u"-b"_s, u"-d"_s,
                           QString::number(digits), u"-s"_s, u"%1s"_s.arg(period), u"-w"_s, QString::number(window),
                           u"-N"_s, u"@%1"_s.arg(time), u"-"_s});
            QVERIFY(process.waitForStarted());
            process.write(Base32::encode(secret).toLatin1() + '\n');
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(10000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            const QStringList expected
                = QString::fromLatin1(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(expected.size(), window + 1);

            auto generator = TotpGenerator::create(secret, parameters(algorithm, digits, period));
            QVERIFY(generator.ok());
            for (int i = 0; i <= window; ++i) {
                const QString ours = generator.value().totp(time + qint64(i) * period);
                if (ours != expected.at(i))
                    QFAIL(qPrintable(
                        u"seed %1, secret %2 bytes, period %3, time %4+%5 steps: ours %6, oathtool %7"_s.arg(seed)
                            .arg(secret.size())
                            .arg(period)
                            .arg(time)
                            .arg(i)
                            .arg(ours, expected.at(i))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
