// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/PendingApprovalsPage.h"
#include "ui/common/ErrorText.h"

#include "core/common/DateTimeText.h"
#include "core/common/TextSafety.h"
#include "core/verification/CallerVerification.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/NoticeReportText.h"
#include "ui/common/AccessibleControls.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

PendingApprovalsPage::PendingApprovalsPage(VerificationFactory factory, const Actor& actor, QWidget* parent)
    : QWidget(parent), m_factory(std::move(factory)), m_actor(actor)
{
    setAccessibleName(tr("Pending approvals"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Requests to disable a client's 2FA that wait for a second operator. Approve only "
                                "when the identity check described convinces you; you cannot approve your own "
                                "request. A request expires after %n hour(s).",
                                nullptr, DisableRequestService::expiryHours));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleDescription(tr("Outcome"));
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableWidget(0, 8);
    m_table->setAccessibleName(tr("Pending requests"));
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Client"), tr("2FA option"), tr("Requested by"),
                                        tr("Requested at"), tr("Reason"), tr("How identity was checked"),
                                        tr("Expires")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    letTabLeave(m_table);
    layout->addWidget(m_table, 1);

    auto* bar = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Re&fresh"));
    m_refresh->setAccessibleName(tr("Refresh the pending requests"));
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    m_approve = new QPushButton(tr("&Approve"));
    m_approve->setAccessibleName(tr("Approve the selected request"));
    m_approve->setToolTip(tr("Turns the client's 2FA option off now and tells the client"));
    bar->addWidget(m_approve);
    auto* rejectLabel = new QLabel(tr("Re&jection reason:"));
    m_rejectReason = new QLineEdit;
    m_rejectReason->setAccessibleName(tr("Rejection reason"));
    m_rejectReason->setPlaceholderText(tr("e.g. the caller could not answer the security questions"));
    m_rejectReason->setMaxLength(DisableRequestService::maximumTextLength);
    rejectLabel->setBuddy(m_rejectReason);
    bar->addWidget(rejectLabel);
    bar->addWidget(m_rejectReason, 1);
    m_reject = new QPushButton(tr("&Reject"));
    m_reject->setAccessibleName(tr("Reject the selected request"));
    bar->addWidget(m_reject);
    layout->addLayout(bar);

    connect(m_refresh, &QPushButton::clicked, this, &PendingApprovalsPage::refresh);
    connect(m_approve, &QPushButton::clicked, this, &PendingApprovalsPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &PendingApprovalsPage::reject);
    connect(m_rejectReason, &QLineEdit::textChanged, this, &PendingApprovalsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingApprovalsPage::updateButtons);
    updateButtons();
}

PendingApprovalsPage::~PendingApprovalsPage() = default;

void PendingApprovalsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

bool PendingApprovalsPage::ensureVerification()
{
    // Made afresh for each read or decision, so the channels reflect the settings as they are now;
    // kept while a notice is on its way.
    if (m_verification && m_noticesPending > 0)
        return true;
    auto made
        = m_factory ? m_factory() : Result<std::unique_ptr<CallerVerification>>(Error {Error::Code::Internal, {}, {}});
    if (!made) {
        showMessage(tr("Requests cannot be read: %1").arg(ErrorText::describe(made.error())), true);
        return false;
    }
    m_verification = std::move(made.value());
    return true;
}

void PendingApprovalsPage::refresh()
{
    const qint64 selectedId = selected() ? selected()->id : 0;
    m_table->setRowCount(0);
    m_requests.clear();
    if (ensureVerification()) {
        auto pending = m_verification->requests().pending(m_actor);
        if (pending)
            m_requests = pending.value();
        else
            showMessage(tr("Requests cannot be read: %1").arg(ErrorText::describe(pending.error())), true);
    }
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const DisableRequest& request = m_requests.at(row);
        const QStringList cells {QString::number(request.id),
                                 QString::number(request.clientId),
                                 ClientListModel::methodText(request.method),
                                 TextSafety::escaped(request.requestedBy),
                                 dateTimeText(request.requestedAt),
                                 TextSafety::escaped(request.reason),
                                 TextSafety::escaped(request.identityCheck),
                                 dateTimeText(request.expiresAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (request.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (m_requests.isEmpty() && m_message->isHidden())
        showMessage(tr("No request is waiting for approval."), false);
    updateButtons();
}

const DisableRequest* PendingApprovalsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_requests.size())
        return nullptr;
    return &m_requests.at(rows.first().row());
}

void PendingApprovalsPage::updateButtons()
{
    const bool mayDecide = m_actor.can(Permission::DisableTwoFactor);
    m_approve->setEnabled(mayDecide && selected());
    m_reject->setEnabled(mayDecide && selected() && !m_rejectReason->text().trimmed().isEmpty());
}

void PendingApprovalsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void PendingApprovalsPage::approve()
{
    const DisableRequest* request = selected();
    if (!request || !ensureVerification())
        return;
    const qint64 id = request->id;
    auto approved = m_verification->requests().approve(m_actor, id);
    if (!approved) {
        showMessage(tr("Request %1 was not approved: %2").arg(id).arg(ErrorText::describe(approved.error())), true);
        refresh();
        return;
    }
    const ApprovedDisable done = approved.value();
    const QString method = ClientListModel::methodText(done.before.method);
    const QString text = tr("Request %1 approved: %2 is now off for client %3. Telling the client…")
                             .arg(id)
                             .arg(method)
                             .arg(done.before.id);
    showMessage(text, false);
    emit clientDisabled(done.after);
    ++m_noticesPending;
    const QDateTime at = done.request.decidedAt.isValid() ? done.request.decidedAt : QDateTime::currentDateTimeUtc();
    m_verification->notifier().notifyDisabled(
        m_actor, done.before, at, done.request.reason, this,
        [this, id, method, clientId = done.before.id](NoticeReport report) {
            QStringList lines {
                tr("Request %1 approved: %2 is now off for client %3.").arg(id).arg(method).arg(clientId)};
            lines << NoticeReportText::lines(report);
            --m_noticesPending;
            showMessage(lines.join(u'\n'), !report.failures().isEmpty());
            emit noticeFinished();
        });
    refresh();
}

void PendingApprovalsPage::reject()
{
    const DisableRequest* request = selected();
    const QString reason = m_rejectReason->text().trimmed();
    if (!request || reason.isEmpty() || !ensureVerification())
        return;
    const qint64 id = request->id;
    auto rejected = m_verification->requests().reject(m_actor, id, reason);
    if (!rejected) {
        showMessage(tr("Request %1 was not rejected: %2").arg(id).arg(ErrorText::describe(rejected.error())), true);
    } else {
        showMessage(tr("Request %1 rejected. The client's 2FA stays on.").arg(id), false);
        m_rejectReason->clear();
    }
    refresh();
}

} // namespace backoffice::ui
