// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/OperatorsModel.h"
#include "core/common/DateTimeText.h"

namespace backoffice::ui {

OperatorsModel::OperatorsModel(QObject* parent) : QAbstractTableModel(parent) { }

void OperatorsModel::setOperators(const QList<Operator>& operators, const QDateTime& now)
{
    beginResetModel();
    m_operators = operators;
    m_now = now;
    endResetModel();
}

int OperatorsModel::rowOf(const QString& userName) const
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).userName.compare(userName, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString OperatorsModel::roleText(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("Viewer");
    case Role::Support:
        return tr("Support");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

int OperatorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operator& op = m_operators.at(index.row());
    if (role == Qt::UserRole)
        return op.userName;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserNameColumn:
        return op.userName;
    case DisplayNameColumn:
        return op.displayName;
    case RoleColumn:
        return roleText(op.role);
    case StatusColumn:
        if (op.disabled)
            return tr("Disabled");
        if (op.isLockedAt(m_now))
            return tr("Locked until %1").arg(dateTimeText(op.lockedUntil));
        return tr("Active");
    default:
        return {};
    }
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserNameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace backoffice::ui
