// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace backoffice::ui {

/// What an operator arranged stays arranged: column widths, their order and the sort order of a table,
/// and the sizes of a splitter, kept in QSettings under `key` (never anything but layout). Each restores
/// what was saved now, if anything, and saves every later change.
void rememberHeaderState(QHeaderView* header, const QString& key);
void rememberSplitterState(QSplitter* splitter, const QString& key);

} // namespace backoffice::ui
