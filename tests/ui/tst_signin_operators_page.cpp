// SPDX-License-Identifier: GPL-3.0-or-later
// The operators page: administrators add, disable, re-role and reset operators; other roles are
// offered nothing (and the core would refuse them anyway).
#include "core/audit/AuditLog.h"
#include "core/common/DateTimeText.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"
#include "tests/support/ManualClock.h"
#include "tests/support/OperatorRig.h"
#include "tests/support/TestDatabase.h"
#include "ui/operators/OperatorFormDialog.h"
#include "ui/operators/OperatorsModel.h"
#include "ui/operators/OperatorsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
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
    const Actor admin {u"root"_s, Role::Admin};

    Fixture()
    {
        if (!operators.createFirstAdministrator({u"root"_s, u"Root"_s, Role::Admin, password}))
            qFatal("cannot create root");
        if (!operators.add(admin, {u"alice"_s, u"Alice"_s, Role::Viewer, password}))
            qFatal("cannot add alice");
    }
};

/// Fills the modal operator form that `trigger` opens, then presses its OK button.
void fillNextForm(const QMap<QString, QString>& fields, const QString& role = {})
{
    QTimer::singleShot(0, [fields, role] {
        auto* dialog = qobject_cast<OperatorFormDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            QTest::keyClicks(dialog->findChild<QLineEdit*>(it.key()), it.value());
        if (!role.isEmpty()) {
            auto* combo = dialog->findChild<QComboBox*>(u"roleCombo"_s);
            combo->setCurrentIndex(combo->findText(role));
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) { // refused: report and close so the test goes on
            qWarning() << "form refused:" << dialog->errorText();
            dialog->reject();
        }
    });
}
/// Shows `page` and selects the operator `userName` in it, as an administrator does first.
bool showWithSelected(OperatorsPage& page, const QString& userName)
{
    page.show();
    return QTest::qWaitForWindowExposed(&page) && page.selectOperator(userName);
}

/// Chooses `role` for the selected operator and presses Set role.
void setRole(OperatorsPage& page, Role role)
{
    auto* combo = page.findChild<QComboBox*>(u"roleCombo"_s);
    combo->setCurrentIndex(combo->findData(int(role)));
    QTest::mouseClick(page.findChild<QPushButton*>(u"setRoleButton"_s), Qt::LeftButton);
}
} // namespace

class TestOperatorsPage : public QObject
{
    Q_OBJECT

private slots:
    void columnWidthsAreRemembered()
    {
        QSettings().clear();
        Fixture f;
        int width = 0;
        {
            OperatorsPage page(f.operators, f.admin, f.clock);
            auto* table = page.findChild<QTableView*>(u"operatorsTable"_s);
            QVERIFY(table);
            width = table->columnWidth(OperatorsModel::UserNameColumn) + 53;
            table->horizontalHeader()->resizeSection(OperatorsModel::UserNameColumn, width);
        }
        OperatorsPage again(f.operators, f.admin, f.clock);
        QCOMPARE(again.findChild<QTableView*>(u"operatorsTable"_s)->columnWidth(OperatorsModel::UserNameColumn), width);
        QSettings().clear();
    }

    void adminSeesEveryOperator()
    {
        Fixture f;
        OperatorsPage page(f.operators, f.admin, f.clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->index(0, OperatorsModel::UserNameColumn).data().toString(), u"alice"_s);
        QCOMPARE(page.model()->index(0, OperatorsModel::RoleColumn).data().toString(), OperatorsModel::tr("Viewer"));
        QCOMPARE(page.model()->index(0, OperatorsModel::StatusColumn).data().toString(), OperatorsModel::tr("Active"));
        QVERIFY(page.findChild<QPushButton*>(u"addButton"_s)->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(u"toggleButton"_s)->isEnabled()); // nothing selected yet
    }

