// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Operator.h"

#include "ui/common/FlatTableModel.h"

#include <QList>

namespace backoffice::ui {

/// The operator accounts as a table (a few dozen rows at most, so loaded at once).
class OperatorsModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserNameColumn,
        DisplayNameColumn,
        RoleColumn,
        StatusColumn,
        ColumnCount
    };

    explicit OperatorsModel(QObject* parent = nullptr);

    void setOperators(const QList<Operator>& operators, const QDateTime& now);
    const Operator& operatorAt(int row) const { return m_operators.at(row); }
    int rowOf(const QString& userName) const;

    static QString roleText(Role role);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    /// The header's titles, in Column order.
    static QList<const char*> columnTitles();
    int loadedRowCount() const override { return int(m_operators.size()); }

    QList<Operator> m_operators;
    QDateTime m_now;
};

} // namespace backoffice::ui
