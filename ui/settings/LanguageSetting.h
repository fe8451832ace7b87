// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace backoffice::ui {

/// The language the operator chose in Settings, as a locale name ("de"), kept in QSettings under "ui/language";
/// "" follows the system. The application reads it once, at start.
QString storedLanguage();
void storeLanguage(const QString& language);

} // namespace backoffice::ui
