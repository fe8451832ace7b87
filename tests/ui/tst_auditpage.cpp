// SPDX-License-Identifier: GPL-3.0-or-later
// The audit page: newest-first batched model, filters, integrity banner, CSV export.
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerificationText.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestAuditEvents.h"
#include "tests/support/TestDatabase.h"
#include "translations/Translators.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
/// Every role reads the log; the page reads as this one.
const Actor viewer {u"vic.viewer"_s, Role::Viewer};
/// `count` events: operators alternate alice/bob, clients 1..3, one per hour from 2026-11-01 00:00 UTC.
void fill(const test::TestDatabase& database, int count)
{
    test::ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    const AuditLog audit(database.db(), clock);
    const Status done = database.db().writeTransaction([&]() -> Status {
        for (int i = 1; i <= count; ++i) {
            AuditEvent event = test::auditEvent(i % 2 ? u"alice"_s : u"bob"_s,
                                                i % 3 ? AuditAction::Diagnosed : AuditAction::TwoFactorDisabled);
            event.clientId = (i % 3) + 1;
            event.reason = u"ticket %1"_s.arg(i);
            if (auto appended = audit.appendInTransaction(event); !appended)
                return appended.error();
            clock.advanceSeconds(3600);
        }
        return Ok {};
    });
    if (!done)
        qFatal("cannot fill the audit log");
}

QList<qint64> idsOf(const AuditTableModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(AuditTableModel::IdRole).toLongLong();
    return ids;
}

