// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lookup/PhoneLookupClient.h"

namespace backoffice {

/// Twilio Lookup v2 (shared/reference/twilio_lookups_v2.json): GET /v2/PhoneNumbers/{PhoneNumber}
/// ?Fields=line_type_intelligence,sim_swap,line_status on lookups.twilio.com (the provider's
/// Lookup base URL), Basic auth with the account's credentials (Account SID and Auth Token, or the
/// API Key SID and its secret). A field the account is not enabled for answers with its own
/// error_code: the lookup still succeeds, that field is "not available".
class TwilioLookup final : public PhoneLookupClient
{
public:
    TwilioLookup(ProviderConfig config, QByteArray secret, HttpClient http);

    /// The fields asked for, in the order Twilio documents them.
    static QString requestedFields();
    /// The answer's parser: a pure function of the HTTP answer (tested and fuzzed on its own).
    static ProviderResult<PhoneLookupResult> parse(const HttpResponse& response);

    ProviderJob* lookUp(const QString& e164, QObject* context, Done done) override;

private:
    ProviderConfig m_config;
    QByteArray m_secret;
    HttpClient m_http;
};

} // namespace backoffice
