// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"
#include "core/operators/OperatorService.h"
#include "core/operators/PasswordHasher.h"
#include "core/operators/SignInService.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace backoffice {
class Database;
class SecretStore;
} // namespace backoffice

namespace backoffice::ui {

class IdleLockWatcher;
class OperatorSession;

/// Who is at the keyboard: asks for a sign-in (or, on a new database, the first administrator)
/// before any client data is shown, gives each operator a session of their own, and locks the
/// window after the configured idle time. Quitting the window quits the application.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    SessionManager(const Database& database, SecretStore& secrets, QNetworkAccessManager* network, QString databaseName,
                   QObject* parent = nullptr);
    ~SessionManager() override;

    /// Signs in and opens the first session. False when the operator cancelled.
    bool start();
    OperatorSession* session() const { return m_session.get(); }

signals:
    /// A new operator's window is open (after start, a switch or an unlock by someone else).
    void sessionStarted(backoffice::ui::OperatorSession* session);

private:
    void open(const Actor& actor);
    void signOut();
    void lock();
    void quit();

    const Database& m_database;
    SecretStore& m_secrets;
    QNetworkAccessManager* m_network;
    QString m_databaseName;
    AuditLog m_audit;
    PasswordHasher m_hasher;
    OperatorService m_operators;
    SignInService m_signIn;
    std::unique_ptr<OperatorSession> m_session;
    IdleLockWatcher* m_idle = nullptr;
    bool m_replacing = false;
};

} // namespace backoffice::ui
