// SPDX-License-Identifier: GPL-3.0-or-later
// The "Check a code" box driven as an operator would (typing, Enter, the button), on a real database
// with a real sealed secret: the words it answers with, the allowance, locking and clearing.
#include "core/audit/AuditLog.h"
#include "core/common/DateTimeText.h"
#include "core/secrets/SecretCipher.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/CodeCheckRig.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "translations/Translators.h"
#include "ui/twofactor/CheckCodeWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace backoffice;
using namespace backoffice::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture : test::CodeCheckRig
{
    CodeCheckService service {database.db(), audit, cipher, clock};

    Fixture() { addAuthenticator(1001); }
};

/// The widget's parts, found as a test (or assistive technology) would.
struct Parts
{
    explicit Parts(ui::CheckCodeWidget& widget)
        : code(widget.findChild<QLineEdit*>(u"codeLineEdit"_s))
        , button(widget.findChild<QPushButton*>(u"checkPushButton"_s))
        , answer(widget.findChild<QLabel*>(u"answerLabel"_s))
        , allowance(widget.findChild<QLabel*>(u"allowanceLabel"_s))
    {
    }
    QLineEdit* code;
    QPushButton* button;
    QLabel* answer;
    QLabel* allowance;
};

} // namespace

class TestCheckCodeWidget : public QObject
{
    Q_OBJECT

private slots:
    // What an English-speaking operator reads, with the plural forms of translations/backoffice_en.ts.
    void initTestCase() { translations::install(QLocale(QLocale::English)); }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QVERIFY(parts.code && parts.button && parts.answer && parts.allowance);
        QVERIFY(!parts.code->accessibleName().isEmpty());
        QVERIFY(!parts.button->accessibleName().isEmpty());
        QCOMPARE(widget.title(), u"Check a code"_s);
        QCOMPARE(parts.allowance->text(), u"10 of 10 checks left"_s);
        QVERIFY(!parts.button->isEnabled()); // nothing typed yet
    }

    void onlyDigitsCanBeTyped()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QTest::keyClicks(parts.code, u"12a3-4 5b678901"_s);
        QCOMPARE(parts.code->text(), u"12345678"_s);
    }

    void enterChecksAValidCodeAndClearsTheField()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        Parts parts(widget);
        QSignalSpy finished(&widget, &ui::CheckCodeWidget::checkFinished);
        QTest::keyClicks(parts.code, f.codeOnDevice(0));
        QVERIFY(parts.button->isEnabled());
        QTest::keyClick(parts.code, Qt::Key_Return);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(parts.answer->property("outcome").toString(), u"valid"_s);
        QVERIFY2(parts.answer->text().startsWith(u"Valid"_s), qPrintable(parts.answer->text()));
        QVERIFY(parts.code->text().isEmpty());
        QCOMPARE(parts.allowance->text(),
                 u"9 of 10 checks left; resets at %1"_s.arg(dateTimeText(f.clock.nowUtc().addSecs(600))));
    }

    void clockAheadIsExplainedWithWhatToTellTheClient()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QTest::keyClicks(parts.code, f.codeOnDevice(17 * 60));
        QTest::mouseClick(parts.button, Qt::LeftButton);
        QCOMPARE(parts.answer->property("outcome").toString(), u"drift"_s);
        const QString text = parts.answer->text();
        QVERIFY2(text.contains(u"about 17 minutes ahead"_s), qPrintable(text));
        QVERIFY(text.contains(u"automatic date and time"_s));
        QVERIFY(text.contains(u"Time correction for codes > Sync now"_s));
        QCOMPARE(test::labelsHidingTheirText(widget), QStringList());
        QVERIFY(parts.code->text().isEmpty());
    }

    void clockBehindSaysBehind()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QTest::keyClicks(parts.code, f.codeOnDevice(-90));
        QTest::keyClick(parts.code, Qt::Key_Enter);
        QVERIFY2(parts.answer->text().contains(u"about 2 minutes behind"_s), qPrintable(parts.answer->text()));
    }

    void noMatchAdvisesDisableAndReEnrol()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        const QString other = TotpGenerator::totp(QByteArray("another-secret-entirely"), TotpParameters {},
                                                  f.clock.nowUtc().toSecsSinceEpoch())
                                  .value();
        QTest::keyClicks(parts.code, other);
        QTest::keyClick(parts.code, Qt::Key_Return);
        QCOMPARE(parts.answer->property("outcome").toString(), u"no_match"_s);
        QVERIFY(parts.answer->text().contains(u"another secret or another account"_s));
        QVERIFY(parts.answer->text().contains(u"Disable"_s));
    }

    void authenticatorTurnedOffLocksTheBoxAndDropsTheOldAdvice()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QTest::keyClicks(parts.code, u"000000"_s);
        QTest::mouseClick(parts.button, Qt::LeftButton);
        QVERIFY(parts.answer->text().contains(u"Disable"_s)); // the no-match advice
        QTest::keyClicks(parts.code, u"123456"_s);
        QVERIFY(parts.button->isEnabled());

        Client off = test::makeClient(1001, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::None);
        widget.showClientState(off);
        QVERIFY(!parts.button->isEnabled());
        QVERIFY(!parts.code->isEnabled());
        QVERIFY(!parts.answer->text().contains(u"Disable"_s));
        QVERIFY(parts.answer->text().contains(u"is off for this client"_s));
    }

    void incompleteCodeIsNotChecked()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QSignalSpy finished(&widget, &ui::CheckCodeWidget::checkFinished);
        QTest::keyClicks(parts.code, u"12345"_s);
        QVERIFY(!parts.button->isEnabled());
        QTest::keyClick(parts.code, Qt::Key_Return);
        QCOMPARE(finished.count(), 0);
        QVERIFY(parts.answer->text().contains(u"all the digits"_s));
        QCOMPARE(parts.allowance->text(), u"10 of 10 checks left"_s);
    }

    void tenChecksLockTheBoxUntilTheResetTime()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        const QDateTime first = f.clock.nowUtc();
        for (int i = 0; i < 10; ++i) {
            QTest::keyClicks(parts.code, f.codeOnDevice(0));
            QTest::keyClick(parts.code, Qt::Key_Return);
            QVERIFY(parts.code->text().isEmpty());
            f.clock.advanceSeconds(20);
        }
        QVERIFY(!parts.code->isEnabled());
        QVERIFY(!parts.button->isEnabled());
        QCOMPARE(parts.allowance->text(),
                 u"No checks left for this client; the next is allowed at %1."_s.arg(dateTimeText(first.addSecs(600))));

        // A new box for the same client (another operator, or the tab reopened) starts locked too.
        ui::CheckCodeWidget reopened(f.service, support, 1001, nullptr, f.clock);
        QVERIFY(!Parts(reopened).code->isEnabled());

        f.clock.set(first.addSecs(600));
        widget.refreshAllowance();
        QVERIFY(parts.code->isEnabled());
        QCOMPARE(parts.allowance->text(),
                 u"1 of 10 checks left; resets at %1"_s.arg(dateTimeText(first.addSecs(20 + 600))));
    }

    void viewerSeesTheBoxLocked()
    {
        Fixture f;
        ui::CheckCodeWidget widget(f.service, viewer, 1001, nullptr, f.clock);
        Parts parts(widget);
        QVERIFY(!parts.code->isEnabled());
        QVERIFY(!parts.button->isEnabled());
        QVERIFY(parts.answer->text().contains(u"role"_s));
    }

    void missingDataKeyIsSaidPlainlyAndLocks()
    {
        Fixture f;
        const CodeCheckService noKey(f.database.db(), f.audit, Error {Error::Code::KeyMissing, {}, {}}, f.clock);
        ui::CheckCodeWidget widget(noKey, support, 1001, nullptr, f.clock);
        Parts parts(widget);
        QVERIFY(!parts.code->isEnabled());
        QVERIFY(parts.answer->text().contains(u"data key"_s));
        QVERIFY(parts.answer->text().contains(u"keys import"_s));
    }

    void clientWithoutAuthenticatorIsSaid()
    {
        Fixture f;
        f.database.addClient(test::makeClient(1002, u"Sam"_s, u"Sms"_s, TwoFactorMethod::Sms));
        ui::CheckCodeWidget widget(f.service, support, 1002, nullptr, f.clock);
        Parts parts(widget);
        QTest::keyClicks(parts.code, u"123456"_s);
        QTest::keyClick(parts.code, Qt::Key_Return);
        QVERIFY(parts.answer->text().contains(u"does not have Google Authenticator"_s));
        QVERIFY(parts.code->text().isEmpty());
    }
};

QTEST_MAIN(TestCheckCodeWidget)
#include "tst_checkcodewidget.moc"
