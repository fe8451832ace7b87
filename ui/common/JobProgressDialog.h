// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

namespace backoffice::ui {

/// The window-modal progress dialog of a job that runs on a worker thread, with `cancelText` on its button. It
/// neither closes nor resets itself when the count reaches `maximum`: the job's end closes it, once its result is in.
QProgressDialog* newJobProgressDialog(const QString& label, const QString& cancelText, int maximum,
                                      int minimumDurationMs, QWidget* parent);

} // namespace backoffice::ui
