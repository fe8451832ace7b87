// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QComboBox;
class QLineEdit;

namespace backoffice::ui {

/// The parts Qt makes inside a widget have no accessible name of their own; a screen reader then says
/// only "button" or "list". These name them.
/// Turns on the field's clear button and names it ("Clear the client ID filter").
void enableNamedClearButton(QLineEdit* edit, const QString& clearButtonName);
/// Names the list a combo box drops down ("Actions").
void nameDropDownList(QComboBox* combo, const QString& listName);
/// Tab and Shift+Tab move on to the next widget instead of from cell to cell (arrow keys move within), so
/// the keyboard never gets stuck in a table.
void letTabLeave(QAbstractItemView* view);

} // namespace backoffice::ui
