// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderService.h"

#include "core/clients/PhoneNumber.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderCheckAllJob.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString ProviderService::auditTarget(qint64 providerId)
{
    return u"sms-provider:%1"_s.arg(providerId);
}

namespace {
/// The non-secret settings as the audit log records them before and after an edit.
QJsonObject describe(const ProviderConfig& config)
{
    return {{u"kind"_s, config.kind},
            {u"name"_s, config.name},
            {u"enabled"_s, config.enabled},
            {u"account_id"_s, config.accountId},
            {u"api_key_sid"_s, config.apiKeySid},
            {u"sender"_s, config.sender},
            {u"base_url"_s, config.baseUrl},
            {u"status_page_url"_s, config.statusPageUrl},
            {u"reports_base_url"_s, config.reportsBaseUrl},
            {u"lookup_base_url"_s, config.lookupBaseUrl},
            {u"low_balance_threshold"_s,
             config.lowBalanceThreshold ? QJsonValue(*config.lowBalanceThreshold) : QJsonValue()},
            {u"timeout_ms"_s, config.timeoutMs}};
}

/// Whether two settings talk to the provider the same way (the name and Enabled do not matter).
bool sameConnection(const ProviderConfig& a, const ProviderConfig& b)
{
    return a.kind == b.kind && a.accountId == b.accountId && a.apiKeySid == b.apiKeySid && a.sender == b.sender
        && a.baseUrl == b.baseUrl && a.statusPageUrl == b.statusPageUrl && a.reportsBaseUrl == b.reportsBaseUrl
        && a.lookupBaseUrl == b.lookupBaseUrl && a.timeoutMs == b.timeoutMs
        && a.lowBalanceThreshold == b.lowBalanceThreshold;
}

/// Reports `status` to `done` from `context`'s event loop, never inside the caller's call.
void reportOn(QObject* context, const std::function<void(Status)>& done, const Status& status)
{
    QMetaObject::invokeMethod(
        context, [done, status] { done(status); }, Qt::QueuedConnection);
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

ProviderService::ProviderService(const Database& database, SecretStore& secrets, QNetworkAccessManager* network,
                                 const Clock& clock)
    : m_database(database)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
    , m_audit(database, clock)
    , m_repository(database)
{
}

QList<Error> ProviderService::validate(const ProviderConfig& config)
{
    return config.validate();
}

Result<QList<ProviderSummary>> ProviderService::list(const Actor& actor) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadProviders); !allowed)
        return allowed.error();
    return m_repository.summaries();
}

Result<ProviderConfig> ProviderService::find(const Actor& actor, qint64 id) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadProviders); !allowed)
        return allowed.error();
    return m_repository.find(id);
}

Result<QList<ProviderCheckRecord>> ProviderService::checks(const Actor& actor, qint64 id, int limit) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadProviders); !allowed)
        return allowed.error();
    return m_repository.checks(id, limit);
}

Result<ProviderConfig> ProviderService::create(const Actor& actor, ProviderConfig config) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageProviders); !allowed)
        return allowed.error();
    config.name = config.name.trimmed();
    if (const QList<Error> problems = validate(config); !problems.isEmpty())
        return problems.first();
    qint64 id = 0;
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto inserted = m_repository.insertInTransaction(config, m_clock.nowUtc());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        AuditEvent event;
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::ProviderCreated);
        event.target = auditTarget(id);
        event.after = compact(describe(config));
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        return Ok {};
    });
    if (!written)
        return written.error();
    qCInfo(lcSms) << "provider" << id << config.kind << "created by" << actor.userName;
    return m_repository.find(id);
}

