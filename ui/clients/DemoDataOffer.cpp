// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/DemoDataOffer.h"
#include "ui/common/ErrorText.h"

#include "core/audit/AuditLog.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/secrets/DataKeyService.h"
#include "core/storage/Database.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QThread>

namespace backoffice::ui {

DemoDataOffer::DemoDataOffer(const Database& database, SecretStore& secrets, const Actor& actor, QWidget* parent)
    : QObject(parent)
    , m_database(database)
    , m_location(database.location())
    , m_secrets(secrets)
    , m_actor(actor)
    , m_parent(parent)
{
}

DemoDataOffer::~DemoDataOffer()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void DemoDataOffer::start()
{
    bool ok = false;
    const int count = QInputDialog::getInt(m_parent, tr("Create demo data?"),
                                           tr("This database has no clients yet.\n\nCreate realistic demo clients to "
                                              "try Back Office? How many:"),
                                           1000, 1, 1'000'000, 1000, &ok);
    if (!ok)
        return;
    create(count);
}

void DemoDataOffer::create(qint64 count)
{
    m_keys = std::make_unique<DataKeyService>(m_database, m_secrets);
    m_keys->load(this, [this, count](Result<SecretCipher> cipher) {
        if (!cipher) {
            QMessageBox::warning(m_parent, tr("Demo data"),
                                 tr("The demo clients were not created: the data key that protects authenticator "
                                    "secrets is unavailable (%1).")
                                     .arg(ErrorText::describe(cipher.error())));
            emit finished(0);
            return;
        }
        m_cipher = std::make_shared<SecretCipher>(cipher.value());
        runWorker(count);
    });
}

void DemoDataOffer::runWorker(qint64 count)
{
    m_progress = new QProgressDialog(tr("Creating %1 demo clients…").arg(QLocale().toString(count)), tr("Cancel"), 0,
                                     1000, m_parent);
    m_progress->setWindowTitle(tr("Demo data"));
    m_progress->setAccessibleName(tr("Demo data progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
    m_progress->setValue(0);

    const std::shared_ptr<SecretCipher> cipher = m_cipher;
    const DatabaseLocation location = m_location;
    const Actor actor = m_actor;
    const quint64 seed = QRandomGenerator::system()->generate64();
    QPointer<QProgressDialog> progress = m_progress;
    auto created = std::make_shared<qint64>(0);
    auto failure = std::make_shared<Error>();
    m_thread = QThread::create([=, this] {
        // A connection belongs to its thread: the worker opens its own.
        auto database = Database::open(location);
        if (!database) {
            *failure = database.error();
            return;
        }
        const AuditLog audit(*database.value());
        DemoDataGenerator generator(*cipher, seed);
        auto result = generator.generate(*database.value(), audit, actor, count, [&](qint64 done, qint64 total) {
            const int permille = int(done * 1000 / std::max<qint64>(total, 1));
            QMetaObject::invokeMethod(
                progress,
                [progress, permille] {
                    if (progress)
                        progress->setValue(permille);
                },
                Qt::QueuedConnection);
            return !m_cancelled.load();
        });
        if (result)
            *created = result.value();
        else
            *failure = result.error();
    });
    connect(m_thread, &QThread::finished, this, [this, created, failure] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        if (*created == 0 && failure->code != Error::Code::Cancelled && !m_cancelled)
            QMessageBox::warning(m_parent, tr("Demo data"),
                                 tr("The demo clients were not created: %1").arg(failure->toString()));
        emit finished(*created);
    });
    m_thread->start();
}

} // namespace backoffice::ui
