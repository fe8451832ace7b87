// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// With a code the client read out: does it match now (all fine), a time N seconds away (the
/// device clock is off), or nothing within ±24 h (another secret or account: re-enrol)? Goes
/// through CodeCheckService, so the rate limit and the audit event apply as on the Settings tab.
extern const LocalCheck authenticatorCodeCheck;

} // namespace backoffice
