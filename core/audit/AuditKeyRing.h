// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace backoffice {

/// The audit keys this process has loaded, one per database id. An audit key lives in the keychain
/// (AuditKeyService loads it); once installed here every connection to that database, on any
/// thread, chains and checks its events under the same key without asking the keychain again.
/// Thread-safe.
namespace AuditKeyRing {
inline constexpr int KeySize = 32;

void install(const QString& databaseId, const QByteArray& key);
/// The installed key; when there is none and a loader is set, asks it first.
std::optional<QByteArray> find(const QString& databaseId);
void forget(const QString& databaseId);

/// Loads a database's key on first use instead of up front, so a program that may never need it
/// (the CLI's read-only commands) does not touch the keychain unless it records or verifies
/// something. It is called inside write transactions: it must only read the keychain and install,
/// never write to the database. Empty to unset.
using Loader = std::function<void(const QString& databaseId)>;
void setLoader(Loader loader);
} // namespace AuditKeyRing

} // namespace backoffice
