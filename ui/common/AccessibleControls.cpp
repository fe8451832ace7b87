// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/AccessibleControls.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QToolButton>

namespace backoffice::ui {

void enableNamedClearButton(QLineEdit* edit, const QString& clearButtonName)
{
    edit->setClearButtonEnabled(true);
    for (QToolButton* button : edit->findChildren<QToolButton*>())
        button->setAccessibleName(clearButtonName);
}

void nameDropDownList(QComboBox* combo, const QString& listName)
{
    combo->view()->setAccessibleName(listName);
}

void letTabLeave(QAbstractItemView* view)
{
    view->setTabKeyNavigation(false);
}

} // namespace backoffice::ui
