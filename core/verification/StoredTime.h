// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace backoffice {

/// Times as the verification tables store them: ISO 8601 text in UTC with milliseconds, like every
/// other table, so text order is time order in SQL on both backends. NULL is an invalid QDateTime.
namespace StoredTime {
QVariant toText(const QDateTime& at);
QDateTime fromText(const QVariant& value);
} // namespace StoredTime

} // namespace backoffice
