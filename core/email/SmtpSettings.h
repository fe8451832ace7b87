// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace backoffice {

/// How the connection to the SMTP server is protected. There is no "TLS if offered": STARTTLS
/// that the server does not offer fails the send.
enum class SmtpSecurity
{
    StartTls, ///< plain connect, then STARTTLS before anything else (usually port 587)
    Tls, ///< TLS from the first byte (smtps, usually port 465)
    None, ///< no encryption: only to a server on this computer (127.0.0.1, ::1, localhost)
};

QString smtpSecurityToString(SmtpSecurity security); ///< "starttls", "tls", "none": stored and typed on the CLI
std::optional<SmtpSecurity> smtpSecurityFromString(const QString& text);

/// The SMTP server e-mail to clients goes through (codes, notices), as stored in email_settings. The
/// password is never here: it lives in the keychain (SecretKeys::smtpPassword); `hasPassword` only
/// says one was saved.
struct SmtpSettings
{
    static constexpr int DefaultTimeoutMs = 10000; ///< the same rule as the SMS providers

    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; ///< empty: the server takes mail without AUTH
    QString fromAddress; ///< the sender clients see
    int timeoutMs = DefaultTimeoutMs; ///< bounds the whole exchange, 1 to 120 s
    bool hasPassword = false;
    QDateTime updatedAt;

    /// Every problem, each naming its field ("host", "port", "security", "user", "from", "timeout").
    QList<Error> validate() const;
    bool hostIsLoopback() const;
};

namespace EmailAddress {
/// A plain addr-spec (local@domain), at most 254 characters, nothing a header could be split at:
/// no spaces, control characters, angle brackets, commas or quotes.
bool isValid(const QString& address);
} // namespace EmailAddress

} // namespace backoffice
