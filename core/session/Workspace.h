// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/audit/AuditReader.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SessionSettings.h"
#include "core/operators/SignInService.h"
#include "core/secrets/DataKeyService.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/DatabaseLocation.h"
#include "core/twofactor/TwoFactorService.h"

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace backoffice {

class ChangeFeed;
class ClientNoticeSettings;
class CodeCheckService;
class Database;
class EmailSender;
class EmailSettings;
class ProviderHealthMonitor;
class ProviderService;
class SecretStore;
class SmsHistory;
class WorkspaceConnection;

/// One open Back Office database and the core services over it: what a front end (the GUI's
/// sessions, a CLI command) holds instead of a connection. It owns the connection, which belongs to
/// the thread that opened it, and the services, which live as long as it does; work on another
/// thread opens a connection of its own from location(). Nothing outside core includes
/// storage/Database.h: this is the way in, and the UI gets services from it, never the connection
/// (core code and the CLI reach that through WorkspaceConnection).
class Workspace
{
public:
    /// Opens (creating a SQLite file and its folder if needed) and migrates the database. Errors as
    /// Database::open: SchemaTooNew for a database made by a newer version, Storage.
    static Result<std::unique_ptr<Workspace>> open(const DatabaseLocation& location,
                                                   const Clock& clock = SystemClock::instance());
    /// Over a database this thread has open already (tests). `scrypt` is for tests that sign in often.
    explicit Workspace(std::shared_ptr<Database> database, const Clock& clock = SystemClock::instance(),
                       ScryptParameters scrypt = {});
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const DatabaseLocation& location() const;
    /// For titles and messages; never includes a password.
    QString displayName() const;

    /// Reads this database's audit key from the keychain (a new database gets one) and installs it:
    /// nothing can be recorded before. `operatorName` signs the anchoring event of a log from before
    /// keyed chains; a `candidate` key (from `keys import`) is tried when the keychain has none.
    /// Errors as AuditKeyService: KeyMissing, DecryptionFailed, KeychainUnavailable.
    Status loadAuditKey(SecretStore& secrets, const QString& operatorName, const QByteArray& candidate = {}) const;
    /// Reads and installs the audit key the keychain has, never making one: for a process that
    /// records nothing unless it has to. Errors as AuditKeyService::loadBlocking.
    Status loadStoredAuditKey(SecretStore& secrets) const;
    /// The random identifier that scopes this database's keychain entries.
    QString databaseId() const;

    const AuditLog& audit() const { return m_audit; }
    /// The audit log as `actor` reads it (Permission::ReadAudit).
    AuditReader auditReader(const Actor& actor) const { return AuditReader(m_audit, actor); }
    const ClientRepository& clients() const { return m_clients; }
    const TwoFactorService& twoFactor() const { return m_twoFactor; }
    const OperatorService& operators() const { return m_operators; }
    const SignInService& signIn() const { return m_signIn; }
    const SessionSettings& sessionSettings() const { return m_sessionSettings; }
    /// Finds the data key in `secrets`, which must outlive what the service starts.
    DataKeyService dataKeys(SecretStore& secrets) const { return DataKeyService(*m_database, secrets); }

    /// What other desks change, as it happens (live refresh): made on first use, on the thread
    /// that opened the workspace, and living as long as it. A CLI command never asks for it.
    ChangeFeed& changeFeed() const;

    /// The services a front end makes for itself, over this workspace's connection: each must live
    /// no longer than the workspace (a session or a dialog owns it), and what it is given (`secrets`,
    /// `network`) must outlive it.
    /// The SMS providers: settings, secrets in `secrets`, checks over `network`.
    ProviderService providers(SecretStore& secrets, QNetworkAccessManager* network,
                              const Clock& clock = SystemClock::instance()) const;
    /// "Check a code" with `cipher` as DataKeyService returned it (an error makes every check fail so).
    CodeCheckService codeChecks(Result<SecretCipher> cipher, const Clock& clock = SystemClock::instance()) const;
    /// The SMS sent to a client.
    SmsHistory smsHistory() const;
    /// The SMTP settings, the password in `secrets`.
    EmailSettings emailSettings(SecretStore& secrets, const Clock& clock = SystemClock::instance()) const;
    /// The contact line the notices to clients end with.
    ClientNoticeSettings clientNotices() const;
    /// Sends e-mail with the stored SMTP settings and the password from `secrets`.
    EmailSender emailSender(SecretStore& secrets) const;
    /// Whether SMS can be sent, from the stored checks (the main window's status bar).
    std::unique_ptr<ProviderHealthMonitor> providerHealth() const;

    /// How long a write waits for another program's write lock, for every connection of the process
    /// (60 s unless set).
    static std::chrono::milliseconds lockWait();
    static void setLockWait(std::chrono::milliseconds wait);
    /// Told true once a write has waited for the lock for a moment and false when it stops waiting,
    /// on the waiting thread; one observer for the process.
    static void setBusyObserver(std::function<void(bool waiting)> observer);

private:
    friend class WorkspaceConnection; // the connection itself, for core and the CLI only

    std::shared_ptr<Database> m_database;
    PasswordHasher m_hasher;
    AuditLog m_audit;
    ClientRepository m_clients;
    TwoFactorService m_twoFactor;
    OperatorService m_operators;
    SignInService m_signIn;
    SessionSettings m_sessionSettings;
    mutable std::unique_ptr<ChangeFeed> m_changeFeed; ///< destroyed before the connection it watches
};

} // namespace backoffice
