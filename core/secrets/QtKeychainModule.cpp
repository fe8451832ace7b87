// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain module (libbackoffice_keychain.so): KeychainBackend over QtKeychain. Built as a module of
// its own so QtKeychain and QtDBus load only in a process that reads or writes a secret.
#include "core/secrets/KeychainBackend.h"

#include <qt6keychain/keychain.h>

namespace backoffice {

namespace {
KeychainBackend::Failure failureOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return KeychainBackend::Failure::None;
    case QKeychain::EntryNotFound:
        return KeychainBackend::Failure::EntryNotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainBackend::Failure::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainBackend::Failure::NoBackend;
    default:
        return KeychainBackend::Failure::Other;
    }
}

/// Starts `job` for `key`; `done` hears how it ended, with what `answerOf` reads from it.
template<typename Job, typename AnswerOf>
void start(Job* job, const QString& key, KeychainBackend::Done done, AnswerOf answerOf)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done), answerOf] {
        KeychainBackend::Answer answer {failureOf(*job), {}, {}};
        if (answer.failure == KeychainBackend::Failure::None)
            answer.data = answerOf(*job);
        else
            answer.errorString = job->errorString();
        done(answer);
    });
    job->start();
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    void read(const QString& service, const QString& key, Done done) override
    {
        start(new QKeychain::ReadPasswordJob(service), key, std::move(done),
              [](const QKeychain::ReadPasswordJob& job) { return job.binaryData(); });
    }

    void write(const QString& service, const QString& key, const QByteArray& value, Done done) override
    {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setBinaryData(value);
        start(job, key, std::move(done), [](const QKeychain::WritePasswordJob&) { return QByteArray(); });
    }

    void remove(const QString& service, const QString& key, Done done) override
    {
        start(new QKeychain::DeletePasswordJob(service), key, std::move(done),
              [](const QKeychain::DeletePasswordJob&) { return QByteArray(); });
    }
};
} // namespace

} // namespace backoffice

extern "C" Q_DECL_EXPORT backoffice::KeychainBackend* backoffice_keychain_backend()
{
    static backoffice::QtKeychainBackend backend;
    return &backend;
}
