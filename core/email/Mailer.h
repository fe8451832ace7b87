// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/email/EmailMessage.h"
#include "core/email/MailJob.h"
#include "core/email/SmtpSettings.h"

#include <QObject>
#include <QString>

namespace backoffice {

/// What the product's rules leave to the caller.
struct MailerOptions
{
    /// Certificate authorities to trust, as a PEM file; empty: the system's. Tests point it at
    /// their throw-away CA. Verification itself is never turned off.
    QString caFile;
};

/// Sends e-mail over SMTP with libcurl, one message per job, on a worker thread so the UI thread
/// never waits on the network. STARTTLS is required when chosen (never "if offered"), implicit TLS
/// is smtps, plain SMTP only to this computer; the server's certificate and name are always
/// verified; the timeout bounds the whole exchange as for the SMS providers; only the smtp and
/// smtps protocols are allowed; a job can be cancelled at any time.
class Mailer
{
public:
    explicit Mailer(MailerOptions options = {});

    /// Validates the settings and the message (InvalidInput naming the field, MissingPassword when a
    /// user has no password), then sends. `password` is used for AUTH only, never logged.
    MailJob* send(const SmtpSettings& settings, const QByteArray& password, const EmailMessage& message,
                  QObject* parent = nullptr) const;
    /// The same into a job made earlier (EmailSender makes it before the keychain answers).
    void sendWith(MailJob* job, const SmtpSettings& settings, const QByteArray& password,
                  const EmailMessage& message) const;

private:
    MailerOptions m_options;
};

} // namespace backoffice
