// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DateTimeText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QString withZone(const QDateTime& at, const QString& timeFormat)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    const QString zone = local.timeZoneAbbreviation();
    const QString text
        = locale.toString(local.date(), QLocale::ShortFormat) + u' ' + locale.toString(local.time(), timeFormat);
    return zone.isEmpty() ? text : text + u' ' + zone;
}
} // namespace

QString dateTimeText(const QDateTime& at)
{
    return at.isValid() ? withZone(at, u"HH:mm"_s) : QString();
}

QString preciseDateTimeText(const QDateTime& at)
{
    return at.isValid() ? withZone(at, u"HH:mm:ss"_s) : QString();
}

} // namespace backoffice
