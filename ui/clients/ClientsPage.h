// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace backoffice {
struct ChangeSet;
class ClientRepository;
class TwoFactorService;
} // namespace backoffice

namespace backoffice::ui {

class ClientDetailsDialog;
class ClientListModel;

/// Clients > General: search as you type (debounced) by ID, name, e-mail or phone, a 2FA filter,
/// a sortable table that loads rows as it scrolls, the result count, and Edit (also double-click and
/// Enter) to open a client's details.
class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 200;

    /// `clients` and `twoFactor` (a Workspace's) must outlive the page.
    ClientsPage(const ClientRepository& clients, const TwoFactorService& twoFactor, const Actor& actor,
                QWidget* parent = nullptr);

    /// Called for every details dialog this page opens, so other features can add their sections.
    void setDetailsDecorator(std::function<void(ClientDetailsDialog*)> decorator);
    /// Runs the current search again (after demo data or an import).
    void reload();
    /// Shows what other desks changed (live refresh): changed clients are read again in place, new
    /// ones run the search again keeping the selection, and open details windows are told.
    void applyChanges(const backoffice::ChangeSet& changes);
    /// Opens the details of the selected client; does nothing without a selection.
    void openSelected();
    /// Opens the details of a client (also from other pages, e.g. SMS delivery).
    void openClient(qint64 clientId);
    std::optional<qint64> selectedClientId() const;

    ClientListModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* methodFilter() const { return m_method; }
    QTableView* table() const { return m_table; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* diagnoseButton() const { return m_diagnose; }
    QLabel* countLabel() const { return m_count; }

signals:
    /// A details dialog was opened (tests and the main window use it).
    void clientOpened(backoffice::ui::ClientDetailsDialog* dialog);
    /// Other desks changed clients; the details windows this page opened follow it.
    void changesArrived(const backoffice::ChangeSet& changes);
    /// The operator asked to diagnose a client (Diagnose button).
    void diagnoseRequested(qint64 clientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void select(std::optional<qint64> clientId);
    void showCount(qint64 count, bool capped);
    void updateActions();

    const ClientRepository& m_clients;
    const TwoFactorService& m_twoFactor;
    Actor m_actor;
    std::function<void(ClientDetailsDialog*)> m_decorator;
    ClientListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_method = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_diagnose = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_results = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace backoffice::ui
