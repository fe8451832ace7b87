// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"

namespace backoffice {

/// What an audit verification found, in the operator's language: one sentence that the CLI's
/// `audit verify` and the GUI's integrity banner both show, so they never say different things.
QString describeVerification(const AuditVerification& verification);

} // namespace backoffice
