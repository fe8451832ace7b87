// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Operator.h"

#include <QAbstractTableModel>
#include <QList>

namespace backoffice::ui {

/// The operator accounts as a table (a few dozen rows at most, so loaded at once).
class OperatorsModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Operator> m_operators;
    QDateTime m_now;
};

} // namespace backoffice::ui
