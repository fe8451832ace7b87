// SPDX-License-Identifier: GPL-3.0-or-later
// The SMS providers page: its model under QAbstractItemModelTester, Edit by Enter and double-click,
// Remove with confirmations, Check all with progress and Cancel.
#include "core/audit/AuditLog.h"
#include "core/secrets/SecretStore.h"
#include "core/session/ChangeFeed.h"
#include "core/sms/ProviderService.h"
#include "tests/support/AnotherDesk.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "ui/sms/ProviderDialog.h"
#include "ui/sms/ProviderTableModel.h"
#include "ui/sms/SmsProvidersPage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestProvidersPage : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets {uniqueKeychainService()};

    /// A test database with its provider service and a fake Twilio server for the providers added to it.
    struct ProvidersDesk
    {
        TestDatabase database;
        FakeSmsServer server;
        ProviderService providers;

        ProvidersDesk(SecretStore& secrets, QNetworkAccessManager* network) : providers(database.db(), secrets, network)
        {
        }

        /// Adds a Twilio provider on the server, with its auth token in the keychain unless `withSecret` is false.
        qint64 add(const QString& name, bool enabled = true, bool withSecret = true) const
        {
            ProviderConfig config = server.twilioProvider();
            config.name = name;
            config.enabled = enabled;
            config.timeoutMs = 2000;
            return setUpProvider(providers, admin, config, withSecret ? server.twilioAuthToken : QByteArray()).id;
        }
    };

