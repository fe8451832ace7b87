// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderRepository.h"

#include <QAbstractTableModel>

namespace backoffice::ui {

/// The SMS providers page's table: one row per provider with its last balance and last check.
/// The list is small (a handful of providers), so it is loaded whole.
class ProviderTableModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Credentials: OK", "Balance: below threshold", ... in the operator's words.
    static QString lastStatusText(const ProviderCheckRecord& check);

private:
    QList<ProviderSummary> m_providers;
};

} // namespace backoffice::ui
