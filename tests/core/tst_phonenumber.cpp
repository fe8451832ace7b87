// SPDX-License-Identifier: GPL-3.0-or-later
// Phone number validation with libphonenumber: E.164 only, validity, and the number's type.
#include "core/clients/PhoneNumber.h"

#include <QTest>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(PhoneNumberInfo::Problem)
Q_DECLARE_METATYPE(PhoneNumberInfo::Type)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void inspect_data()
    {
        using P = PhoneNumberInfo::Problem;
        using T = PhoneNumberInfo::Type;
        QTest::addColumn<QString>("text");
        QTest::addColumn<P>("problem");
        QTest::addColumn<T>("type");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");
        QTest::newRow("UK mobile") << u"+447400123456"_s << P::None << T::Mobile << u"+447400123456"_s << u"GB"_s;
        QTest::newRow("German mobile with spaces")
            << u"+49 151 23456789"_s << P::None << T::Mobile << u"+4915123456789"_s << u"DE"_s;
        QTest::newRow("Dutch mobile with dashes")
            << u"+31-6-12345678"_s << P::None << T::Mobile << u"+31612345678"_s << u"NL"_s;
        QTest::newRow("German landline") << u"+49301234567"_s << P::None << T::FixedLine << u"+49301234567"_s
                                         << u"DE"_s;
        QTest::newRow("national format") << u"07400123456"_s << P::NotE164 << T::Unknown << QString() << QString();
        QTest::newRow("letters") << u"+44abc"_s << P::NotE164 << T::Unknown << QString() << QString();
        QTest::newRow("too short to be a number")
            << u"+4412"_s << P::NotPossible << T::Unknown << u"+4412"_s << u"GB"_s;
        // A possible length in a range the (2022) metadata does not know: maybe a new range.
        QTest::newRow("range unknown to the plan")
            << u"+44 4012 345678"_s << P::Invalid << T::Unknown << u"+444012345678"_s << u"GB"_s;
        QTest::newRow("no such country code")
            << u"+999123456"_s << P::Unparsable << T::Unknown << QString() << QString();
        QTest::newRow("empty") << u"  "_s << P::Empty << T::Unknown << QString() << QString();
    }

    void inspect()
    {
        QFETCH(QString, text);
        QFETCH(PhoneNumberInfo::Problem, problem);
        QFETCH(PhoneNumberInfo::Type, type);
        QFETCH(QString, e164);
        QFETCH(QString, region);
        const PhoneNumberInfo info = PhoneNumber::inspect(text);
        QCOMPARE(info.problem, problem);
        QCOMPARE(info.type, type);
        QCOMPARE(info.e164, e164);
        if (!region.isEmpty())
            QCOMPARE(info.regionCode, region);
    }

    void exampleMobilesAreValidMobiles()
    {
        for (const QString& region : {u"GB"_s, u"DE"_s, u"FR"_s, u"JP"_s, u"BR"_s}) {
            const QString example = PhoneNumber::exampleMobile(region);
            const PhoneNumberInfo info = PhoneNumber::inspect(example);
            QVERIFY2(info.isValid(), qPrintable(example));
            QCOMPARE(info.regionCode, region);
            QVERIFY(info.canReceiveSms());
        }
        QVERIFY(PhoneNumber::exampleMobile(u"XX"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
