// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: pages join the navigation tree under their section, choosing one shows it.
#include "ui/MainWindow.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(u"BackOfficeTest"_s); }

    void titleNamesTheDatabase()
    {
        MainWindow window(u"/data/ops.sqlite"_s);
        QVERIFY(window.windowTitle().contains(u"/data/ops.sqlite"_s));
        QCOMPARE(window.size(), QSize(1280, 800));
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
        QCOMPARE(window.currentPage(), providers);
        window.showPage(general);
        QCOMPARE(window.currentPage(), general);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
