// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/Workspace.h"

#include "core/audit/AuditKeyService.h"
#include "core/email/EmailSender.h"
#include "core/email/EmailSettings.h"
#include "core/session/ChangeFeed.h"
#include "core/sms/ProviderHealthMonitor.h"
#include "core/sms/ProviderService.h"
#include "core/sms/SmsHistory.h"
#include "core/storage/Database.h"
#include "core/twofactor/CodeCheckService.h"
#include "core/verification/ClientNoticeSettings.h"

namespace backoffice {

Result<std::unique_ptr<Workspace>> Workspace::open(const DatabaseLocation& location, const Clock& clock)
{
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();
    return std::make_unique<Workspace>(opened.value(), clock);
}

Workspace::Workspace(std::shared_ptr<Database> database, const Clock& clock, ScryptParameters scrypt)
    : m_database(std::move(database))
    , m_hasher(scrypt)
    , m_audit(*m_database, clock)
    , m_clients(*m_database)
    , m_twoFactor(*m_database, m_audit, clock)
    , m_operators(*m_database, m_audit, m_hasher, clock)
    , m_signIn(*m_database, m_audit, m_hasher, clock)
    , m_sessionSettings(*m_database, m_audit)
{
}

Workspace::~Workspace() = default;

const DatabaseLocation& Workspace::location() const
{
    return m_database->location();
}

QString Workspace::displayName() const
{
    return location().displayName();
}

Status Workspace::loadAuditKey(SecretStore& secrets, const QString& operatorName, const QByteArray& candidate) const
{
    AuditKeyService keys(*m_database, secrets);
    Status keyed = keys.loadOrCreateBlocking(operatorName);
    if (!keyed && keyed.error().code == Error::Code::KeyMissing && !candidate.isEmpty())
        keyed = keys.installCandidate(candidate);
    return keyed;
}

Status Workspace::loadStoredAuditKey(SecretStore& secrets) const
{
    return AuditKeyService(*m_database, secrets).loadBlocking();
}

ChangeFeed& Workspace::changeFeed() const
{
    if (!m_changeFeed)
        m_changeFeed = std::make_unique<ChangeFeed>(*m_database, m_audit);
    return *m_changeFeed;
}

ProviderService Workspace::providers(SecretStore& secrets, QNetworkAccessManager* network, const Clock& clock) const
{
    return ProviderService(*m_database, secrets, network, clock);
}

CodeCheckService Workspace::codeChecks(Result<SecretCipher> cipher, const Clock& clock) const
{
    return CodeCheckService(*m_database, m_audit, std::move(cipher), clock);
}

SmsHistory Workspace::smsHistory() const
{
    return SmsHistory(*m_database);
}

EmailSettings Workspace::emailSettings(SecretStore& secrets, const Clock& clock) const
{
    return EmailSettings(*m_database, secrets, clock);
}

ClientNoticeSettings Workspace::clientNotices() const
{
    return ClientNoticeSettings(*m_database, m_audit);
}

EmailSender Workspace::emailSender(SecretStore& secrets) const
{
    return EmailSender(*m_database, secrets);
}

std::unique_ptr<ProviderHealthMonitor> Workspace::providerHealth() const
{
    return std::make_unique<ProviderHealthMonitor>(*m_database);
}

QString Workspace::databaseId() const
{
    return m_database->databaseId();
}

std::chrono::milliseconds Workspace::lockWait()
{
    return Database::lockWait();
}

void Workspace::setLockWait(std::chrono::milliseconds wait)
{
    Database::setLockWait(wait);
}

void Workspace::setBusyObserver(std::function<void(bool waiting)> observer)
{
    Database::setBusyObserver(std::move(observer));
}

} // namespace backoffice
