// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretStore.h"

#include "core/common/Logging.h"
#include "core/common/RuntimeModule.h"
#include "core/secrets/KeychainBackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
Error errorFrom(const KeychainBackend::Answer& answer, const QString& key)
{
    switch (answer.failure) {
    case KeychainBackend::Failure::EntryNotFound:
        return Error::notFound(u"keychain entry"_s, key);
    case KeychainBackend::Failure::AccessDenied:
        return Error {Error::Code::KeychainUnavailable, {}, u"access denied (is the keyring locked?)"_s};
    case KeychainBackend::Failure::NoBackend:
        return Error {Error::Code::KeychainUnavailable, {}, u"no keychain service is available"_s};
    case KeychainBackend::Failure::None:
    case KeychainBackend::Failure::Other:
        break;
    }
    return Error {Error::Code::KeychainUnavailable, {}, answer.errorString};
}

/// The keychain module's backend, loaded on first use; an Error says why there is none.
Result<KeychainBackend*> backend()
{
    const Result<KeychainBackend*> made
        = RuntimeModule::object<KeychainBackend>(keychainModuleName, keychainBackendSymbol);
    if (!made)
        return Error {Error::Code::KeychainUnavailable, {}, made.error().detail};
    return made;
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
/// started on the application's main thread; the answer travels back to `context`'s thread and is
/// dropped if `context` is gone by then.
template<typename Outcome>
void KeychainSecretStore::runOnMainThread(QObject* context, std::function<void(Outcome)> done,
                                          std::function<void(std::function<void(Outcome)>)> start) const
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done = std::move(done)](Outcome outcome) {
        if (guard)
            QMetaObject::invokeMethod(
                guard, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    };
    QCoreApplication* application = QCoreApplication::instance();
    if (QThread::currentThread() == application->thread())
        start(deliver);
    else
        QMetaObject::invokeMethod(
            application, [start, deliver] { start(deliver); }, Qt::QueuedConnection);
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    const QString service = m_serviceName;
    runOnMainThread<Result<QByteArray>>(context, std::move(done), [service, key](auto deliver) {
        const Result<KeychainBackend*> keychain = backend();
        if (!keychain)
            return deliver(keychain.error());
        keychain.value()->read(service, key, [key, deliver](const KeychainBackend::Answer& answer) {
            if (answer.failure != KeychainBackend::Failure::None) {
                qCDebug(lcSecrets) << "keychain read failed for" << key << answer.errorString;
                return deliver(errorFrom(answer, key));
            }
            deliver(answer.data);
        });
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, WriteDone done)
{
    const QString service = m_serviceName;
    runOnMainThread<Status>(context, std::move(done), [service, key, value](auto deliver) {
        const Result<KeychainBackend*> keychain = backend();
        if (!keychain)
            return deliver(keychain.error());
        keychain.value()->write(service, key, value, [key, deliver](const KeychainBackend::Answer& answer) {
            if (answer.failure != KeychainBackend::Failure::None) {
                qCWarning(lcSecrets) << "keychain write failed for" << key << answer.errorString;
                return deliver(errorFrom(answer, key));
            }
            deliver(Ok {});
        });
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    const QString service = m_serviceName;
    runOnMainThread<Status>(context, std::move(done), [service, key](auto deliver) {
        const Result<KeychainBackend*> keychain = backend();
        if (!keychain)
            return deliver(keychain.error());
        keychain.value()->remove(service, key, [key, deliver](const KeychainBackend::Answer& answer) {
            // Removing what is not there leaves the keychain as the caller wants it.
            if (answer.failure != KeychainBackend::Failure::None
                && answer.failure != KeychainBackend::Failure::EntryNotFound)
                return deliver(errorFrom(answer, key));
            deliver(Ok {});
        });
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