void fetchAll(AuditTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}
} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    // What an English-speaking operator reads, with the plural forms of translations/backoffice_en.ts.
    void initTestCase() { translations::install(QLocale(QLocale::English)); }

    void modelFetchesInBatchesNewestFirst()
    {
        test::TestDatabase database;
        fill(database, 25);
        const AuditLog log(database.db());
        const AuditReader reader(log, viewer);
        AuditTableModel model(reader);
        model.setBatchSize(10);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, 0).data(AuditTableModel::IdRole).toLongLong(), 25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(24, 0).data(AuditTableModel::IdRole).toLongLong(), 1);
        QCOMPARE(model.index(24, AuditTableModel::ReasonColumn).data().toString(), u"ticket 1"_s);
        QCOMPARE(model.index(24, AuditTableModel::OperatorColumn).data().toString(), u"alice"_s);
        QCOMPARE(model.index(24, AuditTableModel::ClientColumn).data().toLongLong(), 2);
    }

    void modelFilterIsAppliedInSql()
    {
        test::TestDatabase database;
        fill(database, 12);
        const AuditLog log(database.db());
        const AuditReader reader(log, viewer);
        AuditTableModel model(reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatchSize(2);
        AuditFilter filter;
        filter.operatorName = u"bob"_s;
        filter.action = QString::fromLatin1(AuditAction::TwoFactorDisabled);
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(idsOf(model), (QList<qint64> {12, 6}));
    }

    void pageShowsTheLogAndFiltersByClientOperatorActionAndDates()
    {
        test::TestDatabase database;
        fill(database, 30);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 30);

        auto* client = page.findChild<QLineEdit*>(u"clientFilter"_s);
        QTest::keyClicks(client, u"1"_s);
        QTest::keyClick(client, Qt::Key_Return);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 10);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->eventAt(row).clientId, std::optional<qint64>(1));

        auto* op = page.findChild<QLineEdit*>(u"operatorFilter"_s);
        QTest::keyClicks(op, u"alice"_s);
        QTest::keyClick(op, Qt::Key_Return);
        fetchAll(*page.model());
        QCOMPARE(idsOf(*page.model()), (QList<qint64> {27, 21, 15, 9, 3}));

        client->clear();
        QTest::keyClick(client, Qt::Key_Return);
        op->clear();
        QTest::keyClick(op, Qt::Key_Return);
        auto* action = page.findChild<QComboBox*>(u"actionFilter"_s);
        QCOMPARE(action->count(), 3); // all, and the two actions in the log
        action->setCurrentIndex(action->findData(QString::fromLatin1(AuditAction::TwoFactorDisabled)));
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 10);

        action->setCurrentIndex(0);
        // Events are hourly from 2026-11-01 00:00 UTC: the local day 2026-11-01 holds about 24.
        page.findChild<QDateEdit*>(u"fromDate"_s)->setDate(QDate(2026, 11, 2));
        page.findChild<QCheckBox*>(u"fromEnabled"_s)->setChecked(true);
        fetchAll(*page.model());
        const QDateTime from = QDateTime(QDate(2026, 11, 2), QTime(0, 0)).toUTC();
        QVERIFY(page.model()->rowCount() > 0);
        QVERIFY(page.model()->rowCount() < 30);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(page.model()->eventAt(row).at >= from);
    }

    void setClientFilterShowsOneClient()
    {
        test::TestDatabase database;
        fill(database, 9);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        page.setClientFilter(3);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.findChild<QLineEdit*>(u"clientFilter"_s)->text(), u"3"_s);
    }

    void bannerSaysIntactWithTheCount()
    {
        test::TestDatabase database;
        fill(database, 7);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(page.bannerText(), u"The audit log is intact: 7 events checked."_s);
    }

    void bannerNamesTheFirstBrokenEvent()
    {
        test::TestDatabase database;
        fill(database, 7);
        QVERIFY(database.db().exec(u"DROP TRIGGER audit_events_no_update"_s).ok());
        QVERIFY(database.db().exec(u"UPDATE audit_events SET reason = 'nothing to see' WHERE id = 3"_s).ok());
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(page.bannerText().startsWith(u"Event 3 does not match its hash"_s), qPrintable(page.bannerText()));
    }

    void bannerSaysTheSameAsAuditVerifyWhenTheNewestEventsWereRemoved()
    {
        test::TestDatabase database;
        fill(database, 7);
        QVERIFY(database.db().exec(u"DROP TRIGGER audit_events_no_delete"_s).ok());
        QVERIFY(database.db().exec(u"DELETE FROM audit_events WHERE id > 5"_s).ok());
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(page.bannerText(), describeVerification(AuditLog(database.db()).verify().value()));
        QCOMPARE(page.bannerText(), u"The log ends at event 5 but its head says 7: events were removed."_s);
    }

    void exportWritesTheFilteredEvents()
    {
        test::TestDatabase database;
        fill(database, 10);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        auto* op = page.findChild<QLineEdit*>(u"operatorFilter"_s);
        QTest::keyClicks(op, u"bob"_s);
        QTest::keyClick(op, Qt::Key_Return);
        const QString path = database.dir() + u"/export.csv"_s;
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // header + 5 of bob's events
        QVERIFY(lines.at(1).startsWith("10,"));
    }

    void cancelledExportLeavesNoFile()
    {
        test::TestDatabase database;
        fill(database, 8000);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        const QString path = database.dir() + u"/cancelled.csv"_s;
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        page.exportTo(path);
        page.cancelExport();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        test::TestDatabase database;
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        for (QWidget* widget : page.findChildren<QWidget*>()) {
            if (widget->focusPolicy() != Qt::NoFocus && !widget->objectName().isEmpty()
                && !widget->objectName().startsWith(u"qt_"_s))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        // What Qt makes inside the filters has no object name: the clear buttons and the drop-down list.
        int clearButtons = 0;
        for (QLineEdit* edit : page.findChildren<QLineEdit*>()) {
            for (QToolButton* button : edit->findChildren<QToolButton*>()) {
                ++clearButtons;
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(edit->accessibleName()));
            }
        }
        QVERIFY(clearButtons >= 2);
        for (QComboBox* combo : page.findChildren<QComboBox*>())
            QVERIFY2(!combo->view()->accessibleName().isEmpty(), qPrintable(combo->accessibleName()));
    }

    void actionsAreWordsWithTheIdentifierInTheTooltip()
    {
        test::TestDatabase database;
        fill(database, 3);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        fetchAll(*page.model());
        const QModelIndex disabled = page.model()->index(0, AuditTableModel::ActionColumn); // event 3
        QCOMPARE(disabled.data().toString(), u"Two-factor authentication disabled"_s);
        QCOMPARE(disabled.data(AuditTableModel::ActionRole).toString(), u"client.2fa.disable"_s);
        QVERIFY2(disabled.data(Qt::ToolTipRole).toString().contains(u"client.2fa.disable"_s),
                 qPrintable(disabled.data(Qt::ToolTipRole).toString()));
        // The filter offers the same words and still filters on the identifier.
        auto* action = page.findChild<QComboBox*>(u"actionFilter"_s);
        const int index = action->findText(u"Client diagnosed"_s);
        QVERIFY(index > 0);
        QCOMPARE(action->itemData(index).toString(), QString::fromLatin1(AuditAction::Diagnosed));
        QCOMPARE(action->itemData(index, Qt::ToolTipRole).toString(), QString::fromLatin1(AuditAction::Diagnosed));
        // German, too.
        QTranslator german;
        QVERIFY(german.load(u"backoffice_de"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&german);
        const QString inGerman = page.model()->index(0, AuditTableModel::ActionColumn).data().toString();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(inGerman, u"Zwei-Faktor-Authentifizierung deaktiviert"_s);
    }

    void changeIsAReadableSummaryWithTheFullTextInTheTooltip()
    {
        test::TestDatabase database;
        const AuditLog log(database.db());
        AuditEvent edit = test::auditEvent(u"alice"_s, AuditAction::ProviderEdited);
        edit.before
            = uR"({"account_id":"AC1","base_url":"https://api.twilio.com","kind":"twilio","name":"Twilio","sender":"BackOffice","timeout_ms":10000})"_s;
        edit.after
            = uR"({"account_id":"AC1","base_url":"https://api.twilio.com","kind":"twilio","name":"Twilio","sender":"Broker","timeout_ms":15000})"_s;
        QVERIFY(log.append(edit));
        AuditEvent role = test::auditEvent(u"alice"_s, AuditAction::OperatorRoleChanged);
        role.before = u"viewer"_s;
        role.after = u"support"_s;
        QVERIFY(log.append(role));
        AuditPage page(log, database.db().location(), viewer);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->index(0, AuditTableModel::ChangeColumn).data().toString(), u"viewer → support"_s);
        const QModelIndex change = page.model()->index(1, AuditTableModel::ChangeColumn);
        QCOMPARE(change.data().toString(), u"Sender: BackOffice → Broker; Timeout (ms): 10000 → 15000"_s);
        const QString tooltip = change.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(u"\"base_url\": \"https://api.twilio.com\""_s), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(u"Before:"_s) && tooltip.contains(u"After:"_s), qPrintable(tooltip));
    }

    void newEventsAppearWhileThePageIsShownAndWhenItIsShownAgain()
    {
        test::TestDatabase database;
        fill(database, 5);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 5);
        auto* table = page.findChild<QTableView*>(u"auditTable"_s);
        table->selectRow(2);
        const qint64 selected = table->currentIndex().data(AuditTableModel::IdRole).toLongLong();

        // Written elsewhere (a disable, a check, a test SMS): no filter typed, no key pressed.
        AuditEvent sent = test::auditEvent(u"alice"_s, AuditAction::TestSmsSent);
        QVERIFY(log.append(sent));
        QTRY_COMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->eventAt(0).action, QString::fromLatin1(AuditAction::TestSmsSent));
        QCOMPARE(table->currentIndex().data(AuditTableModel::IdRole).toLongLong(), selected); // the same event
        auto* action = page.findChild<QComboBox*>(u"actionFilter"_s);
        QVERIFY(action->findData(QString::fromLatin1(AuditAction::TestSmsSent)) > 0);

        // Hidden (another page shown), it catches up the moment it is shown again.
        page.hide();
        QVERIFY(log.append(sent));
        QVERIFY(log.append(sent));
        QCOMPARE(page.model()->rowCount(), 6);
        page.show();
        QCOMPARE(page.model()->rowCount(), 8);
    }

    void newEventsKeepTheFilter()
    {
        test::TestDatabase database;
        fill(database, 6);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        page.setClientFilter(1);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 2);
        AuditEvent other = test::auditEvent(u"bob"_s, AuditAction::Diagnosed);
        other.clientId = 2;
        QVERIFY(log.append(other));
        AuditEvent mine = other;
        mine.clientId = 1;
        QVERIFY(log.append(mine));
        page.showNewEvents();
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->eventAt(0).clientId, std::optional<qint64>(1));
    }

    void textFiltersApplyAsTheyAreTyped()
    {
        test::TestDatabase database;
        fill(database, 30);
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 30);
        auto* client = page.findChild<QLineEdit*>(u"clientFilter"_s);
        client->setFocus();
        QTest::keyClicks(client, u"1"_s); // no Enter, focus stays
        QTRY_COMPARE(page.model()->filter().clientId, std::optional<qint64>(1));
        QVERIFY(client->hasFocus());
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 10);
        auto* op = page.findChild<QLineEdit*>(u"operatorFilter"_s);
        QTest::keyClicks(op, u"bob"_s);
        QTRY_COMPARE(page.model()->filter().operatorName, u"bob"_s);
        QTest::keyClick(client, Qt::Key_Backspace);
        QTRY_VERIFY(!page.model()->filter().clientId.has_value());
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 15);
    }

    void columnWidthsAreRemembered()
    {
        QSettings().clear();
        test::TestDatabase database;
        const AuditLog log(database.db());
        int width = 0;
        {
            AuditPage page(log, database.db().location(), viewer);
            auto* table = page.findChild<QTableView*>(u"auditTable"_s);
            width = table->columnWidth(AuditTableModel::TargetColumn) + 57;
            table->horizontalHeader()->resizeSection(AuditTableModel::TargetColumn, width);
        }
        AuditPage again(log, database.db().location(), viewer);
        QCOMPARE(again.findChild<QTableView*>(u"auditTable"_s)->columnWidth(AuditTableModel::TargetColumn), width);
        QSettings().clear();
    }

    void tabLeavesTheTableOnceARowWasClicked()
    {
        test::TestDatabase database;
        const AuditLog log(database.db());
        AuditPage page(log, database.db().location(), viewer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableView*>(u"auditTable"_s);
        QVERIFY(table);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(!table->hasFocus());
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
