// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace backoffice {

/// What went wrong, as data: a code, the input or record it concerns (`field`) and `detail`, the one
/// value a sentence names or untranslated technical context. An Error never carries text for people:
/// each front end has one translator (ui/common/ErrorText, app/cli/CliErrorText). Neither field ever
/// holds a secret. What core may translate, and what never: see the end of this file.
struct Error
{
    enum class Code
    {
        InvalidInput, ///< the caller's input is wrong; `field` says which
        NotFound, ///< no such client, provider, operator or message: `field` says which kind, `detail` its id
        Conflict, ///< the record changed since it was read (stale row version) or already exists
        PermissionDenied, ///< the role may not do it: `field` names the permission, `detail` the role
        Storage, ///< the database failed; `detail` holds the driver's message
        SchemaTooNew, ///< the database was made by a newer version of Back Office
        KeychainUnavailable, ///< no Secret Service, or it is locked; `detail` says which
        KeyMissing, ///< the data key or the audit key is not in the keychain; `field` says which
        DecryptionFailed, ///< ciphertext was tampered with or encrypted under another key
        Network, ///< a remote service could not be reached
        Remote, ///< a remote service answered with an error; `detail` holds its code and message
        Cancelled, ///< the operator cancelled
        RateLimited, ///< too many attempts; `detail` says until when (ISO 8601, UTC)
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

    /// One line of English for logs and test failures (code, field, detail), never shown to people.
    QString toString() const;
};

} // namespace backoffice

// What core translates, and what never.
//
// Never: an Error. Core returns codes, fields and values; the words for people are chosen by the two
// translators above, through tr(), so one language covers the GUI and the command line alike.
// `detail` may still hold untranslated technical context (a driver's or a keychain's message, a
// provider's code, the shape of a bad value): a translator shows it only as such, after a sentence.
//
// Core does translate (tr() / QCoreApplication::translate) the domain text that is the result of its
// work, not a failure of it: diagnosis findings (what was checked, what it means, what to do), check
// results and delivery-error explanations (CheckResultText, DeliveryErrorCodes), audit verification
// outcomes (AuditVerificationText) and CSV import problems (ImportProblem). Where such a text reports
// why one of its checks could not run it words that error itself (CheckResultText::describe(Error)),
// as part of the finding, never as an error returned to a caller.
