// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/sms/MessageLog.h"

#include <QPointer>

namespace backoffice {

class ProviderCheckJob;
class ProviderService;
struct CheckResult;

/// How a refresh went: how many messages were asked about, how many answers came back, and the
/// first problem (a provider down, a permission refused) so the UI can say why.
struct MessageRefreshSummary
{
    int asked = 0;
    int refreshed = 0; ///< the provider answered and the log was updated
    int failed = 0; ///< the provider could not answer (network, credentials, unknown message)
    int skipped = 0; ///< final already, or no provider / provider message id to ask with
    bool cancelled = false;
    std::optional<Error> firstError; ///< a refusal before any call (permission, input)
};

/// Asks the provider for the current status of the messages that are not final yet, one after
/// another (providers rate-limit; an operator refreshes a client's handful of messages), through
/// ProviderService::startCheck(MessageStatus), which stores the new status in the message log. A
/// Job on the caller's thread that starts at once (from the event loop): progress is (messages
/// asked, messages to ask); cancel() cancels the call under way and asks no more; the summary comes
/// through then().
class MessageStatusRefresher final : public Task<MessageRefreshSummary>
{
public:
    MessageStatusRefresher(const ProviderService& service, Actor actor, QList<SmsMessageRecord> messages,
                           QObject* parent = nullptr);
    ~MessageStatusRefresher() override;

    /// Only the messages that can still change and that a provider can be asked about.
    static bool canRefresh(const SmsMessageRecord& message);

    int total() const { return int(m_queue.size()); }

private:
    void next();
    void onStop() override;
    MessageRefreshSummary stoppedResult(Stop reason) const override;

    const ProviderService& m_service;
    Actor m_actor;
    QList<SmsMessageRecord> m_queue;
    int m_index = 0;
    MessageRefreshSummary m_summary;
    QPointer<ProviderCheckJob> m_job;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::MessageRefreshSummary)
