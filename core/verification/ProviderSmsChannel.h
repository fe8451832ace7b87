// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/verification/ClientChannels.h"

#include <QPointer>

class QNetworkAccessManager;

namespace backoffice {

class Database;
class SecretStore;

/// SmsChannel over the SMS providers: the first enabled provider with a saved secret (lowest id),
/// its secret from the keychain, SmsProvider::sendMessage, and the message in the SMS log under the
/// client with the tag's purpose (never its text). Never retried: a retry could send it twice.
/// Failures: "no-provider", "unknown-kind", "storage", or the provider's (providerFailureToString).
class ProviderSmsChannel final : public SmsChannel
{
public:
    ProviderSmsChannel(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                       const Clock& clock = SystemClock::instance());

    void send(const QString& toE164, const QString& body, const MessageTag& tag, QObject* context, Done done) override;

private:
    const Database& m_database;
    SecretStore& m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    const Clock& m_clock;
};

} // namespace backoffice
