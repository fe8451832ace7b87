// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace backoffice::ui {

/// A label that tells the operator in sentences how something went or stands (a status line, a summary, an
/// error): it wraps, `description` says to a screen reader what its text is about ("Status", "Error"), and
/// `objectName` is what it is found by.
QLabel* newMessageLabel(const QString& objectName, const QString& description, QWidget* parent);

} // namespace backoffice::ui
