// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestProviders.h"

#include "core/sms/ProviderService.h"
#include "tests/support/TestActors.h"

#include <QObject>
#include <QTest>
#include <QUuid>

#include <optional>

namespace backoffice::test {

QString uniqueKeychainService()
{
    return QStringLiteral("backoffice-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<ProviderConfig> addProvider(const ProviderService& service, const Actor& actor, const ProviderConfig& config,
                                   const QByteArray& secret)
{
    Result<ProviderConfig> created = service.create(actor, config);
    if (!created || secret.isEmpty())
        return created;
    std::optional<Status> stored;
    QObject context;
    service.storeSecret(actor, created->id, secret, &context, [&stored](Status status) { stored = status; });
    if (!QTest::qWaitFor([&stored] { return stored.has_value(); }, 15000))
        return Error {Error::Code::Internal, {}, QStringLiteral("the keychain did not answer")};
    if (!stored->ok())
        return stored->error();
    return created;
}

ProviderConfig setUpProvider(const ProviderService& service, const Actor& actor, const ProviderConfig& config,
                             const QByteArray& secret)
{
    Result<ProviderConfig> added = addProvider(service, actor, config, secret);
    if (!added)
        qFatal("cannot set up the provider %s: %s", qPrintable(config.name), qPrintable(added.error().toString()));
    return std::move(added).value();
}

TwilioProviderRig::TwilioProviderRig(SecretStore& secrets, QNetworkAccessManager* network, const QString& name,
                                     int timeoutMs)
    : service(database.db(), secrets, network)
{
    ProviderConfig config = server.twilioProvider();
    config.name = name;
    config.timeoutMs = timeoutMs;
    provider = setUpProvider(service, admin, config, server.twilioAuthToken).id;
}

} // namespace backoffice::test
