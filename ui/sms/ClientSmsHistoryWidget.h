// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/operators/Actor.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace backoffice {
class MessageStatusRefresher;
class ProviderService;
class SmsHistory;
struct MessageRefreshSummary;
} // namespace backoffice

namespace backoffice::ui {

class ProgressWithCancel;
class SmsHistoryModel;

/// The "SMS" tab of the client details: the SMS sent to the client (by id or to the client's
/// number), newest first, with provider, status and the error code in plain words. Refresh asks
/// the providers for the current status of the messages not final yet (progress, Cancel; the UI
/// never waits on the network), then reloads.
class ClientSmsHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    /// `history` and `providers` must outlive the widget (the page or window that owns it keeps them).
    ClientSmsHistoryWidget(const SmsHistory& history, const ProviderService& providers, Actor actor, Client client,
                           QWidget* parent = nullptr);
    ~ClientSmsHistoryWidget() override;

    SmsHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool isRefreshing() const { return !m_refresher.isNull(); }

public slots:
    void reload();
    void refreshStatuses();
    void cancelRefresh();

signals:
    /// After a status refresh ended (also when cancelled) and the table was reloaded.
    void refreshFinished();

private:
    void onRefreshFinished(const MessageRefreshSummary& summary);
    void updateState();

    const SmsHistory& m_history;
    const ProviderService& m_providers;
    Actor m_actor;
    Client m_client;
    SmsHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    ProgressWithCancel* m_progress = nullptr;
    QPointer<MessageStatusRefresher> m_refresher;
};

} // namespace backoffice::ui
