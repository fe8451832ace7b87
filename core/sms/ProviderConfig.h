// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace backoffice {

/// The non-secret settings of one SMS provider, as stored in sms_providers. The secret (auth token,
/// API secret) is never here: it lives in the keychain, `hasSecret` only says one was saved.
struct ProviderConfig
{
    static constexpr int DefaultTimeoutMs = 10000;

    qint64 id = 0; ///< 0 until stored
    QString kind; ///< "twilio", "vonage": see ProviderFactory
    QString name; ///< display name, unique
    bool enabled = true;
    QString accountId; ///< Twilio Account SID (AC...), Vonage API key
    QString apiKeySid; ///< Twilio API Key SID (SK...) when authenticating with an API key; else empty
    QString sender; ///< From number (E.164), Twilio Messaging Service SID (MG...), or alphanumeric sender
    QString baseUrl; ///< empty: the kind's public API host
    QString statusPageUrl; ///< empty: the kind's public status page
    /// Vonage: the Reports API host that answers delivery status; empty: the kind's default.
    QString reportsBaseUrl;
    /// Twilio: the Lookup v2 host (carrier, line type, SIM swap); empty: the kind's default.
    QString lookupBaseUrl;
    std::optional<double> lowBalanceThreshold;
    int timeoutMs = DefaultTimeoutMs;
    bool hasSecret = false;
    qint64 rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Every problem, each naming its field ("name", "account-sid", "from", "base-url", ...). Empty when valid.
    QList<Error> validate() const;
    /// baseUrl, or the kind's default when empty.
    QUrl effectiveBaseUrl() const;
    /// `path` (starting with '/') below the base URL, whether or not the base URL ends in '/'.
    QUrl apiUrl(const QString& path) const;
    /// statusPageUrl, or the kind's default when empty.
    QUrl effectiveStatusPageUrl() const;
    /// `path` below reportsBaseUrl (or the kind's default); empty when the kind has no Reports API.
    QUrl reportsUrl(const QString& path) const;
    /// `path` below lookupBaseUrl (or the kind's default); empty when the kind offers no Lookup.
    QUrl lookupUrl(const QString& path) const;
};

/// Checks shared by every kind.
namespace ProviderValidation {
/// https://, or http:// only on loopback (127.0.0.1, ::1, localhost) for local test servers.
bool isAcceptableServiceUrl(const QUrl& url);
/// `prefix` followed by exactly 32 hexadecimal digits (Twilio SIDs: AC, SK, MG, SM, MM).
bool isTwilioSid(const QString& text, QStringView prefix);
/// Problems with a secret typed by an operator (empty, whitespace, too long); `field` names it.
QList<Error> secretProblems(const QByteArray& secret, const QString& field = QStringLiteral("secret"));
} // namespace ProviderValidation

} // namespace backoffice
