// SPDX-License-Identifier: GPL-3.0-or-later
// One signed-in operator's session, offscreen, on a real database and the real keychain: the pages the
// navigation lists for each role, what a client's details gain (Check a code, the SMS tab, Diagnose),
// and the clients page's Diagnose button opening the diagnosis.
#include "core/email/EmailSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Workspace.h"
#include "tests/support/AnotherDesk.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmtpServer.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/clients/ClientDetailsDialog.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientsPage.h"
#include "ui/clients/DisableTwoFactorDialog.h"
#include "ui/diagnosis/DiagnosisDialog.h"
#include "ui/session/OperatorSession.h"
#include "ui/twofactor/CheckCodeWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
const Actor Admin {u"ada.admin"_s, Role::Admin};
const Actor Support {u"sam.support"_s, Role::Support};
const Actor Viewer {u"vic.viewer"_s, Role::Viewer};
constexpr qint64 AuthenticatorClient = 41;
constexpr qint64 SmsClient = 42;

/// "Section > Page" for every page the navigation lists, in order.
QStringList navigationOf(const ui::MainWindow& window)
{
    QStringList pages;
    const QTreeWidget* tree = window.navigation();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* section = tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j)
            pages << section->text(0) + u" > "_s + section->child(j)->text(0);
    }
    return pages;
}

QPushButton* buttonNamed(const QWidget& parent, const QString& accessibleName)
{
    for (QPushButton* button : parent.findChildren<QPushButton*>()) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

QList<ui::DiagnosisDialog*> openDiagnoses()
{
    QList<ui::DiagnosisDialog*> dialogs;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<ui::DiagnosisDialog*>(widget); dialog && dialog->isVisible())
            dialogs.append(dialog);
    }
    return dialogs;
}
} // namespace

