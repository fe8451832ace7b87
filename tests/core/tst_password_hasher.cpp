// SPDX-License-Identifier: GPL-3.0-or-later
// Operator password hashing: scrypt through OpenSSL, salted, parameters kept with the hash.
#include "core/operators/PasswordHasher.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void productionDefaultsAreScryptN32768R8P1()
    {
        const ScryptParameters defaults;
        QCOMPARE(defaults.n, quint64(32768));
        QCOMPARE(defaults.r, quint32(8));
        QCOMPARE(defaults.p, quint32(1));
    }

    void productionParametersHashAndVerify()
    {
        // The real cost: proves OpenSSL's memory limit is raised enough for N = 2^15, r = 8.
        const PasswordHasher hasher;
        const auto hash = hasher.hash(u"correct horse battery"_s);
        QVERIFY2(hash.ok(), qPrintable(hash ? QString() : hash.error().toString()));
        QVERIFY(hash.value().startsWith(u"scrypt$32768$8$1$"_s));
        QVERIFY(hasher.verify(u"correct horse battery"_s, hash.value()));
    }

    void passwordShorterThanTwelveCharactersIsRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("11 characters") << u"abcdefghijk"_s << false;
        QTest::newRow("12 characters") << u"abcdefghijkl"_s << true;
        QTest::newRow("12 non-ASCII characters") << u"äöüßéèêëîïôœ"_s << true;
        QTest::newRow("long") << QString(200, u'x') << true;
    }

    void passwordShorterThanTwelveCharactersIsRefused()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const PasswordHasher hasher(ScryptParameters::forTests());
        const auto hash = hasher.hash(password);
        QCOMPARE(hash.ok(), accepted);
        if (!accepted) {
            QCOMPARE(hash.error().code, Error::Code::InvalidInput);
            QCOMPARE(hash.error().field, u"password"_s);
        }
    }

    void wrongPasswordDoesNotVerify()
    {
        const PasswordHasher hasher(ScryptParameters::forTests());
        const QString hash = hasher.hash(u"correct horse battery"_s).value();
        QVERIFY(hasher.verify(u"correct horse battery"_s, hash));
        QVERIFY(!hasher.verify(u"correct horse batterY"_s, hash));
        QVERIFY(!hasher.verify(u"correct horse battery "_s, hash));
        QVERIFY(!hasher.verify(QString(), hash));
    }

    void samePasswordGetsDifferentSaltsAndHashes()
    {
        const PasswordHasher hasher(ScryptParameters::forTests());
        const QString first = hasher.hash(u"correct horse battery"_s).value();
        const QString second = hasher.hash(u"correct horse battery"_s).value();
        QVERIFY(first != second);
        QVERIFY(first.split(u'$').at(4) != second.split(u'$').at(4));
        QVERIFY(hasher.verify(u"correct horse battery"_s, first));
        QVERIFY(hasher.verify(u"correct horse battery"_s, second));
    }

    void storedStringCarriesItsParameters()
    {
        const ScryptParameters custom {quint64(1) << 11, 4, 2};
        const PasswordHasher hasher(custom);
        const QString hash = hasher.hash(u"correct horse battery"_s).value();
        const QStringList parts = hash.split(u'$');
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts.at(0), u"scrypt"_s);
        QCOMPARE(PasswordHasher::parametersOf(hash).value(), custom);
        QCOMPARE(QByteArray::fromBase64(parts.at(4).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(5).toLatin1()).size(), 32);
        // A hasher with other (stronger) defaults still verifies it with the stored parameters...
        const PasswordHasher stronger({quint64(1) << 12, 8, 1});
        QVERIFY(stronger.verify(u"correct horse battery"_s, hash));
        // ... and says it should be hashed again; the hasher that made it does not.
        QVERIFY(stronger.needsRehash(hash));
        QVERIFY(!hasher.needsRehash(hash));
    }

    void malformedStoredHashNeverVerifies_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << u"correct horse battery"_s;
        QTest::newRow("other scheme") << u"pbkdf2$1000$c2FsdA==$aGFzaA=="_s;
        QTest::newRow("N not a power of two") << u"scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$AAAA"_s;
        QTest::newRow("N absurdly large") << u"scrypt$1099511627776$8$1$c2FsdA==$AAAA"_s;
        QTest::newRow("bad base64") << u"scrypt$1024$8$1$***$***"_s;
        QTest::newRow("short hash") << u"scrypt$1024$8$1$c2FsdA==$AAAA"_s;
    }

    void malformedStoredHashNeverVerifies()
    {
        QFETCH(QString, stored);
        const PasswordHasher hasher(ScryptParameters::forTests());
        QVERIFY(!hasher.verify(u"correct horse battery"_s, stored));
        QVERIFY(hasher.needsRehash(stored));
        QVERIFY(!PasswordHasher::parametersOf(stored).ok());
    }

    void tamperedHashDoesNotVerify()
    {
        const PasswordHasher hasher(ScryptParameters::forTests());
        QStringList parts = hasher.hash(u"correct horse battery"_s).value().split(u'$');
        QByteArray digest = QByteArray::fromBase64(parts.at(5).toLatin1());
        digest[0] = char(digest.at(0) ^ 1);
        parts[5] = QString::fromLatin1(digest.toBase64());
        QVERIFY(!hasher.verify(u"correct horse battery"_s, parts.join(u'$')));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_password_hasher.moc"
