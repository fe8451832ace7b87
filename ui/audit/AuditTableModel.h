// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditReader.h"

#include "ui/common/FlatTableModel.h"

#include <QList>

namespace backoffice::ui {

/// The audit log as a table, newest first, fetched in batches as the view scrolls (canFetchMore /
/// fetchMore with keyset paging), so a log of millions of events opens at once. Filtering happens
/// in SQL through AuditFilter.
class AuditTableModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        ClientColumn,
        TargetColumn,
        ChangeColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    /// The action's identifier (the Action column shows it in words).
    static constexpr int ActionRole = Qt::UserRole + 1;

    explicit AuditTableModel(const AuditReader& log, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void setBatchSize(int size) { m_batchSize = size; }
    /// Reloads from the first event (after a change elsewhere).
    void reload();
    /// Puts the events appended since the newest one shown on top, keeping the rows already there
    /// (and the view's selection and scroll position); returns how many came in.
    int fetchNewer();
    const AuditEvent& eventAt(int row) const { return m_events.at(row); }
    /// Set when the last fetch failed; the page shows it.
    std::optional<Error> lastError() const { return m_lastError; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const backoffice::Error& error);

private:
    /// The header's titles, in Column order.
    static QList<const char*> columnTitles();
    int loadedRowCount() const override { return int(m_events.size()); }

    const AuditReader& m_log;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    bool m_exhausted = false;
    bool m_resetting = false;
    bool m_fetching = false;
    int m_batchSize = 200;
    std::optional<Error> m_lastError;
};

} // namespace backoffice::ui
