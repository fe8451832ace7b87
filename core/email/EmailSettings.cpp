// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/EmailSettings.h"

#include "core/audit/AuditLog.h"
#include "core/operators/Authorizer.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderConfig.h"
#include "core/storage/Database.h"
#include "core/storage/SqlRows.h"
#include "core/storage/SqlTime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString target = u"email-settings"_s;

QString describe(const std::optional<SmtpSettings>& settings)
{
    if (!settings)
        return {};
    const QJsonObject json {{u"host"_s, settings->host},
                            {u"port"_s, settings->port},
                            {u"security"_s, smtpSecurityToString(settings->security)},
                            {u"user"_s, settings->user},
                            {u"from"_s, settings->fromAddress},
                            {u"timeout_ms"_s, settings->timeoutMs}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

/// The audit event of a change to the e-mail settings, made by `actor` at `now`.
AuditEvent settingsEvent(const Actor& actor, const QDateTime& now, const char* action)
{
    AuditEvent event;
    event.at = now;
    event.operatorName = actor.userName;
    event.action = QString::fromLatin1(action);
    event.target = target;
    return event;
}

/// Writes the change and then its audit event, both inside the caller's write transaction.
Status writeAudited(const Database& database, const AuditLog& audit, const QString& sql, const QVariantList& values,
                    const AuditEvent& event)
{
    if (const Status written = database.run(sql, values); !written)
        return written;
    auto logged = audit.appendInTransaction(event);
    return logged ? Status(Ok {}) : Status(logged.error());
}

/// Records that the password was stored, with its audit event (never the value).
Status recordPasswordStored(const Database& database, const Clock& clock, const Actor& actor)
{
    const AuditLog audit(database, clock);
    return database.writeTransaction([&]() -> Status {
        const QDateTime now = clock.nowUtc();
        AuditEvent event = settingsEvent(actor, now, AuditAction::EmailPasswordChanged);
        event.after = u"stored"_s;
        return writeAudited(database, audit,
                            u"UPDATE email_settings SET has_password = 1, updated_at = ? WHERE id = 1"_s,
                            {SqlTime::bind(now)}, event);
    });
}

/// Reports `status` to `done` from `context`'s event loop, never inside the caller's call.
void reportOn(QObject* context, std::function<void(Status)> done, Status status)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), status] { done(status); }, Qt::QueuedConnection);
}
} // namespace

EmailSettings::EmailSettings(const Database& database, SecretStore& secrets, const Clock& clock)
    : m_database(database), m_secrets(secrets), m_clock(clock)
{
}

Result<std::optional<SmtpSettings>> EmailSettings::load() const
{
    return SqlRows::selectFirst(
        m_database,
        u"SELECT host, port, security, user_name, from_address, timeout_ms, has_password, "
        u"updated_at FROM email_settings WHERE id = 1"_s,
        {}, [](const QSqlQuery& row) {
            SmtpSettings settings;
            SqlRows::readColumns(row, settings.host, settings.port,
                                 SqlRows::parsed(settings.security, smtpSecurityFromString, SmtpSecurity::StartTls),
                                 settings.user, settings.fromAddress, settings.timeoutMs, settings.hasPassword,
                                 settings.updatedAt);
            return settings;
        });
}

Result<std::optional<SmtpSettings>> EmailSettings::read(const Actor& actor) const
{
    if (const Status allowed = Authorizer(AuditLog(m_database, m_clock)).require(actor, Permission::ReadProviders);
        !allowed)
        return allowed.error();
    return load();
}

Status EmailSettings::save(const Actor& actor, const SmtpSettings& settings) const
{
    const AuditLog audit(m_database, m_clock);
    if (const Status allowed = Authorizer(audit).require(actor, Permission::ManageProviders, std::nullopt, target);
        !allowed)
        return allowed.error();
    if (const QList<Error> problems = settings.validate(); !problems.isEmpty())
        return problems.first();
    return m_database.writeTransaction([&]() -> Status {
        auto before = load();
        if (!before)
            return before.error();
        // The saved password belongs to the old server account.
        const bool keepsPassword = before.value() && before.value()->hasPassword
            && before.value()->host == settings.host && before.value()->user == settings.user;
        const QDateTime now = m_clock.nowUtc();
        const QString upsert
            = m_database.dialect().upsert(u"email_settings"_s, {u"id"_s},
                                          {u"host"_s, u"port"_s, u"security"_s, u"user_name"_s, u"from_address"_s,
                                           u"timeout_ms"_s, u"has_password"_s, u"updated_at"_s});
        AuditEvent event = settingsEvent(actor, now, AuditAction::EmailSettingsChanged);
        event.before = describe(before.value());
        event.after = describe(settings);
        return writeAudited(m_database, audit, upsert,
                            {1, settings.host, settings.port, smtpSecurityToString(settings.security),
                             Database::text(settings.user), settings.fromAddress, settings.timeoutMs,
                             keepsPassword ? 1 : 0, SqlTime::bind(now)},
                            event);
    });
}

void EmailSettings::storePassword(const Actor& actor, const QByteArray& password, QObject* context,
                                  std::function<void(Status)> done) const
{
    const AuditLog audit(m_database, m_clock);
    if (const Status allowed = Authorizer(audit).require(actor, Permission::ManageProviders, std::nullopt, target);
        !allowed)
        return reportOn(context, std::move(done), allowed.error());
    if (const QList<Error> problems = ProviderValidation::secretProblems(password, u"password"_s); !problems.isEmpty())
        return reportOn(context, std::move(done), problems.first());
    auto stored = load();
    if (!stored)
        return reportOn(context, std::move(done), stored.error());
    if (!stored.value())
        return reportOn(context, std::move(done), Error::notFound(u"e-mail settings"_s, u"none saved yet"_s));
    // The database and the clock outlive the keychain's answer; this object need not.
    m_secrets.write(SecretKeys::smtpPassword(m_database.databaseId()), password, context,
                    [database = &m_database, clock = &m_clock, actor, done = std::move(done)](Status written) {
                        done(written ? recordPasswordStored(*database, *clock, actor) : written);
                    });
}

} // namespace backoffice
