// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderError.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const std::array<std::pair<ProviderFailure, const char16_t*>, 10> failureNames {{
    {ProviderFailure::WrongCredentials, u"wrong_credentials"},
    {ProviderFailure::InsufficientBalance, u"insufficient_balance"},
    {ProviderFailure::ProviderUnavailable, u"provider_unavailable"},
    {ProviderFailure::RateLimited, u"rate_limited"},
    {ProviderFailure::Rejected, u"rejected"},
    {ProviderFailure::MalformedResponse, u"malformed_response"},
    {ProviderFailure::TlsFailure, u"tls_failure"},
    {ProviderFailure::MissingSecret, u"missing_secret"},
    {ProviderFailure::Cancelled, u"cancelled"},
    {ProviderFailure::OutcomeUnknown, u"outcome_unknown"},
}};
} // namespace

QString providerFailureToString(ProviderFailure failure)
{
    for (const auto& [value, name] : failureNames) {
        if (value == failure)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ProviderFailure> providerFailureFromString(const QString& text)
{
    for (const auto& [value, name] : failureNames) {
        if (text == QString::fromUtf16(name))
            return value;
    }
    return std::nullopt;
}

QString ProviderError::describe() const
{
    QString text;
    switch (failure) {
    case ProviderFailure::WrongCredentials:
        text = QCoreApplication::translate("ProviderError",
                                           "Wrong credentials: the provider did not accept the account ID and secret.");
        break;
    case ProviderFailure::InsufficientBalance:
        text = QCoreApplication::translate("ProviderError",
                                           "Insufficient balance: the provider account is out of funds or not active.");
        break;
    case ProviderFailure::ProviderUnavailable:
        text = QCoreApplication::translate("ProviderError", "Provider unavailable (%1): try again later.")
                   .arg(detail.isEmpty() ? QCoreApplication::translate("ProviderError", "no answer") : detail);
        break;
    case ProviderFailure::RateLimited:
        text = retryAfterSeconds
            ? QCoreApplication::translate("ProviderError", "Rate limited: too many requests; retry in %n second(s).",
                                          nullptr, *retryAfterSeconds)
            : QCoreApplication::translate("ProviderError", "Rate limited: too many requests; retry later.");
        break;
    case ProviderFailure::Rejected:
        text = QCoreApplication::translate("ProviderError", "The provider rejected the request: %1")
                   .arg(providerMessage.isEmpty() ? detail : providerMessage);
        break;
    case ProviderFailure::MalformedResponse:
        text = QCoreApplication::translate("ProviderError", "The provider's answer could not be understood (%1).")
                   .arg(detail);
        break;
    case ProviderFailure::TlsFailure:
        text = QCoreApplication::translate(
            "ProviderError", "The provider's certificate could not be verified; the connection was refused.");
        break;
    case ProviderFailure::MissingSecret:
        text = QCoreApplication::translate("ProviderError", "The provider's secret is not available: %1").arg(detail);
        break;
    case ProviderFailure::Cancelled:
        text = QCoreApplication::translate("ProviderError", "Cancelled.");
        break;
    case ProviderFailure::OutcomeUnknown:
        text = QCoreApplication::translate("ProviderError",
                                           "Outcome unknown (%1): the request reached the provider but its answer "
                                           "did not arrive whole, so it may have been carried out.")
                   .arg(detail.isEmpty() ? QCoreApplication::translate("ProviderError", "no answer") : detail);
        break;
    }
    if (!providerCode.isEmpty())
        text += u" "_s + QCoreApplication::translate("ProviderError", "(provider code %1)").arg(providerCode);
    return text;
}

void ProviderError::classifyHttpStatus(int status)
{
    if (status >= 500) {
        failure = ProviderFailure::ProviderUnavailable;
        detail = u"HTTP %1"_s.arg(status);
    } else if (status >= 400) {
        failure = ProviderFailure::Rejected;
        detail = u"HTTP %1"_s.arg(status);
    } else {
        failure = ProviderFailure::MalformedResponse;
        detail = u"unexpected HTTP %1"_s.arg(status);
    }
}

Error ProviderError::toError() const
{
    Error error;
    switch (failure) {
    case ProviderFailure::Cancelled:
        error.code = Error::Code::Cancelled;
        break;
    case ProviderFailure::RateLimited:
        error.code = Error::Code::RateLimited;
        break;
    case ProviderFailure::ProviderUnavailable:
    case ProviderFailure::TlsFailure:
    case ProviderFailure::OutcomeUnknown:
        error.code = Error::Code::Network;
        break;
    case ProviderFailure::MissingSecret:
        error.code = Error::Code::KeychainUnavailable;
        break;
    default:
        error.code = Error::Code::Remote;
        break;
    }
    error.field = providerFailureToString(failure);
    error.detail = describe();
    return error;
}

} // namespace backoffice
