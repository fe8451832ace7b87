// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace backoffice {

/// The largest client id: 2^53, the last whole number a double (and so JSON, JavaScript and every
/// spreadsheet) holds exactly. Imports refuse ids above it and the demo generator never passes it.
inline constexpr qint64 MaxClientId = qint64(1) << 53;

/// The second factor a client has turned on in the client UI. At most one is on at a time.
enum class TwoFactorMethod
{
    None,
    Authenticator,
    Sms
};

QString twoFactorMethodToString(TwoFactorMethod method); ///< "none", "authenticator", "sms"
std::optional<TwoFactorMethod> twoFactorMethodFromString(const QString& text);

/// Parameters of the client's authenticator (Google Authenticator and compatible TOTP apps).
struct AuthenticatorSettings
{
    QByteArray sealedSecret; ///< AES-256-GCM sealed (see SecretCipher); never the clear secret
    QString algorithm = QStringLiteral("SHA1"); ///< SHA1, SHA256 or SHA512
    int digits = 6;
    int period = 30; ///< seconds
};

/// A client of the brokerage as the Back Office sees it.
struct Client
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone; ///< E.164 (+ and digits) or empty
    QString country; ///< ISO 3166-1 alpha-2
    QDateTime createdAt; ///< UTC
    TwoFactorMethod method = TwoFactorMethod::None;
    QDateTime enabledAt; ///< UTC; invalid when method is None
    std::optional<AuthenticatorSettings> authenticator; ///< set when method is Authenticator
    qint64 rowVersion = 0; ///< bumped by every write; a stale version is refused

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

/// Says which client a request to change its second factor is about, as the operator sees it now: its
/// id, its method and its row version, so the service refuses the request once the client changed.
/// For DisableTwoFactorRequest and DisableRequestInput alike.
template<typename Request> void setClientAsSeen(Request& request, const Client& client)
{
    request.clientId = client.id;
    request.method = client.method;
    request.expectedRowVersion = client.rowVersion;
}

} // namespace backoffice
