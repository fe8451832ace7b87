// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace backoffice {

/// The audit keys this process has loaded, one per database id. An audit key lives in the keychain
/// (AuditKeyService loads it); once installed here every connection to that database, on any
/// thread, chains and checks its events under the same key without asking the keychain again.
/// Thread-safe.
namespace AuditKeyRing {
inline constexpr int KeySize = 32;

void install(const QString& databaseId, const QByteArray& key);
std::optional<QByteArray> find(const QString& databaseId);
void forget(const QString& databaseId);
} // namespace AuditKeyRing

} // namespace backoffice
