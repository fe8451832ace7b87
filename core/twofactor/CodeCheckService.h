// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"
#include "core/twofactor/DriftFinder.h"

#include <QDateTime>

#include <optional>

namespace backoffice {

class AuditLog;
class Database;

/// How many code checks are left for a client. The count comes from the audit log (every check is
/// an event there), so it survives restarts and is shared by all operators on the database.
struct CodeCheckAllowance
{
    int limit = 0; ///< checks allowed per window
    int used = 0; ///< checks in the current window
    int remaining = 0;
    QDateTime resetsAt; ///< UTC: when the oldest counted check leaves the window; invalid when none was used

    bool exhausted() const { return remaining <= 0; }
};

/// The answer to "check a code", with the allowance left after this check.
struct CodeCheckResult
{
    DriftResult match;
    TotpParameters parameters; ///< the client's authenticator (period and digits explain the offset)
    CodeCheckAllowance allowance;
};

/// "Check a code": the operator types the code the client reads out and learns whether the client's
/// authenticator holds the right secret and how far its clock is off. The code is compared, never
/// stored or logged; each check is an audit event (outcome and offset only), and a client's code can
/// be checked at most MaxChecks times per WindowSeconds, so the screen cannot be used to guess codes.
class CodeCheckService
{
public:
    static constexpr int MaxChecks = 10;
    static constexpr qint64 WindowSeconds = 10 * 60;

    /// `cipher` is what DataKeyService returned: when it is an error (keychain unavailable, key
    /// missing) checks fail with that error and nothing else is tried.
    CodeCheckService(const Database& database, const AuditLog& audit, Result<SecretCipher> cipher,
                     const Clock& clock = SystemClock::instance());

    /// Ok when the data key is loaded; otherwise the reason checks are unavailable.
    Status available() const;

    /// Checks `code` (spaces ignored) against client `clientId`'s authenticator at `codeTimeUnix`
    /// (default: now). Errors: PermissionDenied; InvalidInput field "code" (not 6–8 digits, or not the
    /// client's digit count) or "method" (the client has no authenticator); NotFound; RateLimited
    /// (`detail` is the ISO 8601 UTC time a check is allowed again); KeyMissing, KeychainUnavailable,
    /// DecryptionFailed; Storage.
    Result<CodeCheckResult> check(const Actor& actor, qint64 clientId, const QString& code,
                                  std::optional<qint64> codeTimeUnix = std::nullopt) const;

    /// The allowance left now, without checking anything.
    Result<CodeCheckAllowance> allowance(qint64 clientId) const;

private:
    const Database& m_database;
    const AuditLog& m_audit;
    Result<SecretCipher> m_cipher;
    const Clock& m_clock;
};

} // namespace backoffice
