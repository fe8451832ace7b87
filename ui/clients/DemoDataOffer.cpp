// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/DemoDataOffer.h"
#include "ui/common/ErrorText.h"
#include "ui/common/JobProgressDialog.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace backoffice::ui {

DemoDataOffer::DemoDataOffer(DataKeyService keys, DatabaseLocation location, const Actor& actor, QWidget* parent)
    : QObject(parent), m_keys(keys), m_location(std::move(location)), m_actor(actor), m_parent(parent)
{
}

DemoDataOffer::~DemoDataOffer()
{
    delete m_job; // cancels (nothing is kept) and waits for the worker
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
    m_keys.load(this, [this, count](Result<SecretCipher> cipher) {
        if (!cipher) {
            QMessageBox::warning(m_parent, tr("Demo data"),
                                 tr("The demo clients were not created: the data key that protects authenticator "
                                    "secrets is unavailable (%1).")
                                     .arg(ErrorText::describe(cipher.error())));
            emit finished(0);
            return;
        }
        runJob(cipher.value(), count);
    });
}

void DemoDataOffer::runJob(const SecretCipher& cipher, qint64 count)
{
    m_progress = newJobProgressDialog(tr("Creating %Ln demo client(s)…", nullptr, int(count)), tr("Cancel"), 1000, 0,
                                      m_parent);
    m_progress->setWindowTitle(tr("Demo data"));
    m_progress->setAccessibleName(tr("Demo data progress"));
    m_progress->setValue(0);

    m_job = startDemoData(m_location, cipher, m_actor, count, this);
    connect(m_progress, &QProgressDialog::canceled, m_job, &Job::cancel);
    connect(m_job, &Job::progress, m_progress, [progress = m_progress](qint64 done, qint64 total) {
        progress->setValue(int(done * 1000 / std::max<qint64>(total, 1)));
    });
    m_job->then(this, [this](const Result<qint64>& created) {
        m_job = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        if (!created && created.error().code != Error::Code::Cancelled)
            QMessageBox::warning(m_parent, tr("Demo data"),
                                 tr("The demo clients were not created: %1").arg(ErrorText::describe(created.error())));
        emit finished(created ? created.value() : 0);
    });
}

} // namespace backoffice::ui
