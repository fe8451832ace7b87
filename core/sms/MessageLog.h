// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/sms/SmsTypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace backoffice {

class Database;

/// One SMS sent through a provider, as logged in sms_messages.
struct SmsMessageRecord
{
    qint64 id = 0;
    std::optional<qint64> providerId; ///< empty once the provider was removed
    QString providerKind;
    QString providerName;
    QString to; ///< E.164
    QString providerMessageId;
    SmsStatus status = SmsStatus::Queued;
    QString errorCode;
    QString errorMessage;
    QString purpose = QStringLiteral("test"); ///< "test" for test SMS
    QString operatorName;
    std::optional<qint64> clientId;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

/// A client whose last SMS failed, with that message's facts.
struct SmsFailedClient
{
    qint64 clientId = 0;
    QString name; ///< first and last name
    QString phone; ///< the client's number (E.164)
    QString to; ///< the number the message went to
    qint64 messageId = 0; ///< sms_messages.id
    QString providerKind;
    QString providerName;
    SmsStatus status = SmsStatus::Failed; ///< Failed or Undelivered
    QString errorCode; ///< empty when the provider gave none
    QDateTime at; ///< when the message was sent, UTC
};

/// The message log: every SMS sent through a provider, read back per number or per client, with
/// the not-yet-final ones listed so their delivery status can be refreshed.
class MessageLog
{
public:
    explicit MessageLog(const Database& database);

    /// Inside the caller's write transaction (with its audit event). Returns the new id.
    Result<qint64> insertInTransaction(const SmsMessageRecord& record) const;
    /// Updates status and error of the message the provider knows as `providerMessageId`.
    Status updateStatus(qint64 providerId, const QString& providerMessageId, SmsStatus status, const QString& errorCode,
                        const QString& errorMessage, const QDateTime& now) const;

    Result<SmsMessageRecord> find(qint64 id) const;
    /// Newest first.
    Result<QList<SmsMessageRecord>> byNumber(const QString& toE164, int limit = 50) const;
    Result<QList<SmsMessageRecord>> byClient(qint64 clientId, int limit = 50) const;
    /// Messages whose status may still change (queued, sending, sent, and unknown ones with a message
    /// ID), newest first.
    Result<QList<SmsMessageRecord>> nonFinal(int limit = 100) const;

    /// The highest message id, 0 for an empty log: where lastFailures() stops.
    Result<qint64> lastId() const;
    /// The failed and undelivered messages with ids in (afterId, upToId], sent at `since` or later,
    /// each with the client it belongs to (logged with its id, or sent to its number) when no later
    /// message went to that client. A message matched both ways comes twice.
    Result<QList<SmsFailedClient>> lastFailures(qint64 afterId, qint64 upToId,
                                                const std::optional<QDateTime>& since) const;

private:
    Result<QList<SmsMessageRecord>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace backoffice
