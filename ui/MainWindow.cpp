// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui/common/RememberedLayout.h"
#include "ui/common/RunningWork.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

#include <utility>

namespace backoffice::ui {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto pageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(const QString& databaseName, QWidget* parent) : QMainWindow(parent)
{
    // Qt appends the application's display name ("— Back Office") to every window title itself.
    setWindowTitle(databaseName);
    setAccessibleName(tr("Back Office"));

    m_navigation = new QTreeWidget;
    m_navigation->setHeaderHidden(true);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(tr("Sections and pages of Back Office"));
    m_navigation->setRootIsDecorated(true);
    m_navigation->setMinimumWidth(180);
    m_navigation->setTabKeyNavigation(false);
    m_pages = new QStackedWidget;

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1060});
    splitter->setChildrenCollapsible(false);
    rememberSplitterState(splitter, QStringLiteral("mainWindow/splitter"));
    setCentralWidget(splitter);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::onCurrentItemChanged);
    m_navigation->installEventFilter(this);
    // A screen reader or automation tool selects a row without moving the current item: follow it.
    connect(m_navigation, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem*> selected = m_navigation->selectedItems();
        if (!selected.isEmpty() && selected.first() != m_navigation->currentItem())
            m_navigation->setCurrentItem(selected.first());
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openDatabase = file->addAction(tr("Open &team database…"), this, &MainWindow::openDatabaseRequested);
    openDatabase->setObjectName(QStringLiteral("openTeamDatabaseAction"));
    file->addSeparator();
    QAction* settingsAction = file->addAction(tr("&Settings…"), this, [this] {
        auto* dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Ctrl+Q also works while a client's window has the focus.
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find client…"));
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    connect(find, &QAction::triggered, this, [this] {
        if (!m_searchPage)
            return;
        showPage(m_searchPage);
        m_searchPage->setFocus(Qt::ShortcutFocusReason);
    });

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About Back Office"), this, &MainWindow::showAbout);
    m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // A screen reader reads the label's text (the database); the description says what that text is.
    auto* databaseLabel = new QLabel(databaseName);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setAccessibleDescription(tr("Database"));
    databaseLabel->setToolTip(tr("Database"));
    statusBar()->addPermanentWidget(databaseLabel);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_savedPage = settings.value(pageKey).toString();
}

void MainWindow::onCurrentItemChanged(QTreeWidgetItem* current)
{
    const bool movingUp = std::exchange(m_navigatingUp, false);
    if (!current)
        return;
    if (auto* page = current->data(0, PageRole).value<QWidget*>()) {
        m_pages->setCurrentWidget(page);
        statusBar()->showMessage(pathOf(current));
        return;
    }
    // A section shows no page of its own: the highlight moves on to a page, so it always marks the page
    // shown. Choosing a section opens its first page; the Up key keeps its direction instead (from a
    // section's first page to the page above the section, never back to where it came from).
    QTreeWidgetItem* target = current->childCount() > 0 ? current->child(0) : nullptr;
    if (movingUp && m_navigation->itemAbove(current))
        target = m_navigation->itemAbove(current);
    if (!target)
        return;
    // Changing the current item inside its own change signal would leave the selection on the section.
    QTimer::singleShot(0, m_navigation, [navigation = m_navigation, target] { navigation->setCurrentItem(target); });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_navigation && event->type() == QEvent::KeyPress)
        m_navigatingUp = static_cast<QKeyEvent*>(event)->key() == Qt::Key_Up;
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::pathOf(const QTreeWidgetItem* item)
{
    return item->parent() ? item->parent()->text(0) + QStringLiteral(" > ") + item->text(0) : item->text(0);
}

void MainWindow::setSearchPage(QWidget* page)
{
    m_searchPage = page;
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
    item->setToolTip(0, pathOf(item));
    sectionItem->setExpanded(true);
    m_pages->addWidget(page);
    m_items.insert(page, item);
    // The first page is shown first, unless the page shown when the window was last closed comes later.
    if (m_pages->count() == 1 || pathOf(item) == m_savedPage)
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

bool MainWindow::confirmQuitWhileWorking()
{
    const QStringList running = RunningWork::instance().descriptions();
    if (running.isEmpty())
        return true;
    QMessageBox question(QMessageBox::Warning, tr("Quit Back Office"),
                         tr("This is still running and will be cancelled:\n\n• %1\n\nQuit anyway?")
                             .arg(running.join(QStringLiteral("\n• "))),
                         QMessageBox::NoButton, this);
    QPushButton* quit = question.addButton(tr("&Quit and cancel"), QMessageBox::DestructiveRole);
    QPushButton* stay = question.addButton(tr("&Keep working"), QMessageBox::RejectRole);
    question.setDefaultButton(stay);
    question.setEscapeButton(stay);
    question.exec();
    return question.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmQuitWhileWorking()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (const QTreeWidgetItem* item = m_navigation->currentItem())
        settings.setValue(pageKey, pathOf(item));
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
