// SPDX-License-Identifier: GPL-3.0-or-later
// System > SMS delivery on a real database: the since date defaults to 30 days ago, Refresh computes
// off the UI thread with progress and Cancel, causes come largest first with their clients, the
// summary line counts both, and activating a client asks to open it.
#include "core/sms/MessageLog.h"
#include "core/sms/SmsFailureReport.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSmsLog.h"
#include "ui/sms/SmsDeliveryPage.h"
#include "ui/sms/SmsFailureTreeModel.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace backoffice;
using namespace backoffice::test;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

struct Fixture
{
    TestDatabase database;
    Client a = database.addClient(makeClient(1, u"Ada"_s, u"Filtered"_s));
    Client b = database.addClient(makeClient(2, u"Bob"_s, u"Filtered"_s));
    Client c = database.addClient(makeClient(3, u"Cy"_s, u"Unreachable"_s));
    Client d = database.addClient(makeClient(4, u"Di"_s, u"Recovered"_s));
    Client e = database.addClient(makeClient(5, u"Ed"_s, u"Longago"_s));
    ManualClock clock {now}; ///< the report's "now", from which the since date counts back

    Fixture()
    {
        const Database& db = database.db();
        logSms(db, a.id, a.phone, SmsStatus::Failed, u"30007"_s, now.addDays(-2));
        logSms(db, b.id, b.phone, SmsStatus::Undelivered, u"30007"_s, now.addDays(-1));
        logSms(db, c.id, c.phone, SmsStatus::Undelivered, u"30003"_s, now.addDays(-3));
        logSms(db, d.id, d.phone, SmsStatus::Failed, u"30007"_s, now.addDays(-5));
        logSms(db, d.id, d.phone, SmsStatus::Delivered, {}, now.addDays(-4));
        logSms(db, e.id, e.phone, SmsStatus::Failed, u"30005"_s, now.addDays(-60));
    }
};
/// Shows `page` at `size`, as the operator sees it, and waits for the report that Refresh computes.
bool showFirstReport(SmsDeliveryPage& page, QSize size)
{
    page.resize(size);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    QSignalSpy finished(&page, &SmsDeliveryPage::reportFinished);
    page.refresh();
    return finished.wait(20000);
}
} // namespace

