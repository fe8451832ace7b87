// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::translations {

namespace {
const QString resourceFolder = u":/i18n"_s;
const QString filePrefix = u"backoffice_"_s;
const QString fileSuffix = u".qm"_s;

void installLoaded(QTranslator* translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}
} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceFolder).entryList({filePrefix + u'*' + fileSuffix}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(filePrefix.size()).chopped(fileSuffix.size());
    return languages;
}

QLocale localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString translationFor(const QLocale& locale)
{
    const QStringList available = availableLanguages();
    for (QString name : locale.uiLanguages()) {
        name.replace(u'-', u'_');
        // "de_Latn_AT", then "de_Latn", then "de", as QTranslator::load(QLocale) searches.
        for (qsizetype end = name.size(); end > 0; end = name.lastIndexOf(u'_', end - 1)) {
            if (available.contains(name.left(end)))
                return name.left(end);
        }
    }
    return u"en"_s;
}

void install(const QLocale& locale)
{
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(QCoreApplication::instance());
    installLoaded(qtTranslator,
                  qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto* translator = new QTranslator(QCoreApplication::instance());
    installLoaded(translator, translator->load(filePrefix + translationFor(locale) + fileSuffix, resourceFolder));
}

} // namespace backoffice::translations
