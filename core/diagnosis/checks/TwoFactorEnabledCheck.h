// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Is any second factor on? If not, there are no codes to receive: the client turns one on.
extern const LocalCheck twoFactorEnabledCheck;

} // namespace backoffice
