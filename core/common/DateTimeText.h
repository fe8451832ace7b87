// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace backoffice {

/// The one way Back Office shows a point in time (GUI, CLI and report texts): the operator's locale's short date and
/// time, in local time, with the time zone, so a time is never mistaken for UTC or the other way round ("03/12/2026
/// 10:42 CET"). Storage and the JSON output keep UTC ISO 8601; only this turns a time into words. Invalid: empty.
QString dateTimeText(const QDateTime& at);
/// The same with seconds, where events seconds apart must be told apart (the audit log).
QString preciseDateTimeText(const QDateTime& at);

} // namespace backoffice
