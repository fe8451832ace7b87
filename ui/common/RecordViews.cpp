// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RecordViews.h"
#include "ui/common/AccessibleControls.h"

#include <QHeaderView>
#include <QTableView>

namespace backoffice::ui {

void showRecords(QAbstractItemView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    letTabLeave(view);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void showRecords(QTableView* table, QAbstractItemModel* model)
{
    showRecords(static_cast<QAbstractItemView*>(table), model);
    table->verticalHeader()->hide();
}

} // namespace backoffice::ui
