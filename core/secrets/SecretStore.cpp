// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretStore.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
Error errorFromJob(const QKeychain::Job& job)
{
    // errorString() describes the backend's failure (bus, service, lock); it never contains the secret.
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error::notFound(u"keychain entry"_s, job.key());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error {Error::Code::KeychainUnavailable, {}, u"access denied (is the keyring locked?)"_s};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error {Error::Code::KeychainUnavailable, {}, u"no keychain service is available"_s};
    default:
        return Error {Error::Code::KeychainUnavailable, {}, job.errorString()};
    }
}

template<typename Job> Job* makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

template<typename Outcome, typename Start> Outcome runBlocking(int timeoutMs, Start start)
{
    std::optional<Outcome> outcome;
    QEventLoop loop;
    QObject context;
    start(&context, [&](Outcome result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!outcome)
        return Error {Error::Code::KeychainUnavailable, {}, u"the keychain did not answer in time"_s};
    return std::move(*outcome);
}
} // namespace

Result<QByteArray> SecretStore::readBlocking(const QString& key, int timeoutMs)
{
    return runBlocking<Result<QByteArray>>(timeoutMs, [&](QObject* context, auto done) { read(key, context, done); });
}

Status SecretStore::writeBlocking(const QString& key, const QByteArray& value, int timeoutMs)
{
    return runBlocking<Status>(timeoutMs, [&](QObject* context, auto done) { write(key, value, context, done); });
}

Status SecretStore::removeBlocking(const QString& key, int timeoutMs)
{
    return runBlocking<Status>(timeoutMs, [&](QObject* context, auto done) { remove(key, context, done); });
}

KeychainSecretStore::KeychainSecretStore(QString serviceName) : m_serviceName(std::move(serviceName)) { }

/// QtKeychain queues its jobs in one process-wide executor that is not thread-safe, so every job is
/// created and run on the application's main thread; the answer travels back to `context`'s thread
/// and is dropped if `context` is gone by then.
template<typename Outcome>
void KeychainSecretStore::runOnMainThread(
    QObject* context, std::function<void(Outcome)> done,
    std::function<QKeychain::Job*(std::function<void(Outcome)>)> makeAndStart) const
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done = std::move(done)](Outcome outcome) {
        if (guard)
            QMetaObject::invokeMethod(
                guard, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    };
    QCoreApplication* application = QCoreApplication::instance();
    if (QThread::currentThread() == application->thread())
        makeAndStart(deliver);
    else
        QMetaObject::invokeMethod(
            application, [makeAndStart, deliver] { makeAndStart(deliver); }, Qt::QueuedConnection);
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    const QString service = m_serviceName;
    runOnMainThread<Result<QByteArray>>(context, std::move(done), [service, key](auto deliver) {
        auto* job = makeJob<QKeychain::ReadPasswordJob>(service, key);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, deliver] {
            if (job->error() != QKeychain::NoError) {
                qCDebug(lcSecrets) << "keychain read failed for" << job->key() << job->errorString();
                deliver(errorFromJob(*job));
                return;
            }
            deliver(job->binaryData());
        });
        job->start();
        return job;
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, WriteDone done)
{
    const QString service = m_serviceName;
    runOnMainThread<Status>(context, std::move(done), [service, key, value](auto deliver) {
        auto* job = makeJob<QKeychain::WritePasswordJob>(service, key);
        job->setBinaryData(value);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, deliver] {
            if (job->error() != QKeychain::NoError) {
                qCWarning(lcSecrets) << "keychain write failed for" << job->key() << job->errorString();
                deliver(errorFromJob(*job));
                return;
            }
            deliver(Ok {});
        });
        job->start();
        return job;
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    const QString service = m_serviceName;
    runOnMainThread<Status>(context, std::move(done), [service, key](auto deliver) {
        auto* job = makeJob<QKeychain::DeletePasswordJob>(service, key);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, deliver] {
            if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
                deliver(errorFromJob(*job));
                return;
            }
            deliver(Ok {});
        });
        job->start();
        return job;
    });
}

namespace SecretKeys {
QString dataKey(const QString& databaseId)
{
    return u"database/%1/data-key"_s.arg(databaseId);
}

QString auditKey(const QString& databaseId)
{
    return u"database/%1/audit-key"_s.arg(databaseId);
}

QString providerSecret(const QString& databaseId, qint64 providerId)
{
    return u"database/%1/sms-provider/%2"_s.arg(databaseId).arg(providerId);
}

QString smtpPassword(const QString& databaseId)
{
    return u"database/%1/smtp-password"_s.arg(databaseId);
}

QString databasePassword(const QUrl& url)
{
    return u"server/%1@%2:%3%4/password"_s.arg(url.userName(QUrl::FullyEncoded), url.host(QUrl::FullyEncoded))
        .arg(url.port(5432))
        .arg(url.path(QUrl::FullyEncoded));
}
} // namespace SecretKeys

} // namespace backoffice
