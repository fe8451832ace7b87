// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"

namespace backoffice::test {

/// An audit event of `action` (an AuditAction) by `operatorName`, for the test to fill in what
/// else it is about before appending it.
inline AuditEvent auditEvent(const QString& operatorName, const char* action)
{
    AuditEvent event;
    event.operatorName = operatorName;
    event.action = QString::fromLatin1(action);
    return event;
}

} // namespace backoffice::test
