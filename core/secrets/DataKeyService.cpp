// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/DataKeyService.h"

#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"

#include <QEventLoop>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString FingerprintKey = u"data_key_fingerprint"_s;

Error keyMissing()
{
    return Error {Error::Code::KeyMissing,
                  {},
                  u"this database has sealed secrets but the keychain has no key for it; import it with "
                  u"'backoffice-cli keys import'"_s};
}
} // namespace

DataKeyService::DataKeyService(const Database& database, SecretStore& store) : m_database(database), m_store(store) { }

QString DataKeyService::storedFingerprint() const
{
    auto value = DatabaseInfo(m_database).value(FingerprintKey);
    return value ? value.value() : QString();
}

bool DataKeyService::hasSealedSecrets() const
{
    auto sealed = ClientRepository(m_database).hasSealedSecrets();
    return sealed && sealed.value();
}

Status DataKeyService::rememberFingerprint(const QByteArray& key) const
{
    return m_database.writeTransaction([&]() -> Status {
        return DatabaseInfo(m_database).setInTransaction(FingerprintKey, SecretCipher::fingerprint(key));
    });
}

Result<SecretCipher> DataKeyService::accept(const QByteArray& key) const
{
    auto cipher = SecretCipher::fromKey(key);
    if (!cipher)
        return Error {Error::Code::DecryptionFailed, {}, u"the keychain entry is not a data key"_s};
    const QString expected = storedFingerprint();
    if (expected.isEmpty()) {
        if (const Status remembered = rememberFingerprint(key); !remembered)
            return remembered.error();
    } else if (expected != cipher->fingerprint()) {
        return Error {Error::Code::DecryptionFailed,
                      {},
                      u"the keychain holds a different data key than the one this database was sealed with"_s};
    }
    return cipher;
}

void DataKeyService::load(QObject* context, Done done, bool createIfAbsent)
{
    const QString key = SecretKeys::dataKey(m_database.databaseId());
    // The callbacks hold a copy of this service (two references), so a temporary DataKeyService may
    // start a load: only the database and the store must outlive `context`.
    m_store.read(key, context,
                 [self = *this, context, key, createIfAbsent, done = std::move(done)](Result<QByteArray> stored) {
                     if (stored) {
                         done(self.accept(stored.value()));
                         return;
                     }
                     if (stored.error().code != Error::Code::NotFound) {
                         done(stored.error());
                         return;
                     }
                     if (!createIfAbsent || !self.storedFingerprint().isEmpty() || self.hasSealedSecrets()) {
                         done(keyMissing());
                         return;
                     }
                     const QByteArray fresh = SecretCipher::generateKey();
                     self.m_store.write(key, fresh, context, [self, fresh, done](Status written) {
                         if (!written) {
                             done(written.error());
                             return;
                         }
                         qCInfo(lcSecrets) << "created a new data key for this database";
                         done(self.accept(fresh));
                     });
                 });
}

namespace {
Result<SecretCipher> waitFor(const std::function<void(QObject*, DataKeyService::Done)>& start)
{
    std::optional<Result<SecretCipher>> outcome;
    QEventLoop loop;
    QObject context;
    start(&context, [&](Result<SecretCipher> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}
} // namespace

Result<SecretCipher> DataKeyService::loadBlocking()
{
    return waitFor([this](QObject* context, Done done) { load(context, std::move(done), false); });
}

Result<SecretCipher> DataKeyService::loadOrCreateBlocking()
{
    return waitFor([this](QObject* context, Done done) { load(context, std::move(done), true); });
}

Result<QByteArray> DataKeyService::exportKeyBlocking()
{
    auto stored = m_store.readBlocking(SecretKeys::dataKey(m_database.databaseId()));
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return Error {Error::Code::KeyMissing, {}, u"the keychain has no data key for this database"_s};
        return stored.error();
    }
    if (auto accepted = accept(stored.value()); !accepted)
        return accepted.error();
    return stored.value();
}

Status DataKeyService::importKeyBlocking(const QByteArray& key)
{
    auto cipher = SecretCipher::fromKey(key);
    if (!cipher)
        return cipher.error();
    // A key that differs from the recorded one is refused while secrets are sealed under the recorded
    // one: it would make them unreadable. With nothing sealed yet, the imported key simply replaces it.
    const QString expected = storedFingerprint();
    const bool sealed = hasSealedSecrets();
    if (sealed && !expected.isEmpty() && expected != cipher->fingerprint())
        return Error::invalid(u"key"_s, u"this key does not belong to this database (fingerprint differs)"_s);
    if (sealed && expected.isEmpty())
        return Error::invalid(u"key"_s, u"the database has sealed secrets but no fingerprint to check the key"_s);
    if (const Status written = m_store.writeBlocking(SecretKeys::dataKey(m_database.databaseId()), key); !written)
        return written;
    return rememberFingerprint(key);
}

} // namespace backoffice
