// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog and the first-administrator dialog, driven as an operator would.
#include "core/audit/AuditLog.h"
#include "core/common/DateTimeText.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/ManualClock.h"
#include "tests/support/OperatorRig.h"
#include "tests/support/TestDatabase.h"
#include "ui/operators/FirstAdministratorDialog.h"
#include "ui/operators/SignInDialog.h"
#include "ui/operators/StartupSignIn.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

struct Fixture : test::OperatorRig
{
    SignInService signIn {database.db(), audit, hasher, clock};

    void createOperators() const
    {
        QVERIFY(operators.createFirstAdministrator({u"root"_s, u"Root"_s, Role::Admin, password}).ok());
        QVERIFY(operators.add({u"root"_s, Role::Admin}, {u"alice"_s, u"Alice"_s, Role::Support, password}).ok());
    }
};

void typeInto(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void theTitleIsShownWhole()
    {
        Fixture f;
        QGuiApplication::setApplicationDisplayName(u"Back Office"_s);
        SignInDialog dialog(f.signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The platform appends the application's name ("Sign in — Back Office"); the title must not repeat it.
        QCOMPARE(dialog.windowTitle(), u"Sign in"_s);
        // Wide enough for the whole title next to a title bar's icon and buttons (it was cut to "Sign in …ck Office").
        const int titleWidth = QFontMetrics(QApplication::font()).horizontalAdvance(u"Sign in — Back Office"_s);
        QVERIFY2(dialog.width() >= titleWidth + 160,
                 qPrintable(u"%1 < %2"_s.arg(dialog.width()).arg(titleWidth + 160)));
        QGuiApplication::setApplicationDisplayName(QString());
    }

    void rightPasswordAcceptsWithTheActor()
    {
        Fixture f;
        f.createOperators();
        SignInDialog dialog(f.signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!okButton(&dialog)->isEnabled());
        typeInto(&dialog, "userNameEdit", u"alice"_s);
        typeInto(&dialog, "passwordEdit", password);
        QVERIFY(okButton(&dialog)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().userName, u"alice"_s);
        QCOMPARE(dialog.actor().role, Role::Support);
    }

    void wrongPasswordStaysOpenWithAnErrorAndClearsThePassword()
    {
        Fixture f;
        f.createOperators();
        SignInDialog dialog(f.signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "userNameEdit", u"alice"_s);
        typeInto(&dialog, "passwordEdit", u"not the password"_s);
        QTest::keyClick(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), SignInDialog::tr("Wrong user name or password."));
        // A screen reader hears the error itself, not the label's purpose.
        QCOMPARE(test::labelsHidingTheirText(dialog), QStringList());
        QVERIFY(dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
    }

    void fifthFailureShowsLockedUntil()
    {
        Fixture f;
        f.createOperators();
        SignInDialog dialog(f.signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int attempt = 0; attempt < SignInService::maximumFailures; ++attempt) {
            typeInto(&dialog, "userNameEdit", u"alice"_s);
            typeInto(&dialog, "passwordEdit", u"not the password"_s);
            QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        }
        const QString until = dateTimeText(f.clock.nowUtc().addSecs(15 * 60)); // date, time and zone
        QVERIFY2(dialog.errorText().contains(u"locked until %1"_s.arg(until)), qPrintable(dialog.errorText()));
        // Even the right password is refused while locked, and says so.
        typeInto(&dialog, "passwordEdit", password);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(until));
    }

    void disabledAccountIsExplained()
    {
        Fixture f;
        f.createOperators();
        QVERIFY(f.operators.setDisabled({u"root"_s, Role::Admin}, u"alice"_s, true).ok());
        SignInDialog dialog(f.signIn);
        dialog.setUserName(u"alice"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "passwordEdit", password);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), SignInDialog::tr("This account is disabled. Ask an administrator."));
    }

    void escapeCancels()
    {
        Fixture f;
        SignInDialog dialog(f.signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        Fixture f;
        SignInDialog signInDialog(f.signIn);
        FirstAdministratorDialog firstDialog(f.operators);
        for (QWidget* dialog : {static_cast<QWidget*>(&signInDialog), static_cast<QWidget*>(&firstDialog)}) {
            for (QWidget* widget : dialog->findChildren<QWidget*>()) {
                if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QPushButton*>(widget))
                    QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            }
        }
    }

    void firstAdministratorIsCreatedAndSignedIn()
    {
        Fixture f;
        FirstAdministratorDialog dialog(f.operators);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "userNameEdit", u"root"_s);
        typeInto(&dialog, "displayNameEdit", u"Root User"_s);
        typeInto(&dialog, "passwordEdit", password);
        typeInto(&dialog, "confirmationEdit", password);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().userName, u"root"_s);
        QCOMPARE(dialog.actor().role, Role::Admin);
        QVERIFY(f.signIn.signIn(u"root"_s, password).ok());
    }

    void firstAdministratorPasswordsMustMatchAndBeLongEnough()
    {
        Fixture f;
        FirstAdministratorDialog dialog(f.operators);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "userNameEdit", u"root"_s);
        typeInto(&dialog, "passwordEdit", password);
        typeInto(&dialog, "confirmationEdit", u"correct horse batterY"_s);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(u"differ"_s));

        typeInto(&dialog, "passwordEdit", u"short one"_s);
        typeInto(&dialog, "confirmationEdit", u"short one"_s);
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"12"_s), qPrintable(dialog.errorText()));
        QCOMPARE(f.operators.hasOperators().value(), false);
    }

    void startupAsksForTheFirstAdministratorOnAnEmptyDatabase()
    {
        Fixture f;
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<FirstAdministratorDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            typeInto(dialog, "userNameEdit", u"root"_s);
            typeInto(dialog, "passwordEdit", password);
            typeInto(dialog, "confirmationEdit", password);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        const auto actor = signInInteractively(f.operators, f.signIn);
        QVERIFY(actor.has_value());
        QCOMPARE(actor->userName, u"root"_s);
        QCOMPARE(actor->role, Role::Admin);
    }

    void startupAsksForSignInOnceOperatorsExistAndCancelGivesNobody()
    {
        Fixture f;
        f.createOperators();
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLineEdit*>(u"userNameEdit"_s)->text(), u"alice"_s);
            typeInto(dialog, "passwordEdit", password);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        const auto actor = signInInteractively(f.operators, f.signIn, nullptr, u"alice"_s);
        QVERIFY(actor.has_value());
        QCOMPARE(actor->userName, u"alice"_s);

        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QVERIFY(!signInInteractively(f.operators, f.signIn).has_value());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signin_dialog.moc"
