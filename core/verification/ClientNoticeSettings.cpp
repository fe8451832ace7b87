// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ClientNoticeSettings.h"

#include "core/audit/AuditLog.h"
#include "core/common/TextSafety.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
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
    auto value = m_database.scalar(u"SELECT value FROM database_info WHERE key = ?"_s, {key});
    const QString line = value ? value.value().toString().trimmed() : QString();
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
        auto written = m_database.exec(u"INSERT INTO database_info (key, value) VALUES (?, ?) "
                                       u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                       {key, line});
        if (!written)
            return written.error();
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
