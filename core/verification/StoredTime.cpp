// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/StoredTime.h"

#include <QTimeZone>

namespace backoffice::StoredTime {

QVariant toText(const QDateTime& at)
{
    if (!at.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

} // namespace backoffice::StoredTime
