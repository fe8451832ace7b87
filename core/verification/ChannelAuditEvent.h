// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditEvent.h"
#include "core/operators/Actor.h"
#include "core/verification/ClientChannels.h"
#include "core/verification/VerificationChannel.h"

namespace backoffice {

/// The audit events of messages to a client (an identity code, a notice) and of reading a code back:
/// who, which client, which channel, the masked destination and the outcome. Never the message: it
/// may carry a code.
namespace ChannelAuditEvent {
AuditEvent make(const char* action, const Actor& actor, qint64 clientId, VerificationChannel channel,
                const QString& maskedDestination, const QString& outcome);
/// Adds what the channel said beyond the outcome: its failure and the provider's message id, if any.
void addDelivery(AuditEvent& event, const ChannelOutcome& outcome);
} // namespace ChannelAuditEvent

} // namespace backoffice
