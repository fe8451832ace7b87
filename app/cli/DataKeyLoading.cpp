// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DataKeyLoading.h"

#include "core/secrets/DataKeyService.h"

namespace backoffice::cli {

Result<SecretCipher> loadDataKey(CliContext& context, const Database& database)
{
    return DataKeyService(database, context.secrets()).loadOrCreateBlocking();
}

} // namespace backoffice::cli
