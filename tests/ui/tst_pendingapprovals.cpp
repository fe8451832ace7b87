// SPDX-License-Identifier: GPL-3.0-or-later
// Clients > Pending approvals: the four-eyes requests listed for a second operator, Approve turning
// the factor off and telling the client (by e-mail to a real SMTP server), Reject with a reason, and
// the requester refused when approving their own request.
#include "core/clients/ClientRepository.h"
#include "core/verification/DisableRequestService.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/ui/tst_ui_verification_rig.h"
#include "ui/clients/PendingApprovalsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestPendingApprovals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::UiVerificationRig> m_rig;
    const Actor m_requester {u"sam"_s, Role::Support};
    const Actor m_approver {u"sue"_s, Role::Support};
    qint64 m_requestId = 0;

    std::unique_ptr<PendingApprovalsPage> page(const Actor& actor)
    {
        auto made = std::make_unique<PendingApprovalsPage>(
            [this] {
                return CallerVerification::create(m_rig->workspace, m_rig->secrets, &m_rig->network, {}, m_rig->clock);
            },
            actor);
        made->show();
        if (!QTest::qWaitForWindowExposed(made.get()))
            qWarning("page not exposed");
        return made;
    }

    TwoFactorMethod storedMethod() const { return ClientRepository(m_rig->database.db()).find(7).value().method; }

private slots:
    void init()
    {
        m_rig = std::make_unique<test::UiVerificationRig>();
        QVERIFY(m_rig->configureEmail());
        const Client client
            = m_rig->database.addClient(test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Authenticator));
        DisableRequestInput input;
        setClientAsSeen(input, client);
        input.reason = u"SUP-77"_s;
        input.identityChecked = u"passport seen at the branch"_s;
        input.clientRequested = true;
        auto filed = m_rig->makeVerification()->requests().request(m_requester, input);
        QVERIFY(filed.ok());
        m_requestId = filed->id;
    }

    void cleanup() { m_rig.reset(); }

    void listsTheRequestWithHowIdentityWasChecked()
    {
        auto approvals = page(m_approver);
        QCOMPARE(approvals->table()->rowCount(), 1);
        QCOMPARE(approvals->table()->item(0, 0)->text(), QString::number(m_requestId));
        QCOMPARE(approvals->table()->item(0, 1)->text(), u"7"_s);
        QCOMPARE(approvals->table()->item(0, 3)->text(), u"sam"_s);
        QCOMPARE(approvals->table()->item(0, 5)->text(), u"SUP-77"_s);
        QCOMPARE(approvals->table()->item(0, 6)->text(), u"passport seen at the branch"_s);
        QVERIFY(!approvals->approveButton()->isEnabled()); // nothing selected yet
        approvals->table()->selectRow(0);
        QVERIFY(approvals->approveButton()->isEnabled());
        QVERIFY(!approvals->rejectButton()->isEnabled()); // no reason yet
        QCOMPARE(test::labelsHidingTheirText(*approvals), QStringList());
        for (QWidget* widget : approvals->findChildren<QWidget*>()) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible() && !qobject_cast<QLabel*>(widget)
                && widget->parentWidget() == approvals.get())
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }

    void theRequesterCannotApproveTheirOwnRequest()
    {
        auto approvals = page(m_requester);
        approvals->table()->selectRow(0);
        approvals->approveButton()->click();
        QVERIFY2(approvals->messageLabel()->text().contains(u"You filed this request yourself"_s),
                 qPrintable(approvals->messageLabel()->text()));
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(approvals->table()->rowCount(), 1); // still waiting for someone else
    }

    void approvingTurnsTheFactorOffAndTellsTheClient()
    {
        auto approvals = page(m_approver);
        QSignalSpy disabled(approvals.get(), &PendingApprovalsPage::clientDisabled);
        QSignalSpy noticed(approvals.get(), &PendingApprovalsPage::noticeFinished);
        approvals->table()->selectRow(0);
        approvals->approveButton()->click();
        QCOMPARE(disabled.size(), 1);
        QCOMPARE(storedMethod(), TwoFactorMethod::None);
        QCOMPARE(approvals->table()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(noticed.size(), 1, 20000);
        const QString message = approvals->messageLabel()->text();
        QVERIFY2(message.contains(u"is now off for client 7"_s), qPrintable(message));
        QVERIFY2(message.contains(u"The client was told by e-mail"_s), qPrintable(message));
        QCOMPARE(m_rig->smtp.received().size(), 1);
        QVERIFY(m_rig->smtp.received().first().body.contains(u"SUP-77"_s));
    }

    void rejectingNeedsAReasonAndKeepsTheFactor()
    {
        auto approvals = page(m_approver);
        approvals->table()->selectRow(0);
        QTest::keyClicks(approvals->rejectReasonEdit(), u"could not answer the security questions"_s);
        QVERIFY(approvals->rejectButton()->isEnabled());
        approvals->rejectButton()->click();
        QVERIFY2(approvals->messageLabel()->text().contains(u"rejected"_s),
                 qPrintable(approvals->messageLabel()->text()));
        QCOMPARE(approvals->table()->rowCount(), 0);
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
        QCOMPARE(m_rig->smtp.received().size(), 0);
    }

    void anExpiredRequestIsNoLongerListed()
    {
        auto approvals = page(m_approver);
        QCOMPARE(approvals->table()->rowCount(), 1);
        m_rig->clock.advanceSeconds(25 * 3600); // nobody decided within 24 hours
        approvals->refreshButton()->click();
        QCOMPARE(approvals->table()->rowCount(), 0);
        QVERIFY(approvals->messageLabel()->text().contains(u"No request is waiting"_s));
        QCOMPARE(storedMethod(), TwoFactorMethod::Authenticator);
    }

    void viewersCannotDecide()
    {
        auto approvals = page(Actor {u"vic"_s, Role::Viewer});
        if (approvals->table()->rowCount() > 0)
            approvals->table()->selectRow(0);
        QVERIFY(!approvals->approveButton()->isEnabled());
        QVERIFY(!approvals->rejectButton()->isEnabled());
    }
};

QTEST_MAIN(TestPendingApprovals)
#include "tst_pendingapprovals.moc"