private slots:
    void columnWidthsAreRemembered()
    {
        QSettings().clear();
        TestDatabase database;
        const ProviderService providers(database.db(), m_secrets, &m_network);
        int width = 0;
        {
            SmsProvidersPage page(providers, admin);
            auto* table = page.findChild<QTableView*>(u"providersTable"_s);
            QVERIFY(table);
            width = table->columnWidth(0) + 61;
            table->horizontalHeader()->resizeSection(0, width);
        }
        SmsProvidersPage again(providers, admin);
        QCOMPARE(again.findChild<QTableView*>(u"providersTable"_s)->columnWidth(0), width);
        QSettings().clear();
    }

    void modelShowsProvidersAndPassesTheModelTester()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Beta"_s);
        desk.add(u"Alpha"_s, false, false);
        SmsProvidersPage page(desk.providers, admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProviderTableModel* model = page.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(ProviderTableModel::ColumnCount));
        QCOMPARE(model->index(0, ProviderTableModel::Name).data().toString(), u"Alpha"_s);
        QCOMPARE(model->index(0, ProviderTableModel::Kind).data().toString(), u"Twilio"_s);
        QCOMPARE(model->index(0, ProviderTableModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model->index(1, ProviderTableModel::Sender).data().toString(), u"+14155550100"_s);
        QCOMPARE(model->index(1, ProviderTableModel::Balance).data().toString(), u"not read yet"_s);
        page.reload(); // a reset under the tester
    }

    void editOpensByEnterAndByDoubleClick()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Main"_s);
        SmsProvidersPage page(desk.providers, admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QSignalSpy activated(page.view(), &QTableView::activated);
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QTRY_VERIFY(page.openDialog());
        QCOMPARE(page.openDialog()->providerId(),
                 page.model()->data(page.model()->index(0, 0), ProviderTableModel::ProviderIdRole).toLongLong());
        page.openDialog()->close();
        QTRY_VERIFY(!page.openDialog());

        const QRect cell = page.view()->visualRect(page.model()->index(0, 1));
        // A real double-click starts with a press on the same cell.
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!page.openDialog());
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(page.openDialog());
        page.openDialog()->close();
        QTRY_VERIFY(!page.openDialog());

        QTest::mouseClick(page.findChild<QPushButton*>(u"editProvider"_s), Qt::LeftButton);
        QTRY_VERIFY(page.openDialog());
    }

    void aProviderChangedOnAnotherDeskShowsAndItsOpenFormCannotOverwriteIt()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        const qint64 id = desk.add(u"Main"_s);
        const AuditLog audit(desk.database.db());
        ChangeFeed feed(desk.database.db(), audit);
        SmsProvidersPage page(desk.providers, admin);
        connect(&feed, &ChangeFeed::changed, &page, &SmsProvidersPage::applyChanges);
        QSignalSpy providersChanged(&page, &SmsProvidersPage::providersChanged);
        page.show();
        page.editSelected();
        QTRY_VERIFY(page.openDialog());
        QVERIFY(page.openDialog()->saveButton()->isEnabled());

        const AnotherDesk bob(desk.database);
        QVERIFY(bob.renameProvider(id, u"Main (renamed by bob)"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->index(0, ProviderTableModel::Name).data().toString(),
                                  u"Main (renamed by bob)"_s, 2000);
        QVERIFY(providersChanged.count() >= 1); // the status bar's health follows
        QVERIFY(page.openDialog()->changedElsewhere());
        QVERIFY(!page.openDialog()->saveButton()->isEnabled());
        QVERIFY(page.openDialog()->resultLabel()->text().contains(u"bob"_s));
    }

    void aProviderChangedOnAnotherDeskLeavesAFormOfAnotherProviderAlone()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        const qint64 main = desk.add(u"Main"_s);
        const qint64 spare = desk.add(u"Spare"_s, false, false);
        const AuditLog audit(desk.database.db());
        ChangeFeed feed(desk.database.db(), audit);
        SmsProvidersPage page(desk.providers, admin);
        connect(&feed, &ChangeFeed::changed, &page, &SmsProvidersPage::applyChanges);
        page.show();
        page.view()->selectRow(page.model()->rowOf(main));
        page.editSelected();
        QTRY_VERIFY(page.openDialog());

        QVERIFY(AnotherDesk(desk.database).renameProvider(spare, u"Spare 2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.model()->rowOf(spare) >= 0
                && page.model()->index(page.model()->rowOf(spare), ProviderTableModel::Name).data().toString()
                    == u"Spare 2"_s,
            2000);
        QVERIFY(!page.openDialog()->changedElsewhere());
        QVERIFY(page.openDialog()->saveButton()->isEnabled());
    }

    void removingTheOnlyEnabledProviderAsksTwice()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Only"_s);
        SmsProvidersPage page(desk.providers, admin);
        QStringList asked;
        QList<bool> answers {true, false};
        page.setConfirmation([&](const QString& title, const QString&) {
            asked.append(title);
            return answers.takeFirst();
        });
        page.view()->selectRow(0);
        page.removeSelected();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(page.model()->rowCount(), 1);

        answers = {true, true};
        QSignalSpy changed(&page, &SmsProvidersPage::providersChanged);
        QSignalSpy removed(&page, &SmsProvidersPage::removeFinished);
        page.removeSelected(); // the keychain answers later
        QVERIFY(removed.wait(15000));
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(changed.size(), 1);
    }

    void removingOneOfTwoEnabledProvidersAsksOnce()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"A"_s, true, false);
        desk.add(u"B"_s, true, false);
        SmsProvidersPage page(desk.providers, admin);
        int questions = 0;
        page.setConfirmation([&](const QString&, const QString&) {
            ++questions;
            return true;
        });
        page.view()->selectRow(0);
        QSignalSpy removed(&page, &SmsProvidersPage::removeFinished);
        page.removeSelected();
        QVERIFY(removed.wait(15000));
        QCOMPARE(questions, 1);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void declinedRemovalKeepsTheProvider()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Keep"_s, false, false);
        SmsProvidersPage page(desk.providers, admin);
        page.setConfirmation([](const QString&, const QString&) { return false; });
        page.view()->selectRow(0);
        page.removeSelected();
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void checkAllFillsBalanceAndStatusWithProgress()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Main"_s);
        SmsProvidersPage page(desk.providers, admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QSignalSpy changed(&page, &SmsProvidersPage::providersChanged);
        QTest::mouseClick(page.findChild<QPushButton*>(u"checkAll"_s), Qt::LeftButton);
        QVERIFY(page.findChild<QProgressBar*>()->isVisible());
        QVERIFY(page.findChild<QPushButton*>(u"cancelChecks"_s)->isVisible());
        QVERIFY(changed.wait(20000));
        QCOMPARE(page.model()->index(0, ProviderTableModel::Balance).data().toString(), u"12.50 USD"_s);
        QVERIFY(!page.model()->index(0, ProviderTableModel::BalanceReadAt).data().toString().isEmpty());
        QVERIFY(
            page.model()->index(0, ProviderTableModel::LastStatus).data().toString().startsWith(u"Service status"_s));
        QVERIFY(page.findChild<QLabel*>(u"pageStatus"_s)->text().contains(u"no problem"_s));
        QVERIFY(!page.findChild<QProgressBar*>()->isVisible());
    }

    void lastStatusShowsFailingCredentialsEvenWhenTheStatusPageIsFine()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Main"_s);
        desk.server.setFault(FakeSmsServer::Fault::Unauthorized, 2); // credentials and balance; the status page answers
        SmsProvidersPage page(desk.providers, admin);
        QSignalSpy changed(&page, &SmsProvidersPage::providersChanged);
        page.checkAll();
        QVERIFY(changed.wait(20000));
        const QString status = page.model()->index(0, ProviderTableModel::LastStatus).data().toString();
        QVERIFY2(status.contains(u"Wrong credentials"_s), qPrintable(status));
        QVERIFY(page.findChild<QLabel*>(u"pageStatus"_s)->text().contains(u"problem"_s));
    }

    void checkAllCanBeCancelled()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.server.setFault(FakeSmsServer::Fault::Never);
        desk.add(u"Main"_s);
        SmsProvidersPage page(desk.providers, admin);
        page.show();
        QSignalSpy changed(&page, &SmsProvidersPage::providersChanged);
        QSignalSpy received(&desk.server, &FakeSmsServer::requestReceived);
        QTest::mouseClick(page.findChild<QPushButton*>(u"checkAll"_s), Qt::LeftButton);
        QVERIFY(received.wait(5000));
        QTest::mouseClick(page.findChild<QPushButton*>(u"cancelChecks"_s), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(page.findChild<QLabel*>(u"pageStatus"_s)->text().contains(u"cancelled"_s));
        QVERIFY(page.findChild<QPushButton*>(u"checkAll"_s)->isEnabled());
    }

    void viewerCannotAddOrRemove()
    {
        ProvidersDesk desk(m_secrets, &m_network);
        desk.add(u"Main"_s, true, false);
        SmsProvidersPage page(desk.providers, Actor {u"vic"_s, Role::Viewer});
        page.view()->selectRow(0);
        QVERIFY(!page.findChild<QPushButton*>(u"addProvider"_s)->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(u"removeProvider"_s)->isEnabled());
        QVERIFY(page.findChild<QPushButton*>(u"editProvider"_s)->isEnabled());
    }
};

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
