// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderRepository.h"

#include "ui/common/FlatTableModel.h"

namespace backoffice::ui {

/// The SMS providers page's table: one row per provider with its last balance and last check.
/// The list is small (a handful of providers), so it is loaded whole.
class ProviderTableModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Enabled,
        Sender,
        Balance,
        BalanceReadAt,
        LastStatus,
        ColumnCount
    };
    static constexpr int ProviderIdRole = Qt::UserRole + 1;

    explicit ProviderTableModel(QObject* parent = nullptr);

    void setProviders(QList<ProviderSummary> providers);
    const ProviderSummary* providerAt(int row) const;
    int rowOf(qint64 providerId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// "Credentials: OK", "Balance: below threshold", ... in the operator's words.
    static QString lastStatusText(const ProviderCheckRecord& check);

private:
    /// The header's titles, in Column order.
    static QList<const char*> columnTitles();
    int loadedRowCount() const override { return int(m_providers.size()); }

    QList<ProviderSummary> m_providers;
};

} // namespace backoffice::ui
