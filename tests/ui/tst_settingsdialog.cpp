// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings: the language is the system's or one of the translations, stored in QSettings "ui/language" on
// OK only, preselected when opened again, and used from the next start, as the dialog says.
#include "tests/support/AccessibilityChecks.h"
#include "ui/MainWindow.h"
#include "ui/settings/LanguageSetting.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTest>

using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    static QComboBox* languageCombo(SettingsDialog& dialog) { return dialog.findChild<QComboBox*>(u"languageCombo"_s); }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(u"BackOfficeTest"_s); }

    void init() { QSettings().clear(); }

    void offersTheSystemLanguageThenEachTranslationInItsOwnName()
    {
        SettingsDialog dialog;
        QComboBox* combo = languageCombo(dialog);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QVERIFY2(combo->itemText(0).startsWith(u"System language ("_s), qPrintable(combo->itemText(0)));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(1), u"Deutsch"_s);
        QCOMPARE(combo->itemData(1).toString(), u"de"_s);
        QCOMPARE(combo->itemText(2), u"English"_s);
        QCOMPARE(combo->itemData(2).toString(), u"en"_s);
        QCOMPARE(combo->currentIndex(), 0);
    }

    void sayingTheLanguageChangesAtTheNextStart()
    {
        SettingsDialog dialog;
        auto* note = dialog.findChild<QLabel*>(u"restartNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(u"next start"_s));
        QCOMPARE(backoffice::test::labelsHidingTheirText(dialog), QStringList());
    }

    void okStoresTheChosenLanguage()
    {
        SettingsDialog dialog;
        QComboBox* combo = languageCombo(dialog);
        combo->setCurrentIndex(combo->findData(u"de"_s));
        dialog.accept();
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(storedLanguage(), u"de"_s);
    }

    void choosingTheSystemLanguageStoresAnEmptyChoice()
    {
        storeLanguage(u"de"_s);
        SettingsDialog dialog;
        languageCombo(dialog)->setCurrentIndex(0);
        dialog.accept();
        QVERIFY(QSettings().contains(u"ui/language"_s));
        QCOMPARE(storedLanguage(), QString());
    }

    void cancelKeepsTheStoredLanguage()
    {
        storeLanguage(u"de"_s);
        SettingsDialog dialog;
        QComboBox* combo = languageCombo(dialog);
        QCOMPARE(combo->currentData().toString(), u"de"_s);
        combo->setCurrentIndex(combo->findData(u"en"_s));
        dialog.reject();
        QCOMPARE(storedLanguage(), u"de"_s);
    }

    void aLanguageNoLongerTranslatedShowsTheSystemLanguage()
    {
        storeLanguage(u"fr"_s);
        SettingsDialog dialog;
        QCOMPARE(languageCombo(dialog)->currentIndex(), 0);
    }

    void altLReachesTheLanguage()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QComboBox* combo = languageCombo(dialog);
        dialog.findChild<QAbstractButton*>()->setFocus();
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), combo);
    }

    void fileSettingsOpensTheDialog()
    {
        MainWindow window(u"/data/ops.sqlite"_s);
        auto* action = window.findChild<QAction*>(u"settingsAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"&Settings…"_s);
        const QList<QObject*> holders = action->associatedObjects();
        QVERIFY(std::any_of(holders.cbegin(), holders.cend(), [](QObject* holder) {
            auto* menu = qobject_cast<QMenu*>(holder);
            return menu && menu->title() == u"&File"_s;
        }));
        action->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!window.findChild<SettingsDialog*>());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
