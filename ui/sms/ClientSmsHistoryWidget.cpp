// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/ClientSmsHistoryWidget.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/ProgressWithCancel.h"
#include "ui/common/RecordViews.h"
#include "ui/common/RememberedLayout.h"

#include "core/sms/CheckResultText.h"
#include "core/sms/MessageStatusRefresher.h"
#include "core/sms/SmsHistory.h"
#include "ui/sms/SmsHistoryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

ClientSmsHistoryWidget::ClientSmsHistoryWidget(const SmsHistory& history, const ProviderService& providers, Actor actor,
                                               Client client, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_providers(providers)
    , m_actor(std::move(actor))
    , m_client(std::move(client))
{
    auto* layout = new QVBoxLayout(this);
    m_model = new SmsHistoryModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"smsHistory"_s);
    showRecords(m_view, m_model);
    m_view->horizontalHeader()->setSectionResizeMode(SmsHistoryModel::Meaning, QHeaderView::Stretch);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("SMS sent to the client"));
    rememberHeaderState(m_view->horizontalHeader(), u"client/smsHistory"_s);
    layout->addWidget(m_view);

    m_empty = newMessageLabel(u"smsHistoryEmpty"_s, tr("No SMS"), this);
    m_empty->setText(m_client.phone.isEmpty() ? tr("No SMS was sent to this client through Back Office.")
                                              : tr("No SMS was sent to %1 through Back Office.").arg(m_client.phone));
    layout->addWidget(m_empty);

    auto* buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh status"), this);
    m_refresh->setObjectName(u"refreshSmsStatus"_s);
    m_refresh->setAccessibleName(tr("Refresh status"));
    m_refresh->setToolTip(tr("Ask the providers for the current status of the messages not delivered or failed yet."));
    connect(m_refresh, &QPushButton::clicked, this, &ClientSmsHistoryWidget::refreshStatuses);
    buttons->addWidget(m_refresh);
    m_progress = new ProgressWithCancel(tr("Status refresh progress"), tr("Cancel"), tr("Cancel status refresh"),
                                        u"cancelSmsRefresh"_s, this);
    connect(m_progress, &ProgressWithCancel::cancelClicked, this, &ClientSmsHistoryWidget::cancelRefresh);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_status = newMessageLabel(u"smsHistoryStatus"_s, tr("Status"), this);
    layout->addWidget(m_status);

    reload();
}

ClientSmsHistoryWidget::~ClientSmsHistoryWidget()
{
    if (m_refresher) {
        m_refresher->disconnect(this);
        m_refresher->abandon();
    }
}

void ClientSmsHistoryWidget::reload()
{
    auto messages = m_history.forClient(m_actor, m_client.id, m_client.phone);
    if (!messages) {
        m_model->setMessages({});
        m_status->setText(ErrorText::describe(messages.error()));
    } else {
        m_model->setMessages(messages.value());
    }
    updateState();
}

void ClientSmsHistoryWidget::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    bool refreshable = false;
    for (const SmsMessageRecord& message : m_model->messages())
        refreshable = refreshable || MessageStatusRefresher::canRefresh(message);
    m_refresh->setEnabled(!isRefreshing() && refreshable && m_actor.can(Permission::ReadProviders));
}

void ClientSmsHistoryWidget::refreshStatuses()
{
    if (isRefreshing())
        return;
    m_refresher = new MessageStatusRefresher(m_providers, m_actor, m_model->messages(), this);
    if (m_refresher->total() == 0) {
        delete m_refresher;
        m_status->setText(tr("Every message has its final status already."));
        updateState();
        return;
    }
    m_progress->start(m_refresher->total());
    m_status->setText(tr("Asking the providers for the current status…"));
    connect(m_refresher, &Job::progress, this, [this](qint64 done) { m_progress->setValue(int(done)); });
    m_refresher->then(this, [this](const MessageRefreshSummary& summary) { onRefreshFinished(summary); });
    updateState();
}

void ClientSmsHistoryWidget::cancelRefresh()
{
    if (m_refresher)
        m_refresher->cancel();
}

void ClientSmsHistoryWidget::onRefreshFinished(const MessageRefreshSummary& summary)
{
    m_refresher = nullptr;
    m_progress->finish();
    reload();
    if (summary.firstError)
        m_status->setText(ErrorText::describe(*summary.firstError));
    else if (summary.cancelled)
        m_status->setText(tr("Refresh cancelled: %n message(s) updated.", nullptr, summary.refreshed));
    else if (summary.failed > 0)
        m_status->setText(tr("%n message(s) updated; the provider could not answer for %1.", nullptr, summary.refreshed)
                              .arg(summary.failed));
    else
        m_status->setText(tr("%n message(s) updated.", nullptr, summary.refreshed));
    emit refreshFinished();
}

} // namespace backoffice::ui
