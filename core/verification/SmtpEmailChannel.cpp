// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/SmtpEmailChannel.h"

#include "core/email/EmailMessage.h"
#include "core/email/MailJob.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
ChannelOutcome outcomeOf(const MailResult& result)
{
    if (result.ok)
        return ChannelOutcome::sent();
    if (result.failure == MailFailure::OutcomeUnknown)
        return {ChannelOutcome::Delivery::Unknown, mailFailureToString(result.failure), result.detail.left(300), {}};
    return ChannelOutcome::failed(mailFailureToString(result.failure), result.detail.left(300));
}
} // namespace

SmtpEmailChannel::SmtpEmailChannel(const Database& database, SecretStore& secrets, MailerOptions options)
    : m_sender(database, secrets, options)
{
}

void SmtpEmailChannel::send(const QString& to, const QString& subject, const QString& body, const MessageTag&,
                            QObject* context, Done done)
{
    EmailMessage message;
    message.to = to;
    message.subject = subject;
    message.body = body;
    MailJob* job = m_sender.send(message);
    job->then(context, [done](MailResult result) { done(outcomeOf(result)); });
}

} // namespace backoffice
