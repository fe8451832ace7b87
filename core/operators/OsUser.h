// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace backoffice {

/// The operating system's name for the person running Back Office (USER, LOGNAME, or the passwd
/// entry), recorded as the operator until operator accounts sign in.
QString osUserName();

} // namespace backoffice
