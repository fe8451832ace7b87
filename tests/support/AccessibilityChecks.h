// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QLabel>
#include <QStringList>
#include <QTextDocumentFragment>

namespace backoffice::test {

/// The labels under `root` that a screen reader would not read as they show: their accessible name is
/// something other than their text (e.g. "Sign-in error" instead of "Wrong user name or password.").
/// An empty list is what every window wants. Labels without text (icons) may carry a name of their own.
inline QStringList labelsHidingTheirText(const QWidget& root)
{
    QStringList hiding;
    for (QLabel* label : root.findChildren<QLabel*>()) {
        if (label->text().isEmpty())
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(label);
        const QString read = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString shown = QTextDocumentFragment::fromHtml(label->text()).toPlainText().remove(u'&');
        if (read.simplified() != shown.simplified())
            hiding << QStringLiteral("'%1' is read as '%2'").arg(shown, read);
    }
    return hiding;
}

} // namespace backoffice::test
