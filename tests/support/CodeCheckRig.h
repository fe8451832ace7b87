// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/secrets/SecretCipher.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"

namespace backoffice::test {

/// What the tests of checking a client's authenticator code build on: a test database with its
/// audit log on a manual clock, and a fresh data key under which the clients' secrets are sealed.
/// Every authenticator client it adds has the RFC 6238 test seed as its secret, so that the test
/// can compute the code the client's device shows.
struct CodeCheckRig
{
    /// The RFC 6238 test seed ("12345678901234567890").
    static QByteArray secret() { return QByteArrayLiteral("12345678901234567890"); }

    TestDatabase database;
    ManualClock clock;
    AuditLog audit {database.db(), clock};
    SecretCipher cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();

    /// Adds client `id` (Alice Auth) on an authenticator (SHA-1, 30 s) showing `digits` digits.
    void addAuthenticator(qint64 id, int digits = 6) const
    {
        Client client = makeClient(id, QStringLiteral("Alice"), QStringLiteral("Auth"), TwoFactorMethod::Authenticator);
        client.authenticator->sealedSecret = TotpSecretSealing::seal(cipher, id, Base32::encode(secret())).value();
        client.authenticator->digits = digits;
        database.addClient(client);
    }

    qint64 now() const { return clock.nowUtc().toSecsSinceEpoch(); }

    /// The code a device whose clock is `skewSeconds` off shows now.
    QString codeOnDevice(qint64 skewSeconds, int digits = 6) const
    {
        TotpParameters parameters;
        parameters.digits = digits;
        return TotpGenerator::totp(secret(), parameters, now() + skewSeconds).value();
    }
};

} // namespace backoffice::test
