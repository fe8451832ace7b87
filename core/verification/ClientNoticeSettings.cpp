// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ClientNoticeSettings.h"

#include "core/audit/AuditLog.h"
#include "core/common/TextSafety.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/verification/VerificationAudit.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString key = u"client_notice_contact"_s;
} // namespace

ClientNoticeSettings::ClientNoticeSettings(const Database& database, const AuditLog& audit)
    : m_database(database), m_audit(audit)
{
}

QString ClientNoticeSettings::defaultContactLine()
{
    return u"call us at once on the number on our official website or the back of your card."_s;
}

QString ClientNoticeSettings::contactLine() const
{
    auto value = DatabaseInfo(m_database).value(key);
    const QString line = value ? value.value().trimmed() : QString();
    return line.isEmpty() ? defaultContactLine() : line;
}

Status ClientNoticeSettings::setContactLine(const Actor& actor, const QString& typed) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ManageProviders); !allowed)
        return allowed.error();
    const QString line = typed.trimmed();
    if (line.isEmpty())
        return Error::invalid(u"contact-line"_s, u"required"_s);
    if (TextSafety::characterCount(line) > maximumLength)
        return Error::invalid(u"contact-line"_s, u"longer than %1 characters"_s.arg(maximumLength));
    if (TextSafety::firstUnsafe(line))
        return Error::invalid(u"contact-line"_s, u"control characters"_s);
    const QString before = contactLine();
    return m_database.writeTransaction([&]() -> Status {
        if (const Status written = DatabaseInfo(m_database).setInTransaction(key, line); !written)
            return written;
        AuditEvent event;
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::ClientNoticeContactChanged);
        event.before = before;
        event.after = line;
        auto logged = m_audit.appendInTransaction(event);
        return logged ? Status(Ok {}) : Status(logged.error());
    });
}

} // namespace backoffice
