// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace backoffice {

/// Where secrets live: the operating system's keychain, never the database or a settings file.
/// Every call is asynchronous and reports to `done` on the caller's thread; `context` going away
/// before then drops the report. Errors: NotFound (no such entry), KeychainUnavailable (no
/// Secret Service, locked, access denied; `detail` says which). There is no plain-text fallback.
class SecretStore
{
public:
    using ReadDone = std::function<void(Result<QByteArray>)>;
    using WriteDone = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QByteArray& value, QObject* context, WriteDone done) = 0;
    virtual void remove(const QString& key, QObject* context, WriteDone done) = 0;

    /// For the CLI and tests: runs the event loop until the job ends (at most `timeoutMs`).
    Result<QByteArray> readBlocking(const QString& key, int timeoutMs = 15000);
    Status writeBlocking(const QString& key, const QByteArray& value, int timeoutMs = 15000);
    Status removeBlocking(const QString& key, int timeoutMs = 15000);
};

/// SecretStore over QtKeychain (Secret Service on Linux), which it reaches through the keychain module
/// (KeychainBackend) on the first call. Entries are grouped under one service name; callers scope keys
/// per database and per provider (see SecretKeys). Usable from any thread: the jobs themselves always
/// run on the main thread. A missing module is KeychainUnavailable, with the loader's reason.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("backoffice"));

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QByteArray& value, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

private:
    template<typename Outcome>
    void runOnMainThread(QObject* context, std::function<void(Outcome)> done,
                         std::function<void(std::function<void(Outcome)>)> start) const;

    QString m_serviceName;
};

/// Keychain key names, in one place so the scoping rule is the same everywhere.
namespace SecretKeys {
/// The key that seals authenticator secrets of the database identified by `databaseId`.
QString dataKey(const QString& databaseId);
/// The key that MACs the audit chain of the database identified by `databaseId`.
QString auditKey(const QString& databaseId);
/// A provider's secret (auth token, API secret).
QString providerSecret(const QString& databaseId, qint64 providerId);
/// The password of the SMTP user e-mail to clients goes out with.
QString smtpPassword(const QString& databaseId);
/// The password a desk saved for a team database server: scoped to the server, database and user
/// (a PostgreSQL `--db` URL's host, port, path and user), so another server never gets it.
QString databasePassword(const QUrl& url);
} // namespace SecretKeys

} // namespace backoffice
