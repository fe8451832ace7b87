// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace backoffice {
class SecretCipher;
}

namespace backoffice::cli {

/// The cipher that seals this database's authenticator secrets, with its key from the keychain
/// (created on first use). Errors: KeychainUnavailable and the like, for CliContext::fail.
Result<SecretCipher> loadDataKey(CliContext& context, const Database& database);

} // namespace backoffice::cli
