// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataKeyLoading.h"

#include "secrets/SecretCipher.h"

namespace backoffice::cli {

Result<SecretCipher> loadDataKey(CliContext& context, const Database& database)
{
    // STAND-IN until DataKeyService is merged from main.
    const QString key = SecretKeys::dataKey(database.databaseId());
    auto stored = context.secrets().readBlocking(key);
    if (stored)
        return SecretCipher::fromKey(stored.value());
    if (stored.error().code != Error::Code::NotFound)
        return stored.error();
    const QByteArray fresh = SecretCipher::generateKey();
    if (const Status written = context.secrets().writeBlocking(key, fresh); !written)
        return written.error();
    return SecretCipher::fromKey(fresh);
}

} // namespace backoffice::cli
