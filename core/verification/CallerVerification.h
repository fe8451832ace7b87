// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/email/Mailer.h"
#include "core/lookup/PhoneLookupService.h"
#include "core/verification/ClientNotifier.h"
#include "core/verification/DisableRequestService.h"
#include "core/verification/IdentityVerificationService.h"
#include "core/verification/ProviderSmsChannel.h"
#include "core/verification/SmtpEmailChannel.h"

#include <memory>

class QNetworkAccessManager;

namespace backoffice {

class Database;
class SecretStore;
class Workspace;

/// Everything a disable needs besides TwoFactorService, over one open database: the channels that
/// reach the client (the SMS providers, the SMTP settings), the identity codes, the four-eyes
/// requests, the carrier lookup and the notice after a disable. Made for one dialog or one command:
/// the channels reflect the settings as they are when it is made (no e-mail settings saved: no
/// e-mail channel, and a code by e-mail is refused as ChannelUnavailable).
class CallerVerification
{
public:
    /// KeyMissing when the audit key is not loaded (codes are MACed under a key derived from it).
    /// `network` and `secrets` must outlive it and the jobs it starts.
    static Result<std::unique_ptr<CallerVerification>> create(const Workspace& workspace, SecretStore& secrets,
                                                              QNetworkAccessManager* network,
                                                              MailerOptions mailOptions = {},
                                                              const Clock& clock = SystemClock::instance());
    ~CallerVerification();
    CallerVerification(const CallerVerification&) = delete;
    CallerVerification& operator=(const CallerVerification&) = delete;

    /// Sends a code. By SMS, where a provider offers a carrier lookup, the SIM-swap check runs
    /// first (cached for a day, audited): a swap in the last 7 days refuses the SMS (SimSwapped). A
    /// lookup that cannot tell (not on the account, unreachable) lets the code go, and the code's
    /// audit event says the carrier was not asked successfully. Reports like
    /// IdentityVerificationService::sendCode.
    void sendCode(const Actor& actor, CodeRequest request, QObject* context,
                  IdentityVerificationService::SendDone done) const;

    const IdentityVerificationService& identity() const { return m_identity; }
    const DisableRequestService& requests() const { return m_requests; }
    const ClientNotifier& notifier() const { return m_notifier; }
    const PhoneLookupService& lookups() const { return m_lookups; }
    bool hasEmail() const { return m_email != nullptr; }

private:
    CallerVerification(const Workspace& workspace, SecretStore& secrets, QNetworkAccessManager* network,
                       const QByteArray& codeKey, bool emailConfigured, MailerOptions mailOptions, const Clock& clock);

    const Database& m_database;
    const Clock& m_clock;
    ProviderSmsChannel m_sms;
    std::unique_ptr<SmtpEmailChannel> m_email;
    PhoneLookupService m_lookups;
    IdentityVerificationService m_identity;
    DisableRequestService m_requests;
    ClientNotifier m_notifier;
};

} // namespace backoffice
