// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSmsLog.h"

#include "tests/support/TestDatabase.h"

namespace backoffice::test {

SmsMessageRecord twilioMessage(std::optional<qint64> clientId, const QString& to, SmsStatus status,
                               const QString& errorCode, const QDateTime& at)
{
    SmsMessageRecord message;
    message.providerKind = QStringLiteral("twilio");
    message.providerName = QStringLiteral("Twilio main");
    message.to = to;
    message.status = status;
    message.errorCode = errorCode;
    message.clientId = clientId;
    message.createdAt = at;
    return message;
}

qint64 logSms(const Database& database, const SmsMessageRecord& message)
{
    return insertInOwnTransaction(database, [&] { return MessageLog(database).insertInTransaction(message); });
}

} // namespace backoffice::test
