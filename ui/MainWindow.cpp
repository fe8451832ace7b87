// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace backoffice::ui {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(const QString& databaseName, QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(databaseName.isEmpty() ? tr("Back Office") : tr("Back Office — %1").arg(databaseName));
    setAccessibleName(tr("Back Office"));

    m_navigation = new QTreeWidget;
    m_navigation->setHeaderHidden(true);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(tr("Sections and pages of Back Office"));
    m_navigation->setRootIsDecorated(true);
    m_navigation->setMinimumWidth(180);
    m_pages = new QStackedWidget;

    auto* splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        if (auto* page = item->data(0, PageRole).value<QWidget*>()) {
            m_pages->setCurrentWidget(page);
            statusBar()->showMessage(item->parent() ? item->parent()->text(0) + QStringLiteral(" > ") + item->text(0)
                                                    : item->text(0));
        } else if (item->childCount() > 0) {
            m_navigation->setCurrentItem(item->child(0)); // a section shows its first page
        }
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About Back Office"), this, &MainWindow::showAbout);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto* databaseLabel = new QLabel(databaseName);
    databaseLabel->setAccessibleName(tr("Database"));
    statusBar()->addPermanentWidget(databaseLabel);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

QMenu* MainWindow::addMenu(const QString& title)
{
    auto* menu = new QMenu(title, menuBar());
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

void MainWindow::addPage(const QString& section, const QString& title, QWidget* page)
{
    QTreeWidgetItem* sectionItem = nullptr;
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        if (m_navigation->topLevelItem(i)->text(0) == section)
            sectionItem = m_navigation->topLevelItem(i);
    }
    if (!sectionItem) {
        sectionItem = new QTreeWidgetItem(m_navigation, {section});
        sectionItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        sectionItem->setExpanded(true);
    }
    auto* item = new QTreeWidgetItem(sectionItem, {title});
    item->setData(0, PageRole, QVariant::fromValue(page));
    item->setToolTip(0, section + QStringLiteral(" > ") + title);
    sectionItem->setExpanded(true);
    m_pages->addWidget(page);
    m_items.insert(page, item);
    if (m_pages->count() == 1)
        m_navigation->setCurrentItem(item);
}

void MainWindow::showPage(QWidget* page)
{
    if (QTreeWidgetItem* item = m_items.value(page))
        m_navigation->setCurrentItem(item);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Back Office"),
                       tr("<h3>Back Office %1</h3><p>Helps support operators when a client does not receive or "
                          "cannot use two-factor authentication codes.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace backoffice::ui
