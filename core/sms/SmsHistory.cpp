// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/SmsHistory.h"

#include "core/operators/Authorizer.h"

#include <QSet>

#include <algorithm>

namespace backoffice {

SmsHistory::SmsHistory(const Database& database) : m_database(database), m_audit(database) { }

Result<QList<SmsMessageRecord>> SmsHistory::forClient(const Actor& actor, qint64 clientId, const QString& phoneE164,
                                                      int limit) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadClients, clientId); !allowed)
        return allowed.error();
    const MessageLog log(m_database);
    auto byClient = log.byClient(clientId, limit);
    if (!byClient)
        return byClient.error();
    QList<SmsMessageRecord> messages = byClient.value();
    if (!phoneE164.trimmed().isEmpty()) {
        auto byNumber = log.byNumber(phoneE164.trimmed(), limit);
        if (!byNumber)
            return byNumber.error();
        QSet<qint64> seen;
        for (const SmsMessageRecord& message : messages)
            seen.insert(message.id);
        for (const SmsMessageRecord& message : byNumber.value()) {
            if (!seen.contains(message.id))
                messages.append(message);
        }
    }
    std::sort(messages.begin(), messages.end(), [](const SmsMessageRecord& a, const SmsMessageRecord& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    if (messages.size() > limit)
        messages.resize(limit);
    return messages;
}

} // namespace backoffice
