// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

#include <optional>

namespace backoffice {

/// Why a provider call failed, in the causes an operator can act on (wrong credentials, no money,
/// provider down, too fast, request refused, garbage answer). Every HTTP or network failure is
/// mapped to exactly one of these; the UI and CLI turn it into words. OutcomeUnknown is the one
/// "failure" that may have succeeded.
enum class ProviderFailure
{
    WrongCredentials, ///< 401, Twilio 20003, Vonage status 4
    InsufficientBalance, ///< account out of funds / not active (Twilio 20005, 10001, 30002; Vonage 9)
    ProviderUnavailable, ///< timeout, refused connection, DNS failure, 5xx
    RateLimited, ///< 429 (Retry-After honoured), Vonage status 1
    Rejected, ///< any other 4xx: the provider's own code and message say why
    MalformedResponse, ///< not the JSON we expect, or larger than allowed
    TlsFailure, ///< the certificate could not be verified (verification is never turned off)
    MissingSecret, ///< no secret stored for the provider, or the keychain could not give it
    Cancelled, ///< the operator cancelled
    /// A request that changes something (send an SMS) went out, but no complete answer came back
    /// (timeout, connection reset mid-answer): the provider may or may not have carried it out.
    /// Not a failure: only the provider (its console, the message ID) can tell.
    OutcomeUnknown,
};

QString providerFailureToString(ProviderFailure failure); ///< stable: "wrong_credentials", ...
std::optional<ProviderFailure> providerFailureFromString(const QString& text);

/// A failed provider call: the cause, and the facts behind it. Never holds a secret or a body.
struct ProviderError
{
    ProviderFailure failure = ProviderFailure::MalformedResponse;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString providerCode; ///< the provider's own error code ("21211", Vonage status "9")
    QString providerMessage; ///< the provider's own message, as it sent it
    std::optional<int> retryAfterSeconds; ///< for RateLimited, when the provider said
    QString detail; ///< untranslated technical context ("timeout", "connection refused", ...)

    static ProviderError of(ProviderFailure failure, QString detail = {})
    {
        ProviderError error;
        error.failure = failure;
        error.detail = std::move(detail);
        return error;
    }

    /// The cause of an HTTP answer that the provider's own codes did not explain: ProviderUnavailable
    /// for 5xx, Rejected for another 4xx, MalformedResponse for anything else; the status in detail.
    void classifyHttpStatus(int status);

    /// One translated sentence for an operator (QCoreApplication::translate, context "ProviderError").
    QString describe() const;
    /// The generic Error for callers that only need the broad code.
    Error toError() const;
};

} // namespace backoffice
