// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditEvent.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QByteArray AuditEvent::canonicalContent() const
{
    // A JSON array in a fixed order; QJsonDocument writes object keys sorted, so `details` is stable.
    const QJsonArray fields {at.toUTC().toString(Qt::ISODateWithMs),
                             operatorName,
                             action,
                             clientId ? QJsonValue(double(*clientId)) : QJsonValue(QJsonValue::Null),
                             target,
                             before,
                             after,
                             reason,
                             details};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace backoffice
