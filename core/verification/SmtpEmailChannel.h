// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/email/EmailSender.h"
#include "core/verification/ClientChannels.h"

namespace backoffice {

/// EmailChannel over the database's SMTP settings (EmailSender: the password from the keychain,
/// libcurl with TLS verification always on). Failures: mailFailureToString ("invalid_input" when
/// no settings were saved, "tls_failure", "authentication_failed", ...). An e-mail
/// handed over whole without a final answer is Delivery::Unknown: it may have arrived.
class SmtpEmailChannel final : public EmailChannel
{
public:
    SmtpEmailChannel(const Database& database, SecretStore& secrets, MailerOptions options = {});

    void send(const QString& to, const QString& subject, const QString& body, const MessageTag& tag, QObject* context,
              Done done) override;

private:
    EmailSender m_sender;
};

} // namespace backoffice
