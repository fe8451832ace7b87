// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/SessionSettings.h"

#include "core/audit/AuditLog.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"

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
    auto value = DatabaseInfo(m_database).value(key);
    if (!value)
        return defaultIdleLockMinutes;
    bool numeric = false;
    const int minutes = value.value().toInt(&numeric);
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
        if (const Status written = DatabaseInfo(m_database).setInTransaction(key, QString::number(minutes)); !written)
            return written;
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
