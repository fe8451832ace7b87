// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlTime.h"

namespace backoffice::SqlTime {

QVariant bind(const QDateTime& at)
{
    if (!at.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime read(const QVariant& value)
{
    if (value.isNull())
        return {};
    // Stored with a "Z"; setting the spec also reads text without a zone as UTC, not local time.
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace backoffice::SqlTime
