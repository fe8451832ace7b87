// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditKeyService.h"

#include "core/audit/AuditKeyRing.h"
#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QThread>

#include <openssl/rand.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
Error keyMissing()
{
    return Error {Error::Code::KeyMissing, u"audit-key"_s,
                  u"this database's audit log is keyed but the keychain has no audit key for it; an administrator "
                  u"imports it with 'backoffice-cli keys import' (from a colleague's 'keys export')"_s};
}

/// The migration that introduced keyed audit chains.
constexpr int KeyedAuditSchemaVersion = 5;

Error wrongKey()
{
    return Error {Error::Code::DecryptionFailed, u"audit-key"_s,
                  u"the keychain holds a different audit key than the one this database's log was written with"_s};
}

QByteArray freshKey()
{
    QByteArray key(AuditKeyRing::KeySize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), int(key.size())) != 1)
        qFatal("RAND_bytes failed: no entropy for an audit key");
    return key;
}
} // namespace

AuditKeyService::AuditKeyService(const Database& database, SecretStore& store)
    : m_database(database), m_store(store) { }

QString AuditKeyService::fingerprint(const QByteArray& key)
{
    // Domain-separated, so the fingerprint is never the hash that would identify the key elsewhere.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("backoffice-audit-key-fingerprint\n"));
    hash.addData(key);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

Status AuditKeyService::loadOrCreateBlocking(const QString& operatorName)
{
    const QString databaseId = m_database.databaseId();
    const QString entry = SecretKeys::auditKey(databaseId);
    // This desk's keychain is trusted over the file: a head that does not match the key is for
    // verify() to report, not a reason to refuse the key.
    if (const Status loaded = loadBlocking(); loaded || loaded.error().code != Error::Code::KeyMissing)
        return loaded;
    const AuditLog audit(m_database);
    auto hasHead = audit.hasHead();
    if (!hasHead)
        return hasHead.error();
    if (hasHead.value())
        return keyMissing();
    // A log without a head gets a new key only when it is new, or when this very open upgraded it from
    // before keyed chains. Anything else is a log whose head was removed: anchoring it under a new
    // key would bless whatever was done to it.
    auto count = audit.count({});
    if (!count)
        return count.error();
    if (count.value() > 0 && m_database.schemaVersionAtOpen() >= KeyedAuditSchemaVersion)
        return keyMissing();

    // The chain is claimed in a write transaction first, so of two processes starting on a new
    // database exactly one key wins; only the winner stores its key, the other adopts it.
    const QByteArray key = freshKey();
    AuditKeyRing::install(databaseId, key);
    auto claimed = audit.startKeyedChain(operatorName);
    if (!claimed || !claimed.value()) {
        AuditKeyRing::forget(databaseId);
        if (!claimed)
            return claimed.error();
        return adoptWinnersKey(entry);
    }
    if (const Status written = m_store.writeBlocking(entry, key); !written) {
        // The chain now needs a key this desk could not keep: say so loudly, it cannot be recovered.
        qCCritical(lcSecrets) << "the new audit key could not be stored in the keychain:" << written.error().toString();
        AuditKeyRing::forget(databaseId);
        return written;
    }
    qCInfo(lcSecrets) << "created a new audit key for this database";
    return Ok {};
}

Status AuditKeyService::loadBlocking()
{
    const QString databaseId = m_database.databaseId();
    auto stored = m_store.readBlocking(SecretKeys::auditKey(databaseId));
    if (!stored)
        return stored.error().code == Error::Code::NotFound ? keyMissing() : stored.error();
    if (stored.value().size() != AuditKeyRing::KeySize)
        return wrongKey();
    AuditKeyRing::install(databaseId, stored.value());
    return Ok {};
}

Status AuditKeyService::adoptWinnersKey(const QString& entry)
{
    // The winner stores its key right after its claim commits; give it a few seconds.
    const AuditLog audit(m_database);
    QDeadlineTimer deadline(5000);
    for (;;) {
        auto stored = m_store.readBlocking(entry);
        if (stored) {
            auto accepted = audit.fitsKey(stored.value());
            if (!accepted)
                return accepted.error();
            if (accepted.value()) {
                AuditKeyRing::install(m_database.databaseId(), stored.value());
                return Ok {};
            }
        } else if (stored.error().code != Error::Code::NotFound) {
            return stored.error();
        }
        if (deadline.hasExpired())
            return keyMissing();
        QThread::msleep(100);
    }
}

Status AuditKeyService::installCandidate(const QByteArray& key) const
{
    if (key.size() != AuditKeyRing::KeySize)
        return Error::invalid(u"audit-key"_s,
                              u"%1 bytes, an audit key has %2"_s.arg(key.size()).arg(AuditKeyRing::KeySize));
    auto accepted = AuditLog(m_database).fitsKey(key);
    if (!accepted)
        return accepted.error();
    if (!accepted.value())
        return Error::invalid(u"audit-key"_s, u"this audit key does not belong to this database's log"_s);
    AuditKeyRing::install(m_database.databaseId(), key);
    return Ok {};
}

Result<QByteArray> AuditKeyService::installedKey() const
{
    const auto key = AuditKeyRing::find(m_database.databaseId());
    if (!key)
        return keyMissing();
    return *key;
}

Status AuditKeyService::storeBlocking(const QByteArray& key)
{
    return m_store.writeBlocking(SecretKeys::auditKey(m_database.databaseId()), key);
}

} // namespace backoffice
