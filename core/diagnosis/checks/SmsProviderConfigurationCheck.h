// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Is an SMS provider enabled, and is each enabled provider's configuration complete (every field
/// valid, a secret stored)? The article's "configuration incomplete or incorrect" and "configuration
/// enabled" reasons, answered from the settings alone.
extern const LocalCheck smsProviderConfigurationCheck;

} // namespace backoffice
