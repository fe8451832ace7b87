// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeyCustodyService.h"

#include "core/audit/AuditKeyService.h"
#include "core/audit/AuditLog.h"
#include "core/operators/Authorizer.h"
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretCipher.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
QJsonObject fingerprints(const KeyBundle& bundle)
{
    return {{u"data_key_fingerprint"_s, SecretCipher::fingerprint(bundle.dataKey)},
            {u"audit_key_fingerprint"_s,
             bundle.auditKey.isEmpty() ? QString() : AuditKeyService::fingerprint(bundle.auditKey)}};
}
} // namespace

KeyCustodyService::KeyCustodyService(const Database& database, SecretStore& store, const AuditLog& audit)
    : m_database(database), m_store(store), m_audit(audit)
{
}

Result<KeyBundle> KeyCustodyService::exportKeys(const Actor& actor) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageKeys, std::nullopt, u"keys"_s);
        !allowed)
        return allowed.error();
    DataKeyService dataKeys(m_database, m_store);
    if (auto loaded = dataKeys.loadOrCreateBlocking(); !loaded)
        return loaded.error();
    auto dataKey = dataKeys.exportKeyBlocking();
    if (!dataKey)
        return dataKey.error();
    auto auditKey = AuditKeyService(m_database, m_store).installedKey();
    if (!auditKey)
        return auditKey.error();
    const KeyBundle bundle {dataKey.value(), auditKey.value()};
    AuditEvent event;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(AuditAction::KeysExported);
    event.target = u"keys"_s;
    event.details = fingerprints(bundle);
    if (auto logged = m_audit.append(event); !logged)
        return logged.error(); // no record, no key
    return bundle;
}

Status KeyCustodyService::importKeys(const Actor& actor, const KeyBundle& bundle) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageKeys, std::nullopt, u"keys"_s);
        !allowed)
        return allowed;
    AuditKeyService auditKeys(m_database, m_store);
    // Both keys are checked against the database before either is stored.
    if (!bundle.auditKey.isEmpty()) {
        if (const Status accepted = auditKeys.installCandidate(bundle.auditKey); !accepted)
            return accepted;
    }
    if (const Status imported = DataKeyService(m_database, m_store).importKeyBlocking(bundle.dataKey); !imported)
        return imported;
    if (!bundle.auditKey.isEmpty()) {
        if (const Status stored = auditKeys.storeBlocking(bundle.auditKey); !stored)
            return stored;
    }
    AuditEvent event;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(AuditAction::KeysImported);
    event.target = u"keys"_s;
    event.details = fingerprints(bundle);
    auto logged = m_audit.append(event);
    return logged ? Status(Ok {}) : Status(logged.error());
}

} // namespace backoffice
