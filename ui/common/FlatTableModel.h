// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace backoffice::ui {

/// What the pages' table models share: rows without children below them and a fixed set of columns, each with a
/// title. A subclass says how many rows it has loaded and what a cell shows; it gives its column titles once, in
/// column order, marked with QT_TR_NOOP in one of its own functions, so that they keep its translation context.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    /// The horizontal titles, translated in the subclass's context; any other header as Qt's default.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    /// `columnTitles`: untranslated, one a column in the order of the subclass's Column enum, whose
    /// ColumnCount is `enumColumnCount` (asserted, so that a title added to one and not the other shows at once).
    FlatTableModel(int enumColumnCount, QList<const char*> columnTitles, QObject* parent);

    /// The rows the model holds now.
    virtual int loadedRowCount() const = 0;
    /// For data(): whether `index` is one of this table's cells (and not one of some other model's).
    bool isCell(const QModelIndex& index) const;

private:
    const QList<const char*> m_columnTitles;
};

} // namespace backoffice::ui
