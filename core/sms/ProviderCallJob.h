// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Job.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderError.h"
#include "core/sms/ProviderJob.h"
#include "core/storage/Database.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <utility>

namespace backoffice {

class Clock;

/// What every job that asks an SMS provider something has in common (a check, a phone lookup): it
/// runs on the caller's thread with the provider's settings, what to ask and the acting operator, starts on the
/// next event-loop turn, reads the provider's secret from the keychain, and keeps the one provider
/// call in flight (m_call), which a stop cancels.
template<typename R, typename Request> class ProviderCallJob : public Task<R>
{
public:
    /// Public so that a subclass takes it over as its own (`using ProviderCallJob::ProviderCallJob`).
    ProviderCallJob(const Database& database, SecretStore& secrets, QNetworkAccessManager* network, const Clock& clock,
                    Actor actor, ProviderConfig config, Request request, QObject* parent = nullptr)
        : Task<R>(parent)
        , m_database(database)
        , m_secrets(secrets)
        , m_network(network)
        , m_clock(clock)
        , m_actor(std::move(actor))
        , m_config(std::move(config))
        , m_request(std::move(request))
    {
        QTimer::singleShot(0, this, [this] {
            if (!this->isFinished() && !this->isStopped())
                start();
        });
    }

protected:
    /// Begins the work, unless the job was stopped before its first event-loop turn.
    virtual void start() = 0;
    /// Finishes with a result the provider did not give: the job stopped before a call went out,
    /// or there is no secret to call with.
    virtual void finishUnanswered(R result) = 0;
    /// The result of a job that failed with `error` before the provider answered.
    virtual R failedWith(const ProviderError& error) const = 0;

    R stoppedResult(Job::Stop reason) const override
    {
        if (reason == Job::Stop::TimedOut)
            return failedWith(ProviderError::of(ProviderFailure::ProviderUnavailable,
                                                QStringLiteral("no answer within the time limit")));
        return failedWith(ProviderError::of(ProviderFailure::Cancelled));
    }

    void onStop() override
    {
        if (m_call)
            m_call->cancel(); // its callback finishes this job
        else
            finishUnanswered(this->stoppedResult(this->stopReason()));
    }

    /// Reads the provider's saved secret and calls `use` with it, unless the job stopped meanwhile.
    /// A provider without one (an unsaved provider has none), or a keychain that does not give it,
    /// finishes the job as MissingSecret.
    template<typename Use> void withSavedSecret(Use use)
    {
        if (m_config.id == 0 || !m_config.hasSecret)
            return finishUnanswered(failedWith(ProviderError::of(
                ProviderFailure::MissingSecret, QStringLiteral("no secret has been saved for this provider"))));
        m_secrets.read(SecretKeys::providerSecret(m_database.databaseId(), m_config.id), this,
                       [this, use = std::move(use)](Result<QByteArray> secret) {
                           if (this->isFinished() || this->isStopped())
                               return;
                           if (!secret)
                               return finishUnanswered(failedWith(
                                   ProviderError::of(ProviderFailure::MissingSecret, secret.error().toString())));
                           use(secret.value());
                       });
    }

    const Database& m_database;
    SecretStore& m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    const Clock& m_clock;
    Actor m_actor;
    ProviderConfig m_config; ///< the provider asked, with its settings
    Request m_request; ///< what it is asked
    /// The subclass deletes it in its destructor, before the provider client that made it.
    QPointer<ProviderJob> m_call;
};

} // namespace backoffice
