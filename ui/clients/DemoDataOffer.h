// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/DemoDataJob.h"
#include "core/operators/Actor.h"
#include "core/secrets/DataKeyService.h"
#include "core/storage/DatabaseLocation.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace backoffice::ui {

/// On the first start with an empty database: offers demo clients, asks how many, and creates them
/// with a core DemoDataJob (off the UI thread, on a connection of its own opened from `location`)
/// behind a progress dialog that can cancel (then nothing is kept). The data key comes from the
/// keychain asynchronously first.
class DemoDataOffer : public QObject
{
    Q_OBJECT

public:
    DemoDataOffer(DataKeyService keys, DatabaseLocation location, const Actor& actor, QWidget* parent);
    ~DemoDataOffer() override;

    /// Asks the operator; does nothing more if they decline.
    void start();
    /// Skips the question (tests, scripted starts) and creates `count` clients.
    void create(qint64 count);

signals:
    /// After the job ended: the number created (0 when cancelled or failed).
    void finished(qint64 created);

private:
    void runJob(const SecretCipher& cipher, qint64 count);

    DataKeyService m_keys;
    DatabaseLocation m_location;
    Actor m_actor;
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_progress;
    QPointer<DemoDataJob> m_job;
};

} // namespace backoffice::ui
