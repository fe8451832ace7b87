// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/ClientRepository.h"

#include "ui/common/FlatTableModel.h"

namespace backoffice::ui {

/// The Clients > General table over ClientRepository::search. It never loads all rows: the first
/// batch comes with a new query and more are fetched as the view scrolls (canFetchMore/fetchMore);
/// filtering and sorting happen in SQL, so a million clients cost the same as a thousand.
class ClientListModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        EmailColumn,
        PhoneColumn,
        CountryColumn,
        MethodColumn,
        EnabledAtColumn,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        RowVersionRole
    };

    static constexpr int BatchSize = 200;
    /// Counting stops here: a broad search over a million clients says "10,000+".
    static constexpr qint64 CountCap = 10000;

    /// `clients` must outlive the model.
    explicit ClientListModel(const ClientRepository& clients, QObject* parent = nullptr);

    /// Runs a new search (text and 2FA filter; the sort order is kept from sort()).
    void setQuery(const QString& text, std::optional<TwoFactorMethod> method);
    /// Runs the current query again, e.g. after a client changed elsewhere.
    void reload();
    const ClientQuery& query() const { return m_query; }

    /// Matches counted up to CountCap; `capped` when there are more.
    qint64 matchCount() const { return m_count; }
    bool countIsCapped() const { return m_countCapped; }
    /// The last storage error, empty after a successful query.
    QString lastError() const { return m_lastError; }

    const Client& clientAt(int row) const { return m_clients.at(row); }
    /// Shows a client's new state at once (after a change made in its details).
    void updateClient(const Client& client);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString methodText(TwoFactorMethod method);

signals:
    /// After every new query or reload, with the capped count.
    void countChanged(qint64 count, bool capped);
    void queryFailed(const QString& detail);

private:
    /// The header's titles, in Column order.
    static QList<const char*> columnTitles();
    int loadedRowCount() const override { return int(m_clients.size()); }
    void runQuery();

    const ClientRepository& m_repository;
    ClientQuery m_query;
    QList<Client> m_clients;
    bool m_exhausted = true;
    bool m_resetting = false;
    qint64 m_count = 0;
    bool m_countCapped = false;
    QString m_lastError;
};

} // namespace backoffice::ui
