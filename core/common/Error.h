// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace backoffice {

/// What went wrong, as a code the UI and the CLI turn into words (core never returns translated text).
/// `field` names the input that was bad (a CSV column, a dialog field, a CLI option) and `detail`
/// carries untranslated technical context (the bad value's shape, a provider's error code, a SQL
/// driver message). Neither ever holds a secret.
struct Error
{
    enum class Code
    {
        InvalidInput, ///< the caller's input is wrong; `field` says which
        NotFound, ///< the client, provider, operator or message does not exist
        Conflict, ///< the record changed since it was read (stale row version) or already exists
        PermissionDenied, ///< the operator's role does not allow the action
        Storage, ///< the database failed; `detail` holds the driver's message
        SchemaTooNew, ///< the database was made by a newer version of Back Office
        KeychainUnavailable, ///< no Secret Service, or it is locked; `detail` says which
        KeyMissing, ///< the data key or the audit key is not in the keychain; `field` says which
        DecryptionFailed, ///< ciphertext was tampered with or encrypted under another key
        Network, ///< a remote service could not be reached
        Remote, ///< a remote service answered with an error; `detail` holds its code and message
        Cancelled, ///< the operator cancelled
        RateLimited, ///< too many attempts; `detail` says until when
        Locked, ///< the account is locked
        Busy, ///< another program held the database's write lock for longer than the wait allows
        Internal, ///< a bug: should never happen
    };

    Code code = Code::Internal;
    QString field;
    QString detail;

    static Error invalid(const QString& field, const QString& detail = {})
    {
        return {Code::InvalidInput, field, detail};
    }
    static Error notFound(const QString& what, const QString& detail = {}) { return {Code::NotFound, what, detail}; }
    static Error conflict(const QString& detail = {}) { return {Code::Conflict, {}, detail}; }
    static Error storage(const QString& detail) { return {Code::Storage, {}, detail}; }

    /// A one-line English description for logs and the CLI; the GUI translates `code` itself.
    QString toString() const;
};

} // namespace backoffice
