// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientsPage.h"

#include "core/common/DateTimeText.h"
#include "core/session/ChangeFeed.h"

#include "ui/clients/ClientDetailsDialog.h"
#include "ui/clients/ClientListModel.h"
#include "ui/common/RememberedLayout.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

ClientsPage::ClientsPage(const ClientRepository& clients, const TwoFactorService& twoFactor, const Actor& actor,
                         QWidget* parent)
    : QWidget(parent), m_clients(clients), m_twoFactor(twoFactor), m_actor(actor)
{
    setAccessibleName(tr("Clients"));
    m_model = new ClientListModel(clients, this);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by ID, name, e-mail or phone"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    for (QToolButton* button : m_search->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear the search"));
    bar->addWidget(m_search, 1);

    auto* methodLabel = new QLabel(tr("&2FA:"));
    m_method = new QComboBox;
    m_method->setAccessibleName(tr("2FA method filter"));
    m_method->addItem(tr("All"));
    m_method->addItem(tr("None"), twoFactorMethodToString(TwoFactorMethod::None));
    m_method->addItem(tr("Google Authenticator"), twoFactorMethodToString(TwoFactorMethod::Authenticator));
    m_method->addItem(tr("SMS"), twoFactorMethodToString(TwoFactorMethod::Sms));
    m_method->view()->setAccessibleName(tr("2FA methods"));
    methodLabel->setBuddy(m_method);
    bar->addWidget(methodLabel);
    bar->addWidget(m_method);

    m_edit = new QPushButton(tr("&Edit"));
    m_edit->setAccessibleName(tr("Edit the selected client"));
    bar->addWidget(m_edit);
    m_diagnose = new QPushButton(tr("&Diagnose…"));
    m_diagnose->setAccessibleName(tr("Diagnose the selected client"));
    m_diagnose->setToolTip(tr("Check every possible reason why this client gets no 2FA codes"));
    bar->addWidget(m_diagnose);
    layout->addLayout(bar);

    m_table = new QTableView;
    m_table->setAccessibleName(tr("Clients"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Widths that fit typical content, the e-mail column taking what is left, so every column shows
    // at 1280 px without scrolling sideways (rows load lazily: measuring would see the first batch only).
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_table->setColumnWidth(ClientListModel::IdColumn, widthOf(u"1000000"_s));
    m_table->setColumnWidth(ClientListModel::NameColumn, widthOf(u"Mariana Andersson"_s));
    m_table->setColumnWidth(ClientListModel::PhoneColumn, widthOf(u"+4915120518985"_s));
    m_table->setColumnWidth(ClientListModel::CountryColumn, widthOf(u"Country"_s));
    m_table->setColumnWidth(ClientListModel::MethodColumn, widthOf(u"Google Authenticator"_s));
    m_table->setColumnWidth(ClientListModel::EnabledAtColumn,
                            widthOf(dateTimeText(QDateTime(QDate(2026, 11, 21), QTime(23, 54), Qt::UTC))));
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::EmailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(ClientListModel::IdColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Tab leaves the table (arrow keys move within it), so the keyboard never gets stuck in it.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    // Until the operator arranges the columns, the first clients shown widen any column they do not fit.
    if (!QSettings().contains(u"layout/clients/table"_s)) {
        auto fitted = std::make_shared<bool>(false);
        const auto fit = [this, fitted] {
            // Measured once, on the first clients loaded; later batches and sorting leave the widths alone.
            if (*fitted || m_model->rowCount() == 0)
                return;
            *fitted = true;
            const QFontMetrics metrics = m_table->fontMetrics();
            for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
                if (column == ClientListModel::EmailColumn)
                    continue; // takes what is left
                int needed = 0;
                for (int row = 0; row < m_model->rowCount(); ++row)
                    needed = std::max(needed,
                                      metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 24);
                if (needed > m_table->columnWidth(column))
                    m_table->setColumnWidth(column, needed);
            }
        };
        connect(m_model, &QAbstractItemModel::rowsInserted, m_table, fit);
        connect(m_model, &QAbstractItemModel::modelReset, m_table, fit);
    }
    rememberHeaderState(m_table->horizontalHeader(), u"clients/table"_s);

    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_results = new QStackedWidget;
    m_results->addWidget(m_table);
    m_results->addWidget(m_empty);
    layout->addWidget(m_results, 1);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAccessibleDescription(tr("Number of clients found"));
    layout->addWidget(m_count);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ClientsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ClientsPage::runSearch);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ClientsPage::runSearch);
    connect(m_model, &ClientListModel::countChanged, this, &ClientsPage::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientsPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openClient(m_model->clientAt(index.row()).id);
    });
    connect(m_edit, &QPushButton::clicked, this, &ClientsPage::openSelected);
    connect(m_diagnose, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedClientId())
            emit diagnoseRequested(*id);
    });

    // Ctrl+F is the main window's Edit > Find, which focuses this page: the search field, text selected.
    setFocusProxy(m_search);

    runSearch();
}

