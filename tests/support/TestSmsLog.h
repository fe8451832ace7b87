// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/MessageLog.h"

#include <optional>

namespace backoffice {
class Database;
}

namespace backoffice::test {

/// A message of the Twilio provider "Twilio main" as the message log keeps it: to `to`, for the
/// client `clientId` (none: logged by number only), in `status` with the provider's `errorCode`,
/// created `at`. The test sets whatever else it is about (provider id, message id, purpose).
SmsMessageRecord twilioMessage(std::optional<qint64> clientId, const QString& to, SmsStatus status,
                               const QString& errorCode, const QDateTime& at);

/// Writes `message` to the message log in a transaction of its own (insertInOwnTransaction) and
/// returns its id.
qint64 logSms(const Database& database, const SmsMessageRecord& message);

/// logSms() of a twilioMessage().
inline qint64 logSms(const Database& database, std::optional<qint64> clientId, const QString& to, SmsStatus status,
                     const QString& errorCode, const QDateTime& at)
{
    return logSms(database, twilioMessage(clientId, to, status, errorCode, at));
}

} // namespace backoffice::test
