// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/LanguageSetting.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
const QString languageKey = u"ui/language"_s;
}

QString storedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void storeLanguage(const QString& language)
{
    QSettings().setValue(languageKey, language);
}

} // namespace backoffice::ui
