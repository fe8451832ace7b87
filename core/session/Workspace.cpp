// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/Workspace.h"

#include "core/audit/AuditKeyService.h"
#include "core/session/ChangeFeed.h"
#include "core/storage/Database.h"

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
