// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageLabel.h"

#include <QLabel>

namespace backoffice::ui {

QLabel* newMessageLabel(const QString& objectName, const QString& description, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(description);
    label->setWordWrap(true);
    return label;
}

} // namespace backoffice::ui
