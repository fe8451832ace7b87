// SPDX-License-Identifier: GPL-3.0-or-later
// "Check a code": which time step the client's code belongs to, and what that says about the
// secret and the device clock.
#include "core/twofactor/DriftFinder.h"
#include "core/twofactor/TotpGenerator.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray secret("12345678901234567890");
constexpr qint64 now = 1795435215; // 2026-11-23 12:00:15 UTC, 15 s into a 30 s step

TotpParameters params(int digits = 6, int period = 30, TotpAlgorithm algorithm = TotpAlgorithm::Sha1)
{
    TotpParameters p;
    p.digits = digits;
    p.period = period;
    p.algorithm = algorithm;
    return p;
}

/// The code a device whose clock is `skewSeconds` off (positive: ahead) shows at `now`.
QString codeOnDevice(qint64 skewSeconds, const TotpParameters& parameters = params())
{
    return TotpGenerator::totp(secret, parameters, now + skewSeconds).value();
}
} // namespace

class TestDriftFinder : public QObject
{
    Q_OBJECT

private slots:
    void classifiesTheDevicesClock_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<DriftResult::Kind>("kind");
        QTest::addColumn<int>("steps");
        QTest::newRow("code of now is valid") << qint64(0) << DriftResult::Kind::Valid << 0;
        QTest::newRow("one step ahead is still valid") << qint64(30) << DriftResult::Kind::Valid << 1;
        QTest::newRow("one step behind is still valid") << qint64(-30) << DriftResult::Kind::Valid << -1;
        QTest::newRow("90 s ahead is drift +3") << qint64(90) << DriftResult::Kind::Drift << 3;
        QTest::newRow("17 min behind is drift -34") << qint64(-17 * 60) << DriftResult::Kind::Drift << -34;
        QTest::newRow("23 h ahead is drift") << qint64(23 * 3600) << DriftResult::Kind::Drift << 23 * 120;
        QTest::newRow("23 h behind is drift") << qint64(-23 * 3600) << DriftResult::Kind::Drift << -23 * 120;
        QTest::newRow("exactly 24 h ahead is the edge") << qint64(24 * 3600) << DriftResult::Kind::Drift << 2880;
        QTest::newRow("exactly 24 h behind is the edge") << qint64(-24 * 3600) << DriftResult::Kind::Drift << -2880;
    }

    void classifiesTheDevicesClock()
    {
        QFETCH(qint64, skew);
        QFETCH(DriftResult::Kind, kind);
        QFETCH(int, steps);
        auto result = DriftFinder::find(secret, params(), now, codeOnDevice(skew));
        QVERIFY(result.ok());
        QCOMPARE(result->kind, kind);
        QCOMPARE(result->offsetSteps, steps);
        QCOMPARE(result->offsetSeconds, qint64(steps) * 30);
    }

    void codeBeyond24HoursIsNoMatch()
    {
        // 25 h away is outside the window: unless it collides by chance with a nearer step, no match.
        const QString code = codeOnDevice(25 * 3600);
        auto result = DriftFinder::find(secret, params(), now, code);
        QVERIFY(result.ok());
        QCOMPARE(result->kind, DriftResult::Kind::NoMatch);
        QCOMPARE(result->offsetSteps, 0);
        QCOMPARE(result->offsetSeconds, qint64(0));
    }

    void codeFromAnotherSecretIsNoMatch()
    {
        const QString other = TotpGenerator::totp(QByteArray("another-secret-entirely"), params(), now).value();
        // Pick a different account's code that does not collide within ±24 h (checked by brute force).
        auto generator = TotpGenerator::create(secret, params()).value();
        const quint64 current = generator.stepAt(now);
        bool collides = false;
        for (qint64 step = qint64(current) - 2880; step <= qint64(current) + 2880; ++step)
            collides = collides || generator.hotp(quint64(step)) == other;
        QVERIFY2(!collides, "pick another secret for this test");
        auto result = DriftFinder::find(generator, now, other);
        QVERIFY(result.ok());
        QCOMPARE(result->kind, DriftResult::Kind::NoMatch);
    }

    void nearestMatchWinsOverAFartherOne()
    {
        // The nearest step that shows the code is reported, whatever appears farther away.
        auto generator = TotpGenerator::create(secret, params()).value();
        const QString code = codeOnDevice(-120);
        auto result = DriftFinder::find(generator, now, code);
        QVERIFY(result.ok());
        const quint64 current = generator.stepAt(now);
        for (int distance = 0; distance < std::abs(result->offsetSteps); ++distance) {
            QVERIFY(generator.hotp(current + distance) != code);
            QVERIFY(generator.hotp(current - distance) != code);
        }
        QCOMPARE(result->offsetSteps, -4);
    }

    void otherPeriodsDigitsAndAlgorithms_data()
    {
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<TotpAlgorithm>("algorithm");
        QTest::newRow("8 digits SHA512 60 s") << 8 << 60 << TotpAlgorithm::Sha512;
        QTest::newRow("7 digits SHA256 10 s") << 7 << 10 << TotpAlgorithm::Sha256;
        QTest::newRow("6 digits SHA1 120 s") << 6 << 120 << TotpAlgorithm::Sha1;
    }

    void otherPeriodsDigitsAndAlgorithms()
    {
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(TotpAlgorithm, algorithm);
        const TotpParameters p = params(digits, period, algorithm);
        const qint64 skew = -5 * qint64(period);
        auto result = DriftFinder::find(secret, p, now, codeOnDevice(skew, p));
        QVERIFY(result.ok());
        QCOMPARE(result->kind, DriftResult::Kind::Drift);
        QCOMPARE(result->offsetSteps, -5);
        QCOMPARE(result->offsetSeconds, skew);
        QCOMPARE(DriftFinder::stepsEachSide(period), int(86400 / period));
    }

    void stepsSearchedAt30sAre5760() { QCOMPARE(2 * DriftFinder::stepsEachSide(30), 5760); }

    void malformedCodesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("digits");
        QTest::newRow("empty") << QString() << 6;
        QTest::newRow("5 digits") << u"12345"_s << 6;
        QTest::newRow("9 digits") << u"123456789"_s << 8;
        QTest::newRow("letters") << u"12a456"_s << 6;
        QTest::newRow("space") << u"123 456"_s << 6;
        QTest::newRow("sign") << u"-12345"_s << 6;
        QTest::newRow("Arabic-Indic digits") << u"١٢٣٤٥٦"_s << 6;
        QTest::newRow("7 digits for a 6-digit app") << u"1234567"_s << 6;
        QTest::newRow("6 digits for an 8-digit app") << u"123456"_s << 8;
    }

    void malformedCodesAreRefused()
    {
        QFETCH(QString, code);
        QFETCH(int, digits);
        auto result = DriftFinder::find(secret, params(digits), now, code);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QCOMPARE(result.error().field, u"code"_s);
    }

    void kindNamesAreStable()
    {
        QCOMPARE(driftKindToString(DriftResult::Kind::Valid), u"valid"_s);
        QCOMPARE(driftKindToString(DriftResult::Kind::Drift), u"drift"_s);
        QCOMPARE(driftKindToString(DriftResult::Kind::NoMatch), u"no_match"_s);
    }
};

QTEST_GUILESS_MAIN(TestDriftFinder)
#include "tst_driftfinder.moc"
