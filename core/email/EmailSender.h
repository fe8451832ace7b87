// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/email/EmailMessage.h"
#include "core/email/MailJob.h"
#include "core/email/Mailer.h"

namespace backoffice {

class Database;
class SecretStore;

/// Sends one e-mail with the database's e-mail settings: reads the SMTP password from the keychain
/// (when a user is set), then hands everything to the Mailer. For the verification codes, the
/// notices after a disable and `email test`; those callers check the operator's permission.
class EmailSender
{
public:
    EmailSender(const Database& database, SecretStore& secrets, MailerOptions options = {});

    /// The job reports InvalidInput when no settings were saved, MissingPassword when the keychain
    /// cannot give the password, else how the send went.
    MailJob* send(const EmailMessage& message, QObject* parent = nullptr) const;

private:
    const Database& m_database;
    SecretStore& m_secrets;
    MailerOptions m_options;
};

} // namespace backoffice
