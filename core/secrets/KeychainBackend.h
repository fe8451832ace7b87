// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace backoffice {

/// The calls into QtKeychain, and nothing else: the one seam between core and the keychain module
/// (core/secrets/QtKeychainModule.cpp, loaded through RuntimeModule). It speaks only Qt types, so the
/// module needs nothing of core; KeychainSecretStore turns its answers into Errors.
class KeychainBackend
{
public:
    enum class Failure
    {
        None,
        EntryNotFound,
        AccessDenied,
        NoBackend, ///< no Secret Service, or the platform has no keychain QtKeychain supports
        Other ///< `errorString` says what
    };
    /// What a job ended with. `data` is the secret a read found; `errorString` is the backend's own
    /// description of a failure (bus, service, lock) and never contains the secret.
    struct Answer
    {
        Failure failure = Failure::None;
        QByteArray data;
        QString errorString;
    };
    using Done = std::function<void(const Answer&)>;

    virtual ~KeychainBackend() = default;
    /// Each starts one job on the calling thread, which must be the application's main thread (QtKeychain's
    /// job queue is not thread-safe); `done` runs there when the job ends. Entries are never written to an
    /// insecure fallback.
    virtual void read(const QString& service, const QString& key, Done done) = 0;
    virtual void write(const QString& service, const QString& key, const QByteArray& value, Done done) = 0;
    virtual void remove(const QString& service, const QString& key, Done done) = 0;
};

/// The module's one exported function returns its backend, alive until the process ends.
inline constexpr char keychainModuleName[] = "keychain";
inline constexpr char keychainBackendSymbol[] = "backoffice_keychain_backend";

} // namespace backoffice
