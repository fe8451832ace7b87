// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace backoffice::translations {

/// The languages Back Office is translated into, as locale names ("de", "en"): the .qm files embedded under :/i18n.
QStringList availableLanguages();

/// The locale a stored language choice stands for: the system's for "" (follow the system), else that language's.
QLocale localeFor(const QString& language);

/// The Back Office translation shown for @p locale: the first of its languages (most preferred first, "de_AT" falling
/// back to "de") that has one, else "en".
QString translationFor(const QLocale& locale);

/// Shows the application in @p locale: makes it QLocale's default (dates, numbers), installs Qt's own texts
/// (qtbase_<language> from Qt's translations folder: standard buttons, shortcuts) and Back Office's. Where Back Office
/// has no translation for any of the locale's languages, the English one is installed for its plural forms ("1 client"
/// instead of "1 client(s)"). Call once, after the application object exists; the translators live as long as it.
void install(const QLocale& locale);

} // namespace backoffice::translations
