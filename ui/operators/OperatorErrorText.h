// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace backoffice::ui {

/// The words for an error from OperatorService (field names from core turned into tr() text), shared
/// by the first-administrator dialog and the operators page.
QString operatorErrorText(const Error& error);

} // namespace backoffice::ui
