// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "translations/Translators.h"
#include "ui/settings/LanguageSetting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
// A language named in itself ("Deutsch"), as a person looks for their own; Qt calls plain English "American English".
QString languageName(const QString& language)
{
    const QLocale locale(language);
    return locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                 : locale.nativeLanguageName();
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    const QString systemLanguage = translations::translationFor(QLocale::system());
    m_language->addItem(tr("System language (%1)").arg(languageName(systemLanguage)), QString());
    for (const QString& language : translations::availableLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));

    auto* note = new QLabel(tr("Back Office shows a new language from its next start."), this);
    note->setObjectName(u"restartNote"_s);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Wide enough that the note reads as one or two lines, not a column of words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void SettingsDialog::accept()
{
    storeLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace backoffice::ui
