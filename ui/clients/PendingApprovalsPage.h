// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/verification/DisableRequest.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace backoffice {
class CallerVerification;
}

namespace backoffice::ui {

/// Clients > Pending approvals: the four-eyes requests waiting for a second operator, oldest
/// first, with how the requester checked the caller's identity. Approve turns the factor off (and
/// then tells the client); Reject needs a reason. The requester cannot approve their own request:
/// the service refuses it and the page says why.
class PendingApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    using VerificationFactory = std::function<Result<std::unique_ptr<CallerVerification>>()>;

    PendingApprovalsPage(VerificationFactory factory, const Actor& actor, QWidget* parent = nullptr);
    ~PendingApprovalsPage() override;

    /// Reads the pending requests again.
    void refresh();

    QTableWidget* table() const { return m_table; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLineEdit* rejectReasonEdit() const { return m_rejectReason; }
    QLabel* messageLabel() const { return m_message; }
    const QList<DisableRequest>& requests() const { return m_requests; }

signals:
    /// A request was approved: the client's factor is off.
    void clientDisabled(const backoffice::Client& client);
    /// The notice after an approval answered (its outcome is in the message).
    void noticeFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool ensureVerification();
    void approve();
    void reject();
    void updateButtons();
    const DisableRequest* selected() const;
    void showMessage(const QString& text, bool problem);

    VerificationFactory m_factory;
    std::unique_ptr<CallerVerification> m_verification;
    Actor m_actor;
    int m_noticesPending = 0;
    QList<DisableRequest> m_requests;
    QTableWidget* m_table = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_approve = nullptr;
    QLineEdit* m_rejectReason = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace backoffice::ui
