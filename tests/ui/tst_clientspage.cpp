// SPDX-License-Identifier: GPL-3.0-or-later
// Clients > General driven as an operator would: typing searches after a pause, the 2FA filter, the
// count, and opening a client with Edit, Enter or a double-click.
#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/session/ChangeFeed.h"
#include "core/twofactor/TwoFactorService.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/AnotherDesk.h"
#include "tests/support/TestDatabase.h"
#include "translations/Translators.h"
#include "ui/clients/ClientDetailsDialog.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientsPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestClientsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ClientRepository> m_clients;
    std::unique_ptr<TwoFactorService> m_twoFactor;
    std::unique_ptr<ClientsPage> m_page;
    const Actor m_actor {u"sam"_s, Role::Support};

private slots:
    // What an English-speaking operator reads, with the plural forms of translations/backoffice_en.ts.
    void initTestCase() { translations::install(QLocale(QLocale::English)); }

    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_db->addClient(test::makeClient(101, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        m_db->addClient(test::makeClient(102, u"Alan"_s, u"Turing"_s, TwoFactorMethod::Sms));
        m_db->addClient(test::makeClient(103, u"Grace"_s, u"Hopper"_s));
        m_audit = std::make_unique<AuditLog>(m_db->db());
        m_clients = std::make_unique<ClientRepository>(m_db->db());
        m_twoFactor = std::make_unique<TwoFactorService>(m_db->db(), *m_audit);
        m_page = std::make_unique<ClientsPage>(*m_clients, *m_twoFactor, m_actor);
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_twoFactor.reset();
        m_clients.reset();
        m_audit.reset();
        m_db.reset();
    }

    void aClientChangedOnAnotherDeskIsShownWithinTwoSeconds()
    {
        ChangeFeed feed(m_db->db(), *m_audit);
        connect(&feed, &ChangeFeed::changed, m_page.get(), &ClientsPage::applyChanges);
        m_page->table()->selectRow(2);
        const test::AnotherDesk bob(*m_db);
        QVERIFY(bob.disableTwoFactor(102));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->clientAt(1).method, TwoFactorMethod::None, 2000);
        QCOMPARE(m_page->selectedClientId(), std::optional<qint64>(103)); // nothing moved under the operator
    }

    void clientsImportedOnAnotherDeskAppearKeepingTheSelection()
    {
        ChangeFeed feed(m_db->db(), *m_audit);
        connect(&feed, &ChangeFeed::changed, m_page.get(), &ClientsPage::applyChanges);
        m_page->table()->selectRow(1);
        const test::AnotherDesk bob(*m_db);
        QVERIFY(bob.importClient(104, u"Barbara"_s, u"Liskov"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 2000);
        QCOMPARE(m_page->selectedClientId(), std::optional<qint64>(102));
        QCOMPARE(m_page->countLabel()->text(), u"4 clients"_s);
    }

    void showsAllClientsAndTheirCount()
    {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_page->countLabel()->text(), u"3 clients"_s);
        QCOMPARE(test::labelsHidingTheirText(*m_page), QStringList());
        QCOMPARE(m_page->searchEdit()->placeholderText(), u"Search by ID, name, e-mail or phone"_s);
    }

    void atTheUsualWidthNoColumnIsCut()
    {
        m_page.reset();
        QSettings().clear(); // the layout as it comes, not as a test left it
        Client longMail = test::makeClient(104, u"Mariana"_s, u"Andersson-Whitfield"_s, TwoFactorMethod::Sms);
        longMail.email = u"mariana.andersson-whitfield@example-brokerage.co.uk"_s;
        m_db->addClient(longMail);
        ClientsPage page(*m_clients, *m_twoFactor, m_actor);
        page.resize(1280, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 4);
        auto* table = static_cast<QAbstractItemView*>(page.table());
        for (int column = 0; column < ClientListModel::ColumnCount; ++column)
            QVERIFY2(page.table()->columnWidth(column) >= table->sizeHintForColumn(column),
                     qPrintable(u"column %1: %2 < %3"_s.arg(column)
                                    .arg(page.table()->columnWidth(column))
                                    .arg(table->sizeHintForColumn(column))));
    }

    void typingSearchesAfterAShortPause()
    {
        QTest::keyClicks(m_page->searchEdit(), u"turing@"_s);
        // Not at every key stroke: the search waits for the pause.
        QCOMPARE(m_page->model()->rowCount(), 3);
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->clientAt(0).id, 102);
        QCOMPARE(m_page->countLabel()->text(), u"1 client"_s);
    }

    void noMatchShowsTheEmptyState()
    {
        QTest::keyClicks(m_page->searchEdit(), u"nobody"_s);
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        auto* empty = m_page->findChild<QLabel*>(u"emptyState"_s);
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(u"No client matches"_s));
        QVERIFY(!m_page->table()->isVisible());
    }

    void methodFilterNarrowsAtOnce()
    {
        m_page->methodFilter()->setCurrentIndex(m_page->methodFilter()->findText(u"SMS"_s));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->clientAt(0).id, 102);
        m_page->methodFilter()->setCurrentIndex(m_page->methodFilter()->findText(u"None"_s));
        QCOMPARE(m_page->model()->clientAt(0).id, 103);
    }

    void focusingThePageFocusesTheSearch()
    {
        // Ctrl+F is the main window's (tst_mainwindow); it focuses the page, which hands on to the search.
        m_page->table()->setFocus();
        QTRY_VERIFY(m_page->table()->hasFocus());
        m_page->setFocus(Qt::ShortcutFocusReason);
        QTRY_VERIFY(m_page->searchEdit()->hasFocus());
    }

    void tabAndShiftTabLeaveTheTable()
    {
        m_page->table()->selectRow(1);
        m_page->table()->setFocus();
        QTRY_VERIFY(m_page->table()->hasFocus());
        QTest::keyClick(m_page->table(), Qt::Key_Tab);
        QTRY_VERIFY(!m_page->table()->hasFocus());
        m_page->table()->setFocus();
        QTRY_VERIFY(m_page->table()->hasFocus());
        QTest::keyClick(m_page->table(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(!m_page->table()->hasFocus());
    }

    void enterOpensTheSelectedClient()
    {
        QSignalSpy opened(m_page.get(), &ClientsPage::clientOpened);
        m_page->table()->selectRow(1);
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        auto* dialog = opened.first().first().value<ClientDetailsDialog*>();
        QCOMPARE(dialog->client().id, 102);
        dialog->close();
    }

    void doubleClickOpensTheClient()
    {
        QSignalSpy opened(m_page.get(), &ClientsPage::clientOpened);
        QTableView* table = m_page->table();
        const QRect cell = table->visualRect(m_page->model()->index(2, ClientListModel::NameColumn));
        // A double-click is a click followed by the double-click event, as a mouse delivers it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<ClientDetailsDialog*>()->client().id, 103);
    }

    void editButtonOpensTheSelectedClient()
    {
        QSignalSpy opened(m_page.get(), &ClientsPage::clientOpened);
        m_page->table()->selectRow(0);
        QVERIFY(m_page->editButton()->isEnabled());
        QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<ClientDetailsDialog*>()->client().id, 101);
    }

    void decoratorSeesEveryDetailsDialog()
    {
        int decorated = 0;
        m_page->setDetailsDecorator([&](ClientDetailsDialog* dialog) {
            ++decorated;
            dialog->addSettingsSection(new QLabel(u"extra"_s));
        });
        m_page->table()->selectRow(0);
        m_page->openSelected();
        QCOMPARE(decorated, 1);
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        for (QWidget* widget : m_page->findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QPushButton*>(widget) || qobject_cast<QTableView*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
