// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>

class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace backoffice::ui {

/// The application window: a navigation tree on the left (Clients > General, System > ...) and the
/// selected page on the right. Features add their pages with addPage(); the tree only ever lists
/// pages that exist, so there is no entry that does nothing. The highlighted row is always the page
/// shown, however the row was chosen (mouse, keyboard, a screen reader's selection). Geometry, the
/// splitter and the last page are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `databaseName` is shown in the title (DatabaseLocation::displayName(), never a password).
    explicit MainWindow(const QString& databaseName = {}, QWidget* parent = nullptr);

    /// Adds `page` under `section` (created on first use, in the order sections are first added).
    /// The first page added is shown first. The window takes ownership of the page.
    void addPage(const QString& section, const QString& title, QWidget* page);
    /// Shows a page that was added.
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    /// A menu of its own, placed before Help (e.g. Operator: sign out, switch operator).
    QMenu* addMenu(const QString& title);
    /// The page Edit > Find (Ctrl+F) shows and focuses, wherever the focus is in the window.
    void setSearchPage(QWidget* page);
    QTreeWidget* navigation() const { return m_navigation; }

signals:
    /// The operator closed the window (File > Quit, the window's close button).
    void closed();
    /// File > Open team database…: the operator wants to choose another database.
    void openDatabaseRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showAbout();
    void onCurrentItemChanged(QTreeWidgetItem* current);
    /// Whether to quit with work still running (asks; true when nothing runs).
    bool confirmQuitWhileWorking();
    static QString pathOf(const QTreeWidgetItem* item);

    QMenu* m_helpMenu = nullptr;
    QTreeWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<QWidget*, QTreeWidgetItem*> m_items;
    QWidget* m_searchPage = nullptr;
    QString m_savedPage; ///< "Section > Page" shown when the window was last closed
    bool m_navigatingUp = false; ///< the current item is changing because of the Up key
};

} // namespace backoffice::ui
