// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/twofactor/TotpParameters.h"

#include <QByteArray>
#include <QString>

namespace backoffice {

/// An authenticator enrolment in the Key Uri Format (what the QR code of Google Authenticator holds):
/// `otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30`.
/// Used to import a client's authenticator; only TOTP is supported (HOTP counters are not kept).
struct OtpAuthUri
{
    QString issuer; ///< from the issuer parameter, else the label's prefix; may be empty
    QString accountName; ///< the label without the issuer prefix
    QByteArray secret; ///< decoded; at least 80 bits
    TotpParameters parameters;

    /// Errors are InvalidInput; `field` names the part at fault: "uri" (not an otpauth URL),
    /// "type" (not totp), "label", "secret", "issuer" (label prefix and parameter disagree),
    /// "algorithm", "digits", "period", or a parameter given twice; `detail` says what is wrong.
    static Result<OtpAuthUri> parse(const QString& text);

    /// The URI again, secret in base32 without padding.
    QString toString() const;
};

} // namespace backoffice
