// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace backoffice {

/// One entry of the audit log: who did what to whom, when, why, and what changed.
struct AuditEvent
{
    qint64 id = 0; ///< assigned when appended
    QDateTime at; ///< UTC
    QString operatorName;
    QString action; ///< stable machine name, see AuditAction
    std::optional<qint64> clientId;
    QString target; ///< provider, operator or other object concerned, if any
    QString before;
    QString after;
    QString reason; ///< reason or ticket reference given by the operator
    QJsonObject details; ///< action-specific facts; never a secret or a code
    QString previousHash;
    QString hash;

    /// The bytes the hash covers: every field but id and the hashes, in a fixed order and encoding.
    QByteArray canonicalContent() const;
};

/// The action names the log uses; they are stable (stored, filtered on, exported).
namespace AuditAction {
inline constexpr auto TwoFactorDisabled = "client.2fa.disable";
/// A disable refused for want of proof of the caller's identity (no verified code, a used one, ...).
inline constexpr auto TwoFactorDisableRefused = "client.2fa.disable.refused";
inline constexpr auto CodeChecked = "client.totp.check";
inline constexpr auto Diagnosed = "client.diagnose";
inline constexpr auto ClientsImported = "clients.import";
inline constexpr auto DemoDataCreated = "clients.demo";
inline constexpr auto PermissionRefused = "permission.refused";
inline constexpr auto ProviderCreated = "sms.provider.create";
inline constexpr auto ProviderEdited = "sms.provider.edit";
inline constexpr auto ProviderRemoved = "sms.provider.remove";
inline constexpr auto ProviderEnabled = "sms.provider.enable";
inline constexpr auto ProviderDisabled = "sms.provider.disable";
inline constexpr auto ProviderCredentialChanged = "sms.provider.credential"; ///< never the value
inline constexpr auto TestSmsSent = "sms.test.send";
inline constexpr auto EmailSettingsChanged = "email.settings.edit";
inline constexpr auto EmailPasswordChanged = "email.settings.password"; ///< never the value
inline constexpr auto PhoneLookedUp = "client.phone.lookup"; ///< a carrier lookup, from the cache or billed
inline constexpr auto SignedIn = "operator.signin";
inline constexpr auto SignInFailed = "operator.signin.failed";
inline constexpr auto LockedOut = "operator.lockout";
inline constexpr auto OperatorCreated = "operator.create";
inline constexpr auto OperatorDisabled = "operator.disable";
inline constexpr auto OperatorEnabled = "operator.enable";
inline constexpr auto OperatorRoleChanged = "operator.role";
inline constexpr auto OperatorPasswordReset = "operator.password.reset";
inline constexpr auto IdleLockChanged = "settings.idle-lock";
inline constexpr auto DisableReasonRuleChanged = "settings.disable-reason";
inline constexpr auto ChainAnchored = "audit.chain.anchored"; ///< a log from before keyed chains, now keyed
inline constexpr auto KeysExported = "keys.export"; ///< the fingerprints, never a key
inline constexpr auto KeysImported = "keys.import"; ///< the fingerprints, never a key
/// In the copy a `db copy` made: who copied, from where, how many rows of each table
inline constexpr auto DatabaseCopied = "database.copy";
} // namespace AuditAction

} // namespace backoffice
