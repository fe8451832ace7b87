// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/CallerVerification.h"

#include "core/clients/ClientRepository.h"
#include "core/email/EmailSettings.h"
#include "core/session/WorkspaceConnection.h"
#include "core/storage/Database.h"
#include "core/verification/IdentityCode.h"

#include <QPointer>

namespace backoffice {

Result<std::unique_ptr<CallerVerification>> CallerVerification::create(const Workspace& workspace, SecretStore& secrets,
                                                                       QNetworkAccessManager* network,
                                                                       MailerOptions mailOptions, const Clock& clock)
{
    auto codeKey = IdentityCodeHasher::keyForDatabase(workspace.databaseId());
    if (!codeKey)
        return codeKey.error();
    auto settings = workspace.emailSettings(secrets, clock).load();
    const bool emailConfigured = settings && settings.value().has_value();
    return std::unique_ptr<CallerVerification>(new CallerVerification(workspace, secrets, network, codeKey.value(),
                                                                      emailConfigured, std::move(mailOptions), clock));
}

CallerVerification::CallerVerification(const Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network,
                                       const QByteArray& codeKey, bool emailConfigured, MailerOptions mailOptions,
                                       const Clock& clock)
    : m_database(WorkspaceConnection::of(workspace))
    , m_clock(clock)
    , m_sms(WorkspaceConnection::of(workspace), secrets, network, clock)
    , m_email(emailConfigured
                  ? std::make_unique<SmtpEmailChannel>(WorkspaceConnection::of(workspace), secrets, mailOptions)
                  : nullptr)
    , m_lookups(WorkspaceConnection::of(workspace), secrets, network, clock)
    , m_identity(WorkspaceConnection::of(workspace), workspace.audit(), codeKey, &m_sms, m_email.get(), clock)
    , m_requests(
          WorkspaceConnection::of(workspace), workspace.audit(),
          [&twoFactor = workspace.twoFactor()](const Actor& actor, const FactorRemoval& removal) {
              return twoFactor.turnOffInTransaction(actor, removal);
          },
          clock)
    , m_notifier(WorkspaceConnection::of(workspace), &m_sms, m_email.get(), clock)
{
}

CallerVerification::~CallerVerification() = default;

void CallerVerification::sendCode(const Actor& actor, CodeRequest request, QObject* context,
                                  IdentityVerificationService::SendDone done) const
{
    if (request.channel != VerificationChannel::Sms || !m_lookups.provider())
        return m_identity.sendCode(actor, request, context, std::move(done));
    // The phone on file is what the carrier is asked about; a client without one is refused by
    // the identity service as it would be without a lookup.
    auto client = ClientRepository(m_database).find(request.clientId);
    if (!client || client->phone.isEmpty())
        return m_identity.sendCode(actor, request, context, std::move(done));
    PhoneLookupRequest lookup;
    lookup.e164 = client->phone;
    lookup.clientId = request.clientId;
    auto job = m_lookups.lookUp(actor, lookup);
    if (!job)
        return m_identity.sendCode(actor, request, context, std::move(done));
    const IdentityVerificationService& identity = m_identity;
    const Clock& clock = m_clock;
    const QPointer<QObject> guard(context);
    job.value()->then(context, [&identity, &clock, actor, request, guard, done](PhoneLookupOutcome outcome) mutable {
        if (outcome.result) {
            request.carrier.checkedAt = outcome.result->lookedUpAt;
            if (const auto swapped = outcome.result->simSwappedWithin(clock.nowUtc()))
                request.carrier.simSwappedWithin7Days
                    = *swapped ? CarrierSignal::SimSwap::Swapped : CarrierSignal::SimSwap::NotSwapped;
        }
        if (guard)
            identity.sendCode(actor, request, guard, done);
    });
}

} // namespace backoffice
