// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/SessionSettings.h"

#include "core/audit/AuditLog.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString key = u"idle_lock_minutes"_s;
}

SessionSettings::SessionSettings(const Database& database, const AuditLog& audit) : m_database(database), m_audit(audit)
{
}

int SessionSettings::idleLockMinutes() const
{
    auto value = m_database.scalar(u"SELECT value FROM database_info WHERE key = ?"_s, {key});
    if (!value)
        return defaultIdleLockMinutes;
    bool numeric = false;
    const int minutes = value.value().toString().toInt(&numeric);
    if (!numeric || minutes < minimumIdleLockMinutes || minutes > maximumIdleLockMinutes)
        return defaultIdleLockMinutes;
    return minutes;
}

Status SessionSettings::setIdleLockMinutes(const Actor& actor, int minutes) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageOperators); !allowed)
        return allowed.error();
    if (minutes < minimumIdleLockMinutes || minutes > maximumIdleLockMinutes)
        return Error::invalid(u"idle-lock-minutes"_s,
                              u"between %1 and %2"_s.arg(minimumIdleLockMinutes).arg(maximumIdleLockMinutes));
    const int before = idleLockMinutes();
    return m_database.writeTransaction([&]() -> Status {
        auto written = m_database.exec(u"INSERT INTO database_info (key, value) VALUES (?, ?) "
                                       u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                       {key, QString::number(minutes)});
        if (!written)
            return written.error();
        AuditEvent event;
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::IdleLockChanged);
        event.before = QString::number(before);
        event.after = QString::number(minutes);
        auto logged = m_audit.appendInTransaction(event);
        return logged ? Status(Ok {}) : Status(logged.error());
    });
}

} // namespace backoffice