void ClientsPage::setDetailsDecorator(std::function<void(ClientDetailsDialog*)> decorator)
{
    m_decorator = std::move(decorator);
}

void ClientsPage::reload()
{
    m_model->reload();
}

void ClientsPage::applyChanges(const ChangeSet& changes)
{
    if (!changes.changesClients())
        return;
    if (changes.addsClients()) {
        const std::optional<qint64> selected = selectedClientId();
        m_model->reload();
        select(selected);
    } else {
        for (const qint64 id : changes.changedClients())
            if (auto client = m_clients.find(id))
                m_model->updateClient(client.value());
    }
    emit changesArrived(changes);
}

void ClientsPage::select(std::optional<qint64> clientId)
{
    for (int row = 0; clientId && row < m_model->rowCount(); ++row) {
        if (m_model->clientAt(row).id == *clientId) {
            m_table->selectRow(row);
            return;
        }
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void ClientsPage::runSearch()
{
    m_searchTimer->stop();
    std::optional<TwoFactorMethod> method;
    if (const QVariant data = m_method->currentData(); data.isValid())
        method = twoFactorMethodFromString(data.toString());
    m_model->setQuery(m_search->text(), method);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void ClientsPage::showCount(qint64 count, bool capped)
{
    const QLocale locale;
    if (!m_model->lastError().isEmpty())
        m_count->setText(tr("The search failed: %1").arg(m_model->lastError()));
    else if (capped)
        m_count->setText(tr("%1+ clients").arg(locale.toString(count)));
    else
        m_count->setText(tr("%Ln client(s)", nullptr, int(count)));

    if (count > 0) {
        m_results->setCurrentWidget(m_table);
    } else {
        const bool filtered = !m_search->text().trimmed().isEmpty() || m_method->currentIndex() > 0;
        m_empty->setText(filtered ? tr("No client matches this search. Search by ID, name, e-mail or the last "
                                       "digits of a phone number, or change the 2FA filter.")
                                  : tr("There are no clients in this database yet. Import them with "
                                       "'backoffice-cli clients import FILE.csv'."));
        m_results->setCurrentWidget(m_empty);
    }
}

void ClientsPage::updateActions()
{
    m_edit->setEnabled(m_table->selectionModel()->hasSelection());
    m_diagnose->setEnabled(m_table->selectionModel()->hasSelection() && m_actor.can(Permission::Diagnose));
}

std::optional<qint64> ClientsPage::selectedClientId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->clientAt(rows.first().row()).id;
}

void ClientsPage::openSelected()
{
    if (const auto id = selectedClientId())
        openClient(*id);
}

void ClientsPage::openClient(qint64 clientId)
{
    auto* dialog = new ClientDetailsDialog(m_clients, m_twoFactor, m_actor, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientDetailsDialog::clientChanged, m_model, &ClientListModel::updateClient);
    connect(this, &ClientsPage::changesArrived, dialog, &ClientDetailsDialog::applyChanges);
    if (m_decorator)
        m_decorator(dialog);
    dialog->show();
    emit clientOpened(dialog);
}

bool ClientsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace backoffice::ui
