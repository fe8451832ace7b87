// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ChannelAuditEvent.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ChannelAuditEvent {

AuditEvent make(const char* action, const Actor& actor, qint64 clientId, VerificationChannel channel,
                const QString& maskedDestination, const QString& outcome)
{
    AuditEvent event;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(action);
    event.clientId = clientId;
    event.target = verificationChannelToString(channel);
    event.after = outcome;
    event.details = {{u"channel"_s, verificationChannelToString(channel)},
                     {u"destination"_s, maskedDestination},
                     {u"outcome"_s, outcome}};
    return event;
}

void addDelivery(AuditEvent& event, const ChannelOutcome& outcome)
{
    if (!outcome.failure.isEmpty())
        event.details.insert(u"failure"_s, outcome.failure);
    if (!outcome.messageId.isEmpty())
        event.details.insert(u"message_id"_s, outcome.messageId);
}

} // namespace backoffice::ChannelAuditEvent
