// SPDX-License-Identifier: GPL-3.0-or-later
// One way to show a time: the locale's date and time, in local time, always with the zone, so an
// operator never reads a UTC time as local or the other way round.
#include "core/common/DateTimeText.h"

#include <QLocale>
#include <QTest>

#include <ctime>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

class TestDateTimeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void showsLocalDateTimeAndZone_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("precise");
        const QDateTime winter(QDate(2026, 12, 3), QTime(9, 42, 7), Qt::UTC);
        const QDateTime summer(QDate(2026, 8, 1), QTime(23, 30, 0), Qt::UTC);
        QTest::newRow("en_GB winter") << u"en_GB"_s << winter << u"03/12/2026 10:42 CET"_s
                                      << u"03/12/2026 10:42:07 CET"_s;
        QTest::newRow("de_DE winter") << u"de_DE"_s << winter << u"03.12.26 10:42 CET"_s << u"03.12.26 10:42:07 CET"_s;
        // Local time crosses midnight: the date is the local one.
        QTest::newRow("en_GB summer") << u"en_GB"_s << summer << u"02/08/2026 01:30 CEST"_s
                                      << u"02/08/2026 01:30:00 CEST"_s;
    }

    void showsLocalDateTimeAndZone()
    {
        QFETCH(QString, locale);
        QFETCH(QDateTime, utc);
        QFETCH(QString, expected);
        QFETCH(QString, precise);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(dateTimeText(utc), expected);
        QCOMPARE(preciseDateTimeText(utc), precise);
    }

    void invalidTimeIsEmpty() { QVERIFY(dateTimeText(QDateTime()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestDateTimeText)
#include "tst_datetimetext.moc"
