// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QAbstractItemView;
class QTableView;

namespace backoffice::ui {

/// How the pages show a list of records (audit events, operators, SMS providers, messages, failed deliveries):
/// `view` shows `model`, selects whole rows, edits nothing in place, and Tab moves on past it (letTabLeave).
void showRecords(QAbstractItemView* view, QAbstractItemModel* model);
/// The same for a table, which numbers no rows either: a record's number means nothing to the operator.
void showRecords(QTableView* table, QAbstractItemModel* model);

} // namespace backoffice::ui
