// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/Diagnoser.h"

#include "core/diagnosis/DiagnosisWorker.h"

#include <QEventLoop>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DiagnosisJob::DiagnosisJob(QObject* parent) : QObject(parent) { }

DiagnosisJob::~DiagnosisJob()
{
    // Closing the window mid-diagnosis: stop the checks (network replies abort at once) and let the
    // thread end; the worker deletes itself in its own thread when the thread finishes.
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void DiagnosisJob::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &DiagnosisWorker::cancel, Qt::QueuedConnection);
}

Diagnoser::Diagnoser(DatabaseLocation location, SecretStore& secrets, const Clock& clock)
    : m_location(std::move(location)), m_secrets(secrets), m_clock(clock)
{
}

DiagnosisJob* Diagnoser::start(const Actor& actor, qint64 clientId, const DiagnosisOptions& options,
                               std::optional<SecretCipher> cipher, const QString& cipherProblem, QObject* parent)
{
    qRegisterMetaType<Diagnosis>();
    qRegisterMetaType<Error>();
    auto* job = new DiagnosisJob(parent);
    auto* worker = new DiagnosisWorker({m_location, actor, clientId, options, std::move(cipher), cipherProblem},
                                       m_secrets, m_clock);
    job->m_thread = new QThread;
    job->m_thread->setObjectName(u"diagnosis-%1"_s.arg(clientId));
    job->m_worker = worker;
    worker->moveToThread(job->m_thread);
    QObject::connect(job->m_thread, &QThread::started, worker, &DiagnosisWorker::run);
    QObject::connect(job->m_thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &DiagnosisWorker::progress, job, &DiagnosisJob::progress);
    QObject::connect(worker, &DiagnosisWorker::finished, job, [job](const Diagnosis& diagnosis) {
        emit job->finished(diagnosis);
        job->deleteLater();
    });
    QObject::connect(worker, &DiagnosisWorker::failed, job, [job](const Error& error) {
        emit job->failed(error);
        job->deleteLater();
    });
    job->m_thread->start();
    return job;
}

Result<Diagnosis> Diagnoser::runBlocking(const Actor& actor, qint64 clientId, const DiagnosisOptions& options,
                                         std::optional<SecretCipher> cipher, const QString& cipherProblem)
{
    Result<Diagnosis> outcome = Error {Error::Code::Internal, {}, u"the diagnosis did not finish"_s};
    QEventLoop loop;
    DiagnosisJob* job = start(actor, clientId, options, std::move(cipher), cipherProblem);
    QObject::connect(job, &DiagnosisJob::finished, &loop, [&](const Diagnosis& diagnosis) {
        outcome = diagnosis;
        loop.quit();
    });
    QObject::connect(job, &DiagnosisJob::failed, &loop, [&](const Error& error) {
        outcome = error;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace backoffice
