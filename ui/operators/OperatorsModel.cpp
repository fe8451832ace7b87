// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operators/OperatorsModel.h"
#include "core/common/DateTimeText.h"

namespace backoffice::ui {

OperatorsModel::OperatorsModel(QObject* parent) : FlatTableModel(ColumnCount, columnTitles(), parent) { }

QList<const char*> OperatorsModel::columnTitles()
{
    return {QT_TR_NOOP("User name"), QT_TR_NOOP("Display name"), QT_TR_NOOP("Role"), QT_TR_NOOP("Status")};
}

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

QVariant OperatorsModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
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

} // namespace backoffice::ui
