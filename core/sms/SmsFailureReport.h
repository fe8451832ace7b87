// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/MessageLog.h"
#include "core/sms/SmsTypes.h"

#include <QDateTime>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace backoffice {

class Database;

/// One cause of failure: a provider kind and its error code (empty: failed without a code), what it
/// means, and the clients it hit, latest first.
struct SmsFailureGroup
{
    QString providerKind;
    QString errorCode;
    DeliveryErrorExplanation explanation; ///< translated; for no code: "failed without an error code"
    QList<SmsFailedClient> clients;

    int count() const { return int(clients.size()); }
};

/// The whole answer: groups by number of clients, largest first.
struct SmsFailureSummary
{
    std::optional<QDateTime> since; ///< UTC; empty: the whole log
    QList<SmsFailureGroup> groups;

    int clientCount() const;
};

/// Which clients' LAST message failed (status failed or undelivered), grouped by cause, so an
/// operator sees at once that one carrier is filtering messages. A client's messages are those
/// logged with its id or sent to its number. Computed in SQL over failed messages in batches of ids,
/// so a long log can report progress and be cancelled between batches; run it off the UI thread
/// (SmsFailureReportJob) with a Database opened for that thread.
class SmsFailureReport
{
public:
    /// Called between batches with (done, total) in message ids; returns nothing.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SmsFailureReport(const Database& database);

    /// Requires ReadClients. Returns Error::Code::Cancelled once `cancelled` is seen set.
    Result<SmsFailureSummary> compute(const Actor& actor, std::optional<QDateTime> since,
                                      const std::function<bool()>& cancelled = {}, const Progress& progress = {},
                                      qint64 batchSize = 20000) const;

    /// "failed without an error code" and its action, translated.
    static DeliveryErrorExplanation explainNoCode();

private:
    MessageLog m_log;
    AuditLog m_audit;
};

} // namespace backoffice
