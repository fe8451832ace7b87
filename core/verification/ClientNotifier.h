// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/operators/Actor.h"
#include "core/verification/ClientChannels.h"
#include "core/verification/VerificationChannel.h"

#include <QList>

#include <functional>

namespace backoffice {

class Database;

/// How the notice went on one channel.
struct NoticeDelivery
{
    VerificationChannel channel = VerificationChannel::Email;
    QString maskedDestination;
    ChannelOutcome outcome;
};

/// How the notice went on every channel on file.
struct NoticeReport
{
    QList<NoticeDelivery> deliveries; ///< one per channel on file; empty when the client has none
    /// Whether every channel accepted it (false when there was no channel at all).
    bool allSent() const;
    QList<NoticeDelivery> failures() const;
};

/// Tells the client, after a second factor was turned off, on every channel on file (SMS to the
/// phone, e-mail to the address): what was turned off, when, the ticket reference, and what to do
/// if it was not them (ClientNoticeSettings' contact line). Call it after the disable committed,
/// with the client as it was before: a failed notice is reported and audited, and never undoes the
/// disable. Each channel's outcome is an audit event (client.notice.send; never the text).
class ClientNotifier
{
public:
    /// `sms` and `email` may be null when that channel is not set up: the notice on it then fails
    /// ("channel-unavailable") and is audited as such.
    ClientNotifier(const Database& database, SmsChannel* sms, EmailChannel* email,
                   const Clock& clock = SystemClock::instance());

    using Done = std::function<void(NoticeReport)>;
    /// `before`: the client as it was before the disable (its contacts and the method removed);
    /// `at`: when it was turned off; `ticket`: the disable's reason. Reports once to `done` on
    /// `context`'s thread, always later than the call, when every channel has answered (dropped
    /// if `context` is gone; the outcomes are audited anyway).
    void notifyDisabled(const Actor& actor, const Client& before, const QDateTime& at, const QString& ticket,
                        QObject* context, Done done) const;

private:
    const Database& m_database;
    SmsChannel* m_sms;
    EmailChannel* m_email;
    const Clock& m_clock;
};

} // namespace backoffice