class TestOperatorSession : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets {test::uniqueKeychainService()};
    QNetworkAccessManager m_network;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;

    /// A session for `actor` whose data key has been read (or found missing) from the keychain.
    std::unique_ptr<ui::OperatorSession> sessionFor(const Actor& actor)
    {
        auto session = std::make_unique<ui::OperatorSession>(*m_workspace, m_secrets, &m_network, actor);
        QSignalSpy loaded(session.get(), &ui::OperatorSession::dataKeyLoaded);
        if (!loaded.wait(15000))
            qWarning("the data key was not read within 15 s");
        session->window()->show();
        return session;
    }

    /// Opens a client's details through the clients page, as a double-click does.
    ui::ClientDetailsDialog* openClient(ui::OperatorSession& session, qint64 clientId)
    {
        QSignalSpy opened(session.clientsPage(), &ui::ClientsPage::clientOpened);
        session.clientsPage()->openClient(clientId);
        if (opened.size() != 1)
            return nullptr;
        return opened.first().first().value<ui::ClientDetailsDialog*>();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_workspace
            = std::make_unique<Workspace>(m_db->shared(), SystemClock::instance(), ScryptParameters::forTests());
        m_db->addClient(test::makeClient(AuthenticatorClient, u"Alice"_s, u"Auth"_s, TwoFactorMethod::Authenticator));
        m_db->addClient(test::makeClient(SmsClient, u"Sid"_s, u"Sms"_s, TwoFactorMethod::Sms));
    }

    void cleanup()
    {
        for (ui::DiagnosisDialog* dialog : openDiagnoses())
            delete dialog;
        m_workspace.reset();
        m_db.reset();
    }

    void adminSeesEveryPageIncludingOperators()
    {
        auto session = sessionFor(Admin);
        QCOMPARE(navigationOf(*session->window()),
                 (QStringList {u"Clients > General"_s, u"Clients > Pending approvals"_s, u"System > SMS providers"_s,
                               u"System > SMS delivery"_s, u"System > E-mail"_s, u"System > Audit log"_s,
                               u"System > Operators"_s}));
        QCOMPARE(session->window()->currentPage(), session->clientsPage());
        QVERIFY(session->window()->windowTitle().contains(Admin.userName));
    }

    void whatAnotherDeskChangesShowsWithoutARestart()
    {
        auto session = sessionFor(Admin);
        ui::ClientDetailsDialog* details = openClient(*session, SmsClient);
        QVERIFY(details);
        auto* audit = session->window()->findChild<ui::AuditPage*>();
        QVERIFY(audit);

        const test::AnotherDesk bob(*m_db);
        QVERIFY(bob.disableTwoFactor(SmsClient));
        const auto listed = [&] {
            for (int row = 0; row < session->clientsPage()->model()->rowCount(); ++row)
                if (session->clientsPage()->model()->clientAt(row).id == SmsClient)
                    return session->clientsPage()->model()->clientAt(row).method;
            return TwoFactorMethod::Sms;
        };
        QTRY_COMPARE_WITH_TIMEOUT(listed(), TwoFactorMethod::None, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(details->messageLabel()->text().contains(u"bob"_s), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0 && audit->model()->eventAt(0).operatorName == u"bob"_s,
                                 2000);
        details->close();
    }

    void viewerHasNoOperatorsPage()
    {
        auto session = sessionFor(Viewer);
        const QStringList pages = navigationOf(*session->window());
        QVERIFY2(!pages.contains(u"System > Operators"_s), qPrintable(pages.join(u", "_s)));
        QCOMPARE(pages,
                 (QStringList {u"Clients > General"_s, u"System > SMS providers"_s, u"System > SMS delivery"_s,
                               u"System > E-mail"_s, u"System > Audit log"_s}));
    }

    void authenticatorClientDetailsHaveCheckACodeAndAnSmsTab()
    {
        auto session = sessionFor(Support);
        ui::ClientDetailsDialog* details = openClient(*session, AuthenticatorClient);
        QVERIFY(details);
        QCOMPARE(details->client().id, AuthenticatorClient);
        QCOMPARE(details->findChildren<ui::CheckCodeWidget*>().size(), 1);
        QStringList tabs;
        for (int i = 0; i < details->tabs()->count(); ++i)
            tabs << details->tabs()->tabText(i).remove(u'&');
        QVERIFY2(tabs.contains(u"SMS"_s), qPrintable(tabs.join(u", "_s)));
        details->close();
    }

    void disablingTheAuthenticatorLocksCheckACodeAtOnce()
    {
        auto session = sessionFor(Support);
        ui::ClientDetailsDialog* details = openClient(*session, AuthenticatorClient);
        QVERIFY(details);
        auto* checkCode = details->findChild<ui::CheckCodeWidget*>();
        QVERIFY(checkCode);
        auto* checkButton = checkCode->findChild<QPushButton*>(u"checkPushButton"_s);
        auto* codeEdit = checkCode->findChild<QLineEdit*>(u"codeLineEdit"_s);
        details->tabs()->setCurrentIndex(1); // Settings
        auto* answerLabel = checkCode->findChild<QLabel*>(u"answerLabel"_s);
        QVERIFY(!answerLabel->text().contains(u"is off"_s)); // this desk lacks the data key: says that

        // The operator disables Google Authenticator in the modal dialog the Disable button opens,
        // after the client read back the code the session's CallerVerification sent by e-mail.
        test::TestSmtpServer smtp(test::TestSmtpServer::Security::None);
        QVERIFY2(smtp.isValid(), qPrintable(smtp.problem()));
        QVERIFY(
            m_workspace->emailSettings(m_secrets).save(Admin, smtp.plainSettings(u"backoffice@bank.example"_s)).ok());
        QTimer::singleShot(0, this, [&smtp] {
            auto* dialog = qobject_cast<ui::DisableTwoFactorDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->channelCombo()->setCurrentIndex(1); // e-mail
            dialog->sendButton()->click();
            QTRY_COMPARE_WITH_TIMEOUT(smtp.received().size(), 1, 20000);
            static const QRegularExpression code(u"identity code is: ([0-9]{6})"_s);
            dialog->codeEdit()->setText(code.match(smtp.received().first().body).captured(1));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->sendProgress()->isVisible(), 20000); // the send has answered
            dialog->checkButton()->click();
            QVERIFY(dialog->codeVerified());
            dialog->requestedCheckBox()->setChecked(true);
            dialog->reasonEdit()->setText(u"SUP-1234: lost phone, client called"_s);
            dialog->disableButton()->click();
        });
        details->disableAuthenticatorButton()->click();
        QCOMPARE(details->client().method, TwoFactorMethod::None);

        QVERIFY(!checkButton->isEnabled());
        QVERIFY(!codeEdit->isEnabled());
        const QString answer = answerLabel->text();
        QVERIFY2(answer.contains(u"is off for this client"_s), qPrintable(answer));
        QSignalSpy noticed(details, &ui::ClientDetailsDialog::noticeFinished);
        QVERIFY(noticed.wait(20000));
        details->close();
    }

    void smsClientDetailsHaveNoCheckACode()
    {
        auto session = sessionFor(Support);
        ui::ClientDetailsDialog* details = openClient(*session, SmsClient);
        QVERIFY(details);
        QVERIFY(details->findChildren<ui::CheckCodeWidget*>().isEmpty());
        details->close();
    }

    void detailsDiagnoseButtonFollowsTheRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("viewer") << int(Role::Viewer) << false;
        QTest::newRow("support") << int(Role::Support) << true;
        QTest::newRow("admin") << int(Role::Admin) << true;
    }

    void detailsDiagnoseButtonFollowsTheRole()
    {
        QFETCH(int, role);
        QFETCH(bool, enabled);
        auto session = sessionFor(Actor {u"someone"_s, Role(role)});
        ui::ClientDetailsDialog* details = openClient(*session, AuthenticatorClient);
        QVERIFY(details);
        QPushButton* diagnose = buttonNamed(*details, u"Diagnose this client"_s);
        QVERIFY(diagnose);
        QCOMPARE(diagnose->isEnabled(), enabled);
        details->close();
    }

    void detailsDiagnoseButtonOpensTheDiagnosisOfThatClient()
    {
        auto session = sessionFor(Support);
        ui::ClientDetailsDialog* details = openClient(*session, SmsClient);
        QVERIFY(details);
        QVERIFY(openDiagnoses().isEmpty());
        QTest::mouseClick(buttonNamed(*details, u"Diagnose this client"_s), Qt::LeftButton);
        QTRY_COMPARE(openDiagnoses().size(), 1);
        ui::DiagnosisDialog* dialog = openDiagnoses().first();
        QSignalSpy finished(dialog, &ui::DiagnosisDialog::diagnosisFinished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->diagnosis()->clientId, SmsClient);
        dialog->close();
        details->close();
    }

    void clientsPageDiagnoseButtonOpensADiagnosisDialog()
    {
        auto session = sessionFor(Support);
        ui::ClientsPage* page = session->clientsPage();
        QTRY_VERIFY(page->diagnoseButton()->isEnabled()); // the first client is selected
        QVERIFY(openDiagnoses().isEmpty());
        QTest::mouseClick(page->diagnoseButton(), Qt::LeftButton);
        QTRY_COMPARE(openDiagnoses().size(), 1);
        ui::DiagnosisDialog* dialog = openDiagnoses().first();
        // It runs at once.
        QSignalSpy finished(dialog, &ui::DiagnosisDialog::diagnosisFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog->diagnosis().has_value());
        const qint64 diagnosed = dialog->diagnosis()->clientId;
        QVERIFY(diagnosed == AuthenticatorClient || diagnosed == SmsClient);
        QVERIFY(dialog->windowTitle().contains(diagnosed == SmsClient ? u"Sid"_s : u"Alice"_s));
        // Deleted when closed: nothing is left behind.
        QPointer<ui::DiagnosisDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
    }

    void viewerCannotDiagnoseFromTheClientsPage()
    {
        auto session = sessionFor(Viewer);
        ui::ClientsPage* page = session->clientsPage();
        QTRY_VERIFY(page->editButton()->isEnabled()); // a client is selected
        QVERIFY(!page->diagnoseButton()->isEnabled());
    }
};

QTEST_MAIN(TestOperatorSession)
#include "tst_operatorsession.moc"