class TestSmsDeliveryPage : public QObject
{
    Q_OBJECT

private slots:
    void sinceDefaultsToThirtyDaysAgoAndNothingRunsUntilRefresh()
    {
        Fixture fixture;
        SmsDeliveryPage page(fixture.database.db().location(), support, fixture.clock);
        QCOMPARE(page.sinceEdit()->date(), now.toLocalTime().date().addDays(-30));
        QVERIFY(!page.sinceEdit()->accessibleName().isEmpty());
        QVERIFY(!page.isComputing());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void refreshGroupsClientsByCauseLargestFirst()
    {
        Fixture fixture;
        SmsDeliveryPage page(fixture.database.db().location(), support, fixture.clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(&page, &SmsDeliveryPage::reportFinished);
        QTest::mouseClick(page.findChild<QPushButton*>(u"refreshReport"_s), Qt::LeftButton);
        QVERIFY(page.isComputing());
        QVERIFY(page.findChild<QPushButton*>(u"cancelReport"_s)->isVisible());
        QVERIFY(page.findChild<QProgressBar*>()->isVisible());
        QVERIFY(finished.wait(20000));
        QVERIFY(!page.isComputing());
        QVERIFY(!page.findChild<QProgressBar*>()->isVisible());

        SmsFailureTreeModel* model = page.model();
        QCOMPARE(model->rowCount(), 2); // 30007 (Ada, Bob) then 30003 (Cy); Ed is older than 30 days
        const QModelIndex filtered = model->index(0, SmsFailureTreeModel::Cause);
        QVERIFY(filtered.data().toString().contains(DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).meaning));
        QCOMPARE(model->index(0, SmsFailureTreeModel::Count).data().toString(), QLocale().toString(2));
        QCOMPARE(model->index(0, SmsFailureTreeModel::Action).data().toString(),
                 DeliveryErrorCodes::explain(u"twilio"_s, u"30007"_s).action);
        QCOMPARE(model->rowCount(filtered), 2);
        // The provider as the providers page names it, never the stored kind.
        QCOMPARE(model->index(0, SmsFailureTreeModel::Provider).data().toString(), u"Twilio"_s);
        QVERIFY(filtered.data().toString().startsWith(u"Twilio error 30007"_s));
        QCOMPARE(SmsFailureTreeModel::clientIdAt(model->index(0, 0, filtered)), fixture.b.id); // latest first
        QCOMPARE(SmsFailureTreeModel::clientIdAt(model->index(1, 0, filtered)), fixture.a.id);
        QCOMPARE(SmsFailureTreeModel::clientIdAt(filtered), 0);
        QCOMPARE(model->index(1, SmsFailureTreeModel::ErrorCode).data().toString(), u"30003"_s);
        QCOMPARE(page.findChild<QLabel*>(u"reportSummary"_s)->text(),
                 u"3 client(s) whose last SMS failed, 2 cause(s)."_s);
    }

    void noColumnButTheCauseIsCutAndTheAdviceIsInItsTooltip()
    {
        Fixture fixture;
        SmsDeliveryPage page(fixture.database.db().location(), support, fixture.clock);
        QVERIFY(showFirstReport(page, {1100, 600}));
        auto* view = page.findChild<QTreeView*>(u"failureTree"_s);
        SmsFailureTreeModel* model = page.model();
        const QModelIndex action = model->index(0, SmsFailureTreeModel::Action);
        QCOMPARE(action.data(Qt::ToolTipRole).toString(), action.data().toString());
        // The facts come before the advice sentence, which is last.
        QCOMPARE(view->header()->visualIndex(SmsFailureTreeModel::Action), SmsFailureTreeModel::ColumnCount - 1);
        QVERIFY(view->columnViewportPosition(SmsFailureTreeModel::At) + view->columnWidth(SmsFailureTreeModel::At)
                <= view->viewport()->width());
        // Every column but the cause is as wide as what it shows: nothing elided.
        for (int column :
             {int(SmsFailureTreeModel::Count), int(SmsFailureTreeModel::Action), int(SmsFailureTreeModel::Provider),
              int(SmsFailureTreeModel::Status), int(SmsFailureTreeModel::ErrorCode), int(SmsFailureTreeModel::At)})
            QVERIFY2(view->columnWidth(column) >= static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                     qPrintable(QString::number(column)));
    }

    void olderSinceDateBringsInOlderFailures()
    {
        Fixture fixture;
        SmsDeliveryPage page(fixture.database.db().location(), support, fixture.clock);
        page.sinceEdit()->setDate(now.date().addDays(-90));
        QSignalSpy finished(&page, &SmsDeliveryPage::reportFinished);
        page.refresh();
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.findChild<QLabel*>(u"reportSummary"_s)->text(),
                 u"4 client(s) whose last SMS failed, 3 cause(s)."_s);
    }

    void doubleClickOnAClientAsksToOpenIt()
    {
        Fixture fixture;
        SmsDeliveryPage page(fixture.database.db().location(), support, fixture.clock);
        QVERIFY(showFirstReport(page, {1000, 700}));
        QSignalSpy open(&page, &SmsDeliveryPage::openClientRequested);
        QTreeView* view = page.view();
        const QModelIndex cause = page.model()->index(1, 0);
        const QModelIndex client = page.model()->index(0, 0, cause);
        const QRect rect = view->visualRect(client);
        QVERIFY(view->viewport()->rect().contains(rect.center()));
        // As Qt's own QTreeView tests do: the click selects the row, the double-click activates it.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 1);
        // Enter on a cause row opens nothing; Enter on a client row opens it too.
        view->setCurrentIndex(cause);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        view->setCurrentIndex(page.model()->index(0, 0, page.model()->index(0, 0)));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(1).first().toLongLong(), fixture.b.id);
        QCOMPARE(open.first().first().toLongLong(), fixture.c.id);
    }

    void cancelKeepsThePreviousListAndSaysSo()
    {
        Fixture fixture;
        SmsDeliveryPage page(fixture.database.db().location(), support, fixture.clock);
        QSignalSpy finished(&page, &SmsDeliveryPage::reportFinished);
        page.refresh();
        page.cancel(); // before the worker opened its connection
        QVERIFY(finished.wait(20000));
        QVERIFY(!page.isComputing());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(u"reportSummary"_s)->text().startsWith(u"Cancelled"_s));
        QVERIFY(!page.findChild<QPushButton*>(u"cancelReport"_s)->isVisible());
    }

    void noFailuresSaysSo()
    {
        TestDatabase database;
        ManualClock clock(now);
        SmsDeliveryPage page(database.db().location(), support, clock);
        QSignalSpy finished(&page, &SmsDeliveryPage::reportFinished);
        page.refresh();
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(u"reportSummary"_s)->text().startsWith(u"No client's last SMS failed"_s));
    }
};

QTEST_MAIN(TestSmsDeliveryPage)
#include "tst_smsdeliverypage.moc"
