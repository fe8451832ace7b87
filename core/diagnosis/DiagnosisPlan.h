// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace backoffice {

class DiagnosisCheck;
struct DiagnosisContext;

/// Which checks apply to a client: one per "possible reason" of the support article for the client's
/// 2FA method, plus the drift finder and a test SMS when the operator asked for them.
std::vector<DiagnosisCheck*> planDiagnosis(const DiagnosisContext& context);

} // namespace backoffice
