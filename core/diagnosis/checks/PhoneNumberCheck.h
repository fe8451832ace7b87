// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Can the client's number receive SMS at all: a valid E.164 number of a mobile range?
extern const LocalCheck phoneNumberCheck;

} // namespace backoffice