    void otherRolesAreOfferedNothing_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("viewer") << int(Role::Viewer);
        QTest::newRow("support") << int(Role::Support);
    }

    void otherRolesAreOfferedNothing()
    {
        QFETCH(int, role);
        Fixture f;
        OperatorsPage page(f.operators, {u"alice"_s, Role(role)}, f.clock);
        QCOMPARE(page.model()->rowCount(), 0);
        for (QPushButton* button : page.findChildren<QPushButton*>())
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY(page.statusText().contains(u"administrators"_s));
    }

    void addOperatorThroughTheForm()
    {
        Fixture f;
        OperatorsPage page(f.operators, f.admin, f.clock);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        fillNextForm({{u"userNameEdit"_s, u"bob"_s},
                      {u"displayNameEdit"_s, u"Bob Jones"_s},
                      {u"passwordEdit"_s, u"bob's long password"_s},
                      {u"confirmationEdit"_s, u"bob's long password"_s}},
                     OperatorsModel::tr("Support"));
        QTest::mouseClick(page.findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        const int row = page.model()->rowOf(u"bob"_s);
        QCOMPARE(page.model()->operatorAt(row).role, Role::Support);
        QCOMPARE(page.model()->operatorAt(row).displayName, u"Bob Jones"_s);
        QVERIFY(f.signIn.signIn(u"bob"_s, u"bob's long password"_s).ok());
    }

    void formKeepsInputAndExplainsARefusal()
    {
        Fixture f;
        std::optional<QString> answer = u"An operator with this user name exists already."_s;
        OperatorFormDialog dialog(OperatorFormDialog::Mode::AddOperator, [&](const NewOperator&) { return answer; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userNameEdit"_s), u"alice"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), password);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"confirmationEdit"_s), password);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), *answer);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"userNameEdit"_s)->text(), u"alice"_s);
    }

    void disableAndEnableTheSelectedOperator()
    {
        Fixture f;
        OperatorsPage page(f.operators, f.admin, f.clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showWithSelected(page, u"alice"_s));
        auto* toggle = page.findChild<QPushButton*>(u"toggleButton"_s);
        QVERIFY(toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(page.model()->index(page.model()->rowOf(u"alice"_s), OperatorsModel::StatusColumn).data().toString(),
                 OperatorsModel::tr("Disabled"));
        QCOMPARE(f.signIn.signIn(u"alice"_s, password).error().field, u"disabled"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(f.signIn.signIn(u"alice"_s, password).ok());
    }

    void setRoleOfTheSelectedOperator()
    {
        Fixture f;
        OperatorsPage page(f.operators, f.admin, f.clock);
        QVERIFY(showWithSelected(page, u"alice"_s));
        setRole(page, Role::Support);
        QCOMPARE(f.signIn.signIn(u"alice"_s, password).value().role, Role::Support);
    }

    void demotingTheLastAdministratorIsExplained()
    {
        Fixture f;
        OperatorsPage page(f.operators, f.admin, f.clock);
        QVERIFY(showWithSelected(page, u"root"_s));
        setRole(page, Role::Viewer);
        QVERIFY2(page.statusText().contains(u"last enabled administrator"_s), qPrintable(page.statusText()));
        QCOMPARE(page.model()->operatorAt(page.model()->rowOf(u"root"_s)).role, Role::Admin);
    }

    void resetPasswordThroughTheForm()
    {
        Fixture f;
        OperatorsPage page(f.operators, f.admin, f.clock);
        QVERIFY(showWithSelected(page, u"alice"_s));
        fillNextForm(
            {{u"passwordEdit"_s, u"alice's new password"_s}, {u"confirmationEdit"_s, u"alice's new password"_s}});
        QTest::mouseClick(page.findChild<QPushButton*>(u"resetButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page.statusText().contains(u"alice"_s));
        QVERIFY(f.signIn.signIn(u"alice"_s, u"alice's new password"_s).ok());
    }

    void lockedOperatorShowsUntilWhen()
    {
        Fixture f;
        for (int attempt = 0; attempt < SignInService::maximumFailures; ++attempt)
            (void)f.signIn.signIn(u"alice"_s, u"not the password"_s);
        OperatorsPage page(f.operators, f.admin, f.clock);
        const QString until = dateTimeText(f.clock.nowUtc().addSecs(15 * 60)); // date, time and zone
        QCOMPARE(page.model()->index(page.model()->rowOf(u"alice"_s), OperatorsModel::StatusColumn).data().toString(),
                 OperatorsModel::tr("Locked until %1").arg(until));
    }
};

QTEST_MAIN(TestOperatorsPage)
#include "tst_signin_operators_page.moc"
