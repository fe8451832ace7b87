// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/sms/MessageLog.h"

namespace backoffice {

class Database;

/// The SMS a client was sent: the message log read by the client's id and by the client's number
/// (a message sent before the number was linked to the client is still theirs), newest first.
/// Checks that the operator may read clients.
class SmsHistory
{
public:
    explicit SmsHistory(const Database& database);

    /// Newest first (created_at, then id); each message once even when it matches both ways.
    Result<QList<SmsMessageRecord>> forClient(const Actor& actor, qint64 clientId, const QString& phoneE164,
                                              int limit = 200) const;

private:
    const Database& m_database;
    AuditLog m_audit;
};

} // namespace backoffice
