// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

#include "common/Logging.h"

#include <QEventLoop>
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

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "keychain read failed for" << job->key() << job->errorString();
            done(errorFromJob(*job));
            return;
        }
        done(job->binaryData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, WriteDone done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setBinaryData(value);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcSecrets) << "keychain write failed for" << job->key() << job->errorString();
            done(errorFromJob(*job));
            return;
        }
        done(Ok {});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(errorFromJob(*job));
            return;
        }
        done(Ok {});
    });
    job->start();
}

namespace SecretKeys {
QString dataKey(const QString& databaseId)
{
    return u"database/%1/data-key"_s.arg(databaseId);
}

QString providerSecret(const QString& databaseId, qint64 providerId)
{
    return u"database/%1/sms-provider/%2"_s.arg(databaseId).arg(providerId);
}
} // namespace SecretKeys

} // namespace backoffice