Result<ProviderConfig> ProviderService::update(const Actor& actor, const ProviderConfig& changed) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageProviders); !allowed)
        return allowed.error();
    ProviderConfig config = changed;
    config.name = config.name.trimmed();
    if (const QList<Error> problems = validate(config); !problems.isEmpty())
        return problems.first();
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto current = m_repository.find(config.id);
        if (!current)
            return current.error();
        const ProviderConfig& before = current.value();
        if (before.kind != config.kind)
            return Error::invalid(u"kind"_s, u"the kind of a provider cannot change"_s);
        if (auto updated = m_repository.updateInTransaction(config, m_clock.nowUtc()); !updated)
            return updated.error();
        QJsonObject beforeSettings = describe(before);
        QJsonObject afterSettings = describe(config);
        beforeSettings.remove(u"enabled"_s);
        afterSettings.remove(u"enabled"_s);
        if (beforeSettings != afterSettings) {
            AuditEvent event;
            event.operatorName = actor.userName;
            event.action = QString::fromLatin1(AuditAction::ProviderEdited);
            event.target = auditTarget(config.id);
            event.before = compact(beforeSettings);
            event.after = compact(afterSettings);
            if (auto logged = m_audit.appendInTransaction(event); !logged)
                return logged.error();
        }
        if (before.enabled != config.enabled) {
            AuditEvent event;
            event.operatorName = actor.userName;
            event.action
                = QString::fromLatin1(config.enabled ? AuditAction::ProviderEnabled : AuditAction::ProviderDisabled);
            event.target = auditTarget(config.id);
            event.before = before.enabled ? u"enabled"_s : u"disabled"_s;
            event.after = config.enabled ? u"enabled"_s : u"disabled"_s;
            event.details = {{u"name"_s, config.name}};
            if (auto logged = m_audit.appendInTransaction(event); !logged)
                return logged.error();
        }
        return Ok {};
    });
    if (!written)
        return written.error();
    return m_repository.find(config.id);
}

Result<ProviderConfig> ProviderService::providerToManage(const Actor& actor, qint64 id) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageProviders); !allowed)
        return allowed.error();
    return m_repository.find(id);
}

void ProviderService::remove(const Actor& actor, qint64 id, QObject* context, std::function<void(Status)> done) const
{
    const auto reportLater = [context, done](const Status& status) {
        reportOn(context, done, status);
    };
    const Result<ProviderConfig> current = providerToManage(actor, id);
    if (!current)
        return reportLater(current.error());
    const bool hadSecret = current->hasSecret;
    // The callback may run after this service is gone: it holds only what outlives it.
    const Database& database = m_database;
    const Clock& clock = m_clock;
    m_secrets.remove(
        SecretKeys::providerSecret(m_database.databaseId(), id), context,
        [&database, &clock, actor, id, hadSecret, done](Status secretRemoved) {
            if (!secretRemoved) {
                if (hadSecret) {
                    qCWarning(lcSms) << "provider" << id << "kept: its keychain entry could not be removed:"
                                     << secretRemoved.error().toString();
                    Error error = secretRemoved.error();
                    error.detail = u"the provider's secret could not be removed from the keychain, so the provider "
                                   u"was kept (%1)"_s.arg(error.detail);
                    return done(error);
                }
                qCWarning(lcSms) << "provider" << id
                                 << "had no secret; keychain not reachable:" << secretRemoved.error().toString();
            }
            const AuditLog audit(database, clock);
            const ProviderRepository repository(database);
            const Status written = database.writeTransaction([&]() -> Status {
                auto found = repository.find(id);
                if (!found)
                    return found.error();
                if (auto removed = repository.removeInTransaction(id); !removed)
                    return removed.error();
                AuditEvent event;
                event.operatorName = actor.userName;
                event.action = QString::fromLatin1(AuditAction::ProviderRemoved);
                event.target = auditTarget(id);
                event.before = compact(describe(found.value()));
                event.details = {{u"secret_removed_from"_s, u"keychain"_s}};
                if (auto logged = audit.appendInTransaction(event); !logged)
                    return logged.error();
                return Ok {};
            });
            if (written)
                qCInfo(lcSms) << "provider" << id << "and its keychain entry removed by" << actor.userName;
            done(written);
        });
}

void ProviderService::storeSecret(const Actor& actor, qint64 id, const QByteArray& secret, QObject* context,
                                  std::function<void(Status)> done) const
{
    const auto reportLater = [context, done](const Status& status) {
        reportOn(context, done, status);
    };
    const Result<ProviderConfig> current = providerToManage(actor, id);
    if (!current)
        return reportLater(current.error());
    if (const QList<Error> problems = ProviderValidation::secretProblems(secret); !problems.isEmpty())
        return reportLater(problems.first());
    const bool replaced = current->hasSecret;
    // As in remove(): the callback may run after this service is gone, so it holds only what outlives it.
    const Database& database = m_database;
    const Clock& clock = m_clock;
    m_secrets.write(SecretKeys::providerSecret(m_database.databaseId(), id), secret, context,
                    [&database, &clock, actor, id, replaced, done](Status written) {
                        if (!written)
                            return done(written);
                        const AuditLog audit(database, clock);
                        const ProviderRepository repository(database);
                        const Status recorded = database.writeTransaction([&]() -> Status {
                            if (auto set = repository.setHasSecretInTransaction(id, true, clock.nowUtc()); !set)
                                return set;
                            AuditEvent event;
                            event.operatorName = actor.userName;
                            event.action = QString::fromLatin1(AuditAction::ProviderCredentialChanged);
                            event.target = auditTarget(id);
                            event.details = {{u"replaced"_s, replaced}, {u"stored_in"_s, u"keychain"_s}};
                            if (auto logged = audit.appendInTransaction(event); !logged)
                                return logged.error();
                            return Ok {};
                        });
                        done(recorded);
                    });
}

