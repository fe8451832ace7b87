// SPDX-License-Identifier: GPL-3.0-or-later
// An identity code sent to a client as `clients verify-identity --via email` sends it, caught in an
// inbox in this process: for the tests that then disable through the CLI with the code the client
// reads back (the parallel desks, db copy), where the SMTP round trip is not what is tested.
#pragma once

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/verification/ClientChannels.h"
#include "core/verification/IdentityCode.h"
#include "core/verification/IdentityVerificationService.h"

#include <QRegularExpression>
#include <QTest>

namespace backoffice::test {

/// Keeps the body of the last e-mail, as the client's inbox would.
class CodeInbox final : public EmailChannel
{
public:
    QString lastBody;
    void send(const QString&, const QString&, const QString& body, const MessageTag&, QObject* context,
              Done done) override
    {
        lastBody = body;
        QMetaObject::invokeMethod(
            context, [done] { done(ChannelOutcome::sent()); }, Qt::QueuedConnection);
    }
};

/// Sends `client` (it needs an e-mail address on file) a code by e-mail and returns it.
inline QString identityCodeFor(const Database& database, const Client& client)
{
    const AuditLog audit(database);
    CodeInbox inbox;
    const IdentityVerificationService verification(
        database, audit, IdentityCodeHasher::keyForDatabase(database.databaseId()).value(), nullptr, &inbox);
    CodeRequest request;
    request.clientId = client.id;
    request.method = client.method;
    request.channel = VerificationChannel::Email;
    std::optional<Result<CodeSent>> sent;
    QObject context;
    verification.sendCode({QStringLiteral("ada"), Role::Admin}, request, &context,
                          [&](Result<CodeSent> done) { sent = done; });
    if (!QTest::qWaitFor([&] { return sent.has_value(); }, 15000) || !sent->ok())
        qFatal("no identity code sent to client %lld", client.id);
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    return sixDigits.match(inbox.lastBody).captured(1);
}

} // namespace backoffice::test
