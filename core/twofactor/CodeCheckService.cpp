// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/twofactor/CodeCheckService.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"
#include "core/twofactor/Base32.h"
#include "core/twofactor/TotpGenerator.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// Overwrites key material before its memory is released.
void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

CodeCheckService::CodeCheckService(const Database& database, const AuditLog& audit, Result<SecretCipher> cipher,
                                   const Clock& clock)
    : m_database(database), m_audit(audit), m_cipher(std::move(cipher)), m_clock(clock)
{
}

Status CodeCheckService::available() const
{
    if (!m_cipher)
        return m_cipher.error();
    return Ok {};
}

Result<CodeCheckAllowance> CodeCheckService::allowance(qint64 clientId) const
{
    const QDateTime now = m_clock.nowUtc();
    AuditFilter filter;
    filter.clientId = clientId;
    filter.action = QString::fromLatin1(AuditAction::CodeChecked);
    // A check counts for exactly WindowSeconds: at resetsAt it no longer does (`from` is inclusive).
    filter.from = now.addMSecs(-WindowSeconds * 1000 + 1);
    auto used = m_audit.count(filter);
    if (!used)
        return used.error();
    // Newest first: the MaxChecks-th newest is the one whose expiry frees the next check.
    auto recent = m_audit.list(filter, 0, MaxChecks);
    if (!recent)
        return recent.error();

    CodeCheckAllowance allowance;
    allowance.limit = MaxChecks;
    allowance.used = int(std::min<qint64>(used.value(), MaxChecks));
    allowance.remaining = MaxChecks - allowance.used;
    if (!recent.value().isEmpty())
        allowance.resetsAt = recent.value().constLast().at.addSecs(WindowSeconds);
    return allowance;
}

Result<CodeCheckResult> CodeCheckService::check(const Actor& actor, qint64 clientId, const QString& code,
                                                std::optional<qint64> codeTimeUnix) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::CheckCode, clientId); !allowed)
        return allowed.error();
    // People read codes out in groups ("123 456"); anything else but digits is refused below.
    QString typed = code;
    typed.remove(u' ');
    if (const Status shape = DriftFinder::validateCode(typed, typed.size()); !shape)
        return shape.error();

    auto client = ClientRepository(m_database).find(clientId);
    if (!client)
        return client.error();
    if (client->method != TwoFactorMethod::Authenticator || !client->authenticator
        || client->authenticator->sealedSecret.isEmpty())
        return Error::invalid(u"method"_s, u"client %1 has no authenticator"_s.arg(clientId));
    auto parameters = TotpParameters::from(client->authenticator->algorithm, client->authenticator->digits,
                                           client->authenticator->period);
    if (!parameters)
        return Error {Error::Code::Internal, {}, u"stored authenticator settings are invalid"_s};
    if (const Status digits = DriftFinder::validateCode(typed, parameters->digits); !digits)
        return digits.error();
    if (!m_cipher)
        return m_cipher.error();

    CodeCheckResult result;
    result.parameters = parameters.value();
    const Status done = m_database.writeTransaction([&]() -> Status {
        // Counted inside the write transaction so two operators cannot both take the last check.
        auto before = allowance(clientId);
        if (!before)
            return before.error();
        if (before->exhausted())
            return Error {Error::Code::RateLimited, u"client"_s, before->resetsAt.toString(Qt::ISODate)};

        auto base32 = TotpSecretSealing::open(m_cipher.value(), clientId, client->authenticator->sealedSecret);
        if (!base32)
            return base32.error();
        auto secret = Base32::decodeSecret(base32.value());
        if (!secret)
            return Error {Error::Code::Internal, {}, u"the stored secret is not valid base32"_s};
        const QDateTime now = m_clock.nowUtc();
        auto match = DriftFinder::find(secret.value(), parameters.value(),
                                       codeTimeUnix.value_or(now.toSecsSinceEpoch()), typed);
        wipe(secret.value());
        if (!match)
            return match.error();
        result.match = match.value();

        AuditEvent event;
        event.at = now;
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::CodeChecked);
        event.clientId = clientId;
        event.after = driftKindToString(result.match.kind);
        // Outcome and offset only: the code itself is never recorded.
        event.details = {{u"outcome"_s, driftKindToString(result.match.kind)},
                         {u"offset_steps"_s, result.match.offsetSteps},
                         {u"offset_seconds"_s, double(result.match.offsetSeconds)},
                         {u"period"_s, parameters->period}};
        if (codeTimeUnix)
            event.details.insert(u"code_time"_s,
                                 QDateTime::fromSecsSinceEpoch(*codeTimeUnix, Qt::UTC).toString(Qt::ISODate));
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();

        auto after = allowance(clientId);
        if (!after)
            return after.error();
        result.allowance = after.value();
        return Ok {};
    });
    if (!done)
        return done.error();
    qCInfo(lcTwoFactor) << "code check for client" << clientId << "by" << actor.userName << "->"
                        << driftKindToString(result.match.kind) << result.match.offsetSteps << "steps";
    return result;
}

} // namespace backoffice