Result<ProviderCheckJob*> ProviderService::startCheck(const Actor& actor, CheckRequest request) const
{
    const Permission needed = request.kind == CheckKind::TestSms ? Permission::SendTestSms : Permission::ReadProviders;
    if (const Status allowed = Authorizer(m_audit).require(actor, needed); !allowed)
        return allowed.error();
    if (request.secret && request.kind != CheckKind::ServiceStatus) {
        if (!actor.can(Permission::ManageProviders) && !request.settings) {
            // Trying a typed secret against stored settings is part of editing the provider.
            if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageProviders); !allowed)
                return allowed.error();
        }
        if (const QList<Error> problems = ProviderValidation::secretProblems(*request.secret); !problems.isEmpty())
            return problems.first();
    }
    ProviderConfig config;
    if (request.providerId > 0) {
        auto stored = m_repository.find(request.providerId);
        if (!stored)
            return stored.error();
        config = stored.value();
    }
    const ProviderConfig saved = config;
    if (request.settings) {
        const qint64 id = config.id;
        const bool hasSecret = config.hasSecret;
        config = *request.settings;
        config.id = id;
        config.hasSecret = hasSecret;
        if (const QList<Error> problems = validate(config); !problems.isEmpty())
            return problems.first();
    } else if (request.providerId <= 0) {
        return Error::invalid(u"provider"_s, u"no provider given"_s);
    }
    if (request.kind == CheckKind::TestSms) {
        // A person types "+44 7911 123456" as search accepts it; what is sent is the E.164 form.
        const PhoneNumberInfo to = PhoneNumber::inspect(request.to);
        if (!to.isValid())
            return Error::invalid(u"to"_s, u"not-a-phone-number"_s);
        request.to = to.e164;
        if (request.body.trimmed().isEmpty())
            request.body = u"Back Office test message"_s;
        if (request.body.size() > 1600)
            return Error::invalid(u"body"_s, u"longer than 1600 characters"_s);
    }
    if (request.kind == CheckKind::MessageStatus) {
        request.messageId = request.messageId.trimmed();
        if (request.messageId.isEmpty())
            return Error::invalid(u"message-id"_s, u"required"_s);
    }
    const bool trial = request.secret.has_value() || (request.settings && !sameConnection(saved, config));
    auto* job = new ProviderCheckJob(m_database, m_secrets, m_network, m_clock, actor, config, std::move(request));
    job->setRecordsResult(!trial);
    return job;
}

Result<ProviderCheckJob*> ProviderService::refreshMessage(const Actor& actor, const SmsMessageRecord& message) const
{
    if (!message.providerId)
        return Error::notFound(u"provider"_s, u"the provider of this message was removed"_s);
    if (message.providerMessageId.isEmpty())
        return Error::invalid(u"message-id"_s, u"the provider never accepted this message"_s);
    CheckRequest request;
    request.kind = CheckKind::MessageStatus;
    request.providerId = *message.providerId;
    request.messageId = message.providerMessageId;
    return startCheck(actor, request);
}

Result<ProviderCheckAllJob*> ProviderService::startCheckAll(const Actor& actor, QList<qint64> ids) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadProviders); !allowed)
        return allowed.error();
    if (ids.isEmpty()) {
        auto providers = m_repository.list();
        if (!providers)
            return providers.error();
        for (const ProviderConfig& config : providers.value()) {
            if (config.enabled)
                ids.append(config.id);
        }
    }
    const ProviderService* self = this;
    return new ProviderCheckAllJob(ids,
                                   [self, actor](CheckRequest request) { return self->startCheck(actor, request); });
}

int ProviderService::enabledCount() const
{
    auto count = m_repository.countEnabled();
    return count ? int(count.value()) : 0;
}

} // namespace backoffice
