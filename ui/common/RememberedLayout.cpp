// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RememberedLayout.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
QString settingsKey(const QString& key)
{
    return u"layout/"_s + key;
}
} // namespace

void rememberHeaderState(QHeaderView* header, const QString& key)
{
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    // A state saved for another number of columns (an older version's table) would hide or squeeze columns.
    if (!saved.isEmpty() && header->count() > 0) {
        const QByteArray before = header->saveState();
        if (!header->restoreState(saved) || header->count() == 0)
            header->restoreState(before);
    }
    const auto save = [header, key] {
        QSettings().setValue(settingsKey(key), header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

void rememberSplitterState(QSplitter* splitter, const QString& key)
{
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(settingsKey(key), splitter->saveState()); });
}

} // namespace backoffice::ui
