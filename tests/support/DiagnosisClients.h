// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretCipher.h"
#include "tests/support/TestDatabase.h"

namespace backoffice::test {

/// The RFC 6238 seed "12345678901234567890" as base32: the authenticator secret of the client
/// addOneClientPerMethod() puts on Google Authenticator.
inline const QString diagnosisSecretBase32 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

/// The clients of the diagnosis tests, one per method: `authenticatorId` (Alice) on Google
/// Authenticator with diagnosisSecretBase32 sealed under `cipher`, `smsId` on SMS with a UK mobile
/// number, and `noneId` (Nora None) without a second factor.
inline void addOneClientPerMethod(const TestDatabase& database, const SecretCipher& cipher, qint64 authenticatorId,
                                  qint64 smsId, qint64 noneId)
{
    Client authenticator
        = makeClient(authenticatorId, QStringLiteral("Alice"), QStringLiteral("Auth"), TwoFactorMethod::Authenticator);
    authenticator.authenticator->sealedSecret
        = TotpSecretSealing::seal(cipher, authenticatorId, diagnosisSecretBase32).value();
    database.addClient(authenticator);
    Client sms = makeClient(smsId, QStringLiteral("Sid"), QStringLiteral("Sms"), TwoFactorMethod::Sms);
    sms.phone = QStringLiteral("+447911123456");
    database.addClient(sms);
    database.addClient(makeClient(noneId, QStringLiteral("Nora"), QStringLiteral("None")));
}

} // namespace backoffice::test
