// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"
#include "core/storage/DatabaseLocation.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace backoffice {
class DataKeyService;
class Database;
class SecretCipher;
class SecretStore;
} // namespace backoffice

namespace backoffice::ui {

/// On the first start with an empty database: offers demo clients, asks how many, and creates them
/// off the UI thread (the worker opens its own database connection) with a progress dialog that can
/// cancel (then nothing is kept). The data key comes from the keychain asynchronously first.
class DemoDataOffer : public QObject
{
    Q_OBJECT

public:
    DemoDataOffer(const Database& database, SecretStore& secrets, const Actor& actor, QWidget* parent);
    ~DemoDataOffer() override;

    /// Asks the operator; does nothing more if they decline.
    void start();
    /// Skips the question (tests, scripted starts) and creates `count` clients.
    void create(qint64 count);

signals:
    /// After the worker ended: the number created (0 when cancelled or failed).
    void finished(qint64 created);

private:
    void runWorker(qint64 count);

    const Database& m_database;
    DatabaseLocation m_location;
    SecretStore& m_secrets;
    Actor m_actor;
    QPointer<QWidget> m_parent;
    std::unique_ptr<DataKeyService> m_keys;
    std::shared_ptr<SecretCipher> m_cipher;
    QPointer<QProgressDialog> m_progress;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled {false};
};

} // namespace backoffice::ui
