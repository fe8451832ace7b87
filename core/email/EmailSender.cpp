// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/EmailSender.h"

#include "core/email/EmailSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

EmailSender::EmailSender(const Database& database, SecretStore& secrets, MailerOptions options)
    : m_database(database), m_secrets(secrets), m_options(std::move(options))
{
}

MailJob* EmailSender::send(const EmailMessage& message, QObject* parent) const
{
    auto* job = new MailJob(parent);
    auto settings = EmailSettings(m_database, m_secrets).load();
    if (!settings) {
        job->failLater(MailResult::failed(MailFailure::Other, settings.error().toString()));
        return job;
    }
    if (!settings.value()) {
        job->failLater(MailResult::failed(MailFailure::InvalidInput, u"no e-mail settings have been saved"_s));
        return job;
    }
    const SmtpSettings smtp = *settings.value();
    const Mailer mailer(m_options);
    if (smtp.user.isEmpty()) {
        mailer.sendWith(job, smtp, {}, message);
        return job;
    }
    // The job is the context: if it is gone when the keychain answers, nothing is sent.
    m_secrets.read(SecretKeys::smtpPassword(m_database.databaseId()), job,
                   [job, smtp, message, mailer](Result<QByteArray> password) {
                       if (!password)
                           return job->failLater(
                               MailResult::failed(MailFailure::MissingPassword, password.error().toString()));
                       mailer.sendWith(job, smtp, password.value(), message);
                   });
    return job;
}

} // namespace backoffice
