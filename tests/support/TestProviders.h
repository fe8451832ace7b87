// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderService.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestDatabase.h"

#include <QByteArray>
#include <QString>

namespace backoffice::test {

/// A keychain service name no other test process uses (backoffice-test-<uuid>): what a test's
/// KeychainSecretStore is made with, so that it neither reads nor overwrites the secrets of the
/// operator's own Back Office or of a test running at the same time.
QString uniqueKeychainService();

/// Creates `config` through the real service as `actor` and, unless `secret` is empty, stores
/// `secret` in the keychain, waiting for the keychain (at most 15 s). Returns the provider as
/// stored, or why it could not be created or its secret stored.
Result<ProviderConfig> addProvider(const ProviderService& service, const Actor& actor, const ProviderConfig& config,
                                   const QByteArray& secret);

/// addProvider() for a test's set-up, which must work: fails the test run (qFatal, with the
/// reason) when it does not.
ProviderConfig setUpProvider(const ProviderService& service, const Actor& actor, const ProviderConfig& config,
                             const QByteArray& secret);

/// A test database with one Twilio provider (named `name`, answering within `timeoutMs`) on a
/// FakeSmsServer, its auth token in `secrets`, and the ProviderService over them: what the tests of
/// messages sent through a provider start from.
struct TwilioProviderRig
{
    TestDatabase database;
    FakeSmsServer server;
    ProviderService service;
    qint64 provider = 0; ///< its id

    TwilioProviderRig(SecretStore& secrets, QNetworkAccessManager* network,
                      const QString& name = QStringLiteral("Twilio"), int timeoutMs = 2000);
};

} // namespace backoffice::test
