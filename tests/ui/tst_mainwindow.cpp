// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: pages join the navigation tree under their section, choosing one shows it (by mouse,
// keyboard or a screen reader), Ctrl+F and Ctrl+Q work from anywhere, and the layout is remembered.
#include "ui/MainWindow.h"
#include "ui/common/RunningWork.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    struct Pages
    {
        QWidget* general = nullptr;
        QLineEdit* search = nullptr;
        QWidget* providers = nullptr;
        QWidget* audit = nullptr;
    };

    static Pages addPages(MainWindow& window)
    {
        Pages pages;
        pages.general = new QWidget;
        pages.search = new QLineEdit(pages.general);
        pages.search->setText(u"smith"_s);
        (new QVBoxLayout(pages.general))->addWidget(pages.search);
        pages.general->setFocusProxy(pages.search);
        pages.providers = new QLabel(u"providers"_s);
        pages.audit = new QLabel(u"audit"_s);
        window.addPage(u"Clients"_s, u"General"_s, pages.general);
        window.addPage(u"System"_s, u"SMS providers"_s, pages.providers);
        window.addPage(u"System"_s, u"Audit log"_s, pages.audit);
        window.setSearchPage(pages.general);
        return pages;
    }

    /// Clicks `buttonText` in the next message box that opens; records the text it showed.
    void answerNextMessageBox(const QString& buttonText, QString* shownText)
    {
        QTimer::singleShot(0, this, [buttonText, shownText] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            *shownText = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == buttonText)
                    button->click();
            }
        });
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BackOfficeTest"_s);
        QApplication::setApplicationDisplayName(u"Back Office"_s);
    }

    void init() { QSettings().clear(); }

    void titleNamesTheDatabaseWithoutRepeatingTheApplication()
    {
        MainWindow window(u"/data/ops.sqlite"_s);
        // Qt appends the display name itself; the title must not hold it a second time.
        QCOMPARE(window.windowTitle(), u"/data/ops.sqlite"_s);
        QCOMPARE(window.size(), QSize(1280, 800));
    }

    void theDatabaseLabelIsReadAsItsText()
    {
        MainWindow window(u"/data/ops.sqlite"_s);
        auto* label = window.statusBar()->findChild<QLabel*>(u"databaseLabel"_s);
        QVERIFY(label);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(label);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), u"/data/ops.sqlite"_s);
    }

    void choosingASectionHighlightsThePageShown()
    {
        MainWindow window;
        const Pages pages = addPages(window);
        QTreeWidget* tree = window.navigation();
        QTreeWidgetItem* system = tree->topLevelItem(1);
        tree->setCurrentItem(system);
        QTRY_COMPARE(tree->currentItem(), system->child(0));
        QCOMPARE(tree->selectedItems(), QList<QTreeWidgetItem*> {system->child(0)});
        QCOMPARE(window.currentPage(), pages.providers);
    }

    void aScreenReaderSelectingARowSwitchesThePage()
    {
        MainWindow window;
        const Pages pages = addPages(window);
        window.show();
        QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(window.navigation());
        QVERIFY(tree && tree->tableInterface());
        // Rows as a screen reader sees them: Clients, General, System, SMS providers, Audit log.
        QVERIFY(tree->tableInterface()->selectRow(4));
        QCOMPARE(window.currentPage(), pages.audit);
    }

    void upFromASectionsFirstPageReachesThePageAbove()
    {
        MainWindow window;
        const Pages pages = addPages(window);
        window.show();
        QTreeWidget* tree = window.navigation();
        window.showPage(pages.providers);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Up); // onto "System", which moves on upwards
        QTRY_COMPARE(window.currentPage(), pages.general);
        QTest::keyClick(tree, Qt::Key_Down); // onto "System" again, which moves on downwards
        QTRY_COMPARE(window.currentPage(), pages.providers);
    }

    void ctrlFFromTheNavigationFocusesTheSearch()
    {
        MainWindow window;
        const Pages pages = addPages(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(pages.audit);
        window.navigation()->setFocus();
        QTRY_VERIFY(window.navigation()->hasFocus());
        QTest::keyClick(window.navigation(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pages.search->hasFocus());
        QCOMPARE(window.currentPage(), pages.general);
        QCOMPARE(pages.search->selectedText(), u"smith"_s);
    }

    void theLastPageAndTheSplitterAreRemembered()
    {
        {
            MainWindow window;
            const Pages pages = addPages(window);
            window.show();
            auto* splitter = window.findChild<QSplitter*>(u"mainSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({333, 900});
            emit splitter->splitterMoved(333, 1); // what dragging the handle emits
            window.showPage(pages.audit);
            window.close();
        }
        MainWindow window;
        const Pages pages = addPages(window);
        window.show();
        QCOMPARE(window.currentPage(), pages.audit);
        QCOMPARE(window.findChild<QSplitter*>(u"mainSplitter"_s)->sizes().value(0), 333);
    }

    void theWindowsSizeAndPlaceAreRemembered()
    {
        QRect geometry;
        {
            MainWindow window;
            addPages(window);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(QRect(120, 90, 1111, 666));
            QTRY_COMPARE(window.size(), QSize(1111, 666));
            geometry = window.geometry();
            window.close();
        }
        MainWindow window;
        addPages(window);
        QCOMPARE(window.size(), geometry.size());
        QCOMPARE(window.pos(), geometry.topLeft());
    }

    void ctrlQFromAClientsWindowQuits()
    {
        MainWindow window;
        addPages(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy closed(&window, &MainWindow::closed);
        // A client's window: a dialog of its own with the focus in one of its fields.
        QDialog client(&window);
        auto* field = new QLineEdit(&client);
        client.show();
        QVERIFY(QTest::qWaitForWindowExposed(&client));
        QApplication::setActiveWindow(&client);
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
        QTRY_COMPARE(closed.size(), 1);
    }

    void quittingWhileWorkRunsAsksFirst()
    {
        MainWindow window;
        addPages(window);
        window.show();
        QSignalSpy closed(&window, &MainWindow::closed);
        auto token = RunningWork::instance().begin(u"Diagnosis of client 1042"_s);
        QString shown;
        answerNextMessageBox(u"&Keep working"_s, &shown);
        window.close();
        QVERIFY(shown.contains(u"Diagnosis of client 1042"_s));
        QVERIFY(window.isVisible());
        QCOMPARE(closed.size(), 0);

        answerNextMessageBox(u"&Quit and cancel"_s, &shown);
        window.close();
        QCOMPARE(closed.size(), 1);

        token.release();
        MainWindow idle;
        idle.show();
        QSignalSpy idleClosed(&idle, &MainWindow::closed);
        idle.close(); // nothing runs: no question
        QCOMPARE(idleClosed.size(), 1);
    }

    void pagesJoinTheirSectionsAndTheFirstIsShown()
    {
        MainWindow window;
        auto* general = new QLabel(u"general"_s);
        auto* providers = new QLabel(u"providers"_s);
        auto* audit = new QLabel(u"audit"_s);
        window.addPage(u"Clients"_s, u"General"_s, general);
        window.addPage(u"System"_s, u"SMS providers"_s, providers);
        window.addPage(u"System"_s, u"Audit log"_s, audit);
        QTreeWidget* tree = window.navigation();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Clients"_s);
        QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
        QCOMPARE(window.currentPage(), general);
        QVERIFY(!tree->accessibleName().isEmpty());

        tree->setCurrentItem(tree->topLevelItem(1)->child(1));
        QCOMPARE(window.currentPage(), audit);
        // Choosing a section shows its first page: no entry does nothing.
        tree->setCurrentItem(tree->topLevelItem(1));
        QTRY_COMPARE(window.currentPage(), providers);
        window.showPage(general);
        QCOMPARE(window.currentPage(), general);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
