// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/JobProgressDialog.h"

#include <QProgressDialog>

namespace backoffice::ui {

QProgressDialog* newJobProgressDialog(const QString& label, const QString& cancelText, int maximum,
                                      int minimumDurationMs, QWidget* parent)
{
    auto* dialog = new QProgressDialog(label, cancelText, 0, maximum, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(minimumDurationMs);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    return dialog;
}

} // namespace backoffice::ui
