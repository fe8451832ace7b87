// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FlatTableModel.h"

#include <QCoreApplication>

namespace backoffice::ui {

FlatTableModel::FlatTableModel([[maybe_unused]] int enumColumnCount, QList<const char*> columnTitles, QObject* parent)
    : QAbstractTableModel(parent), m_columnTitles(std::move(columnTitles))
{
    Q_ASSERT(m_columnTitles.size() == enumColumnCount);
}

int FlatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

int FlatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columnTitles.size());
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columnTitles.size())
        return {};
    // What tr() does in the subclass: its class name is the context its QT_TR_NOOP titles were collected in.
    return QCoreApplication::translate(metaObject()->className(), m_columnTitles.at(section));
}

bool FlatTableModel::isCell(const QModelIndex& index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

} // namespace backoffice::ui
