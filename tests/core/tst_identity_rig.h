// SPDX-License-Identifier: GPL-3.0-or-later
// The caller-verification tests' common setup: a real SQLite database, the real keychain, a real
// Twilio-speaking HTTP server behind the real SMS path (ProviderService, ProviderSmsChannel), a
// recording e-mail channel (the SMTP one is tested against a real server in tst_callerverification),
// and the services under test, TwoFactorService among them, on one manual clock.
#pragma once

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderService.h"
#include "core/storage/Database.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/ClientNotifier.h"
#include "core/verification/DisableRequestService.h"
#include "core/verification/IdentityVerificationService.h"
#include "core/verification/ProviderSmsChannel.h"
#include "tests/support/DisableRequests.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

namespace backoffice::test {

inline const Actor admin {QStringLiteral("alice"), Role::Admin};
inline const Actor support {QStringLiteral("sam"), Role::Support};
inline const Actor secondSupport {QStringLiteral("sue"), Role::Support};
inline const Actor viewer {QStringLiteral("vic"), Role::Viewer};

/// An EmailChannel that records what it was asked to send and answers `answer` from the event loop,
/// so a test can make e-mail fail at will.
class RecordingEmailChannel final : public EmailChannel
{
public:
    struct Sent
    {
        QString to;
        QString subject;
        QString body;
        MessageTag tag;
    };

    QList<Sent> sent;
    ChannelOutcome answer = ChannelOutcome::sent();

    void send(const QString& to, const QString& subject, const QString& body, const MessageTag& tag, QObject* context,
              Done done) override
    {
        sent.append({to, subject, body, tag});
        QMetaObject::invokeMethod(
            context, [done, outcome = answer] { done(outcome); }, Qt::QueuedConnection);
    }
};

struct IdentityRig
{
    TestDatabase database;
    ManualClock clock;
    AuditLog audit {database.db(), clock};
    FakeSmsServer server;
    QNetworkAccessManager network;
    KeychainSecretStore secrets {uniqueKeychainService()};
    ProviderSmsChannel sms {database.db(), secrets, &network, clock};
    RecordingEmailChannel email;
    IdentityVerificationService verification {
        database.db(), audit,  IdentityCodeHasher::keyForDatabase(database.db().databaseId()).value(),
        &sms,          &email, clock};
    TwoFactorService twoFactor {database.db(), audit, clock};
    DisableRequestService requests {database.db(), audit,
                                    [this](const Actor& actor, const FactorRemoval& removal) {
                                        return twoFactor.turnOffInTransaction(actor, removal);
                                    },
                                    clock};
    ClientNotifier notifier {database.db(), &sms, &email, clock};

    IdentityRig()
    {
        ProviderService providers(database.db(), secrets, &network, clock);
        ProviderConfig config = server.twilioProvider();
        config.timeoutMs = 5000;
        setUpProvider(providers, admin, config, server.twilioAuthToken);
    }

    /// The key the service is given: derived from the database's audit key (keyForDatabase).
    static QByteArray codeKey() { return IdentityCodeHasher::deriveKey(TestDatabase::testAuditKey()); }

    Client addClient(qint64 id, TwoFactorMethod method) const
    {
        Client client = makeClient(id, QStringLiteral("Jane"), QStringLiteral("Doe%1").arg(id), method);
        client.email = QStringLiteral("jane.doe%1@example.com").arg(id);
        return database.addClient(client);
    }
    Client reload(const Client& client) const { return ClientRepository(database.db()).find(client.id).value(); }

    Result<CodeSent> sendCode(const Actor& actor, const Client& client, VerificationChannel channel,
                              CarrierSignal carrier = {})
    {
        CodeRequest request;
        request.clientId = client.id;
        request.method = client.method;
        request.channel = channel;
        request.carrier = carrier;
        std::optional<Result<CodeSent>> outcome;
        QObject context;
        verification.sendCode(actor, request, &context, [&](Result<CodeSent> sent) { outcome = std::move(sent); });
        if (outcome)
            qFatal("sendCode reported inside the call");
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Error {Error::Code::Internal, {}, QStringLiteral("no answer")};
        return *outcome;
    }

    Result<CodeCheck> verifyCode(const Actor& actor, const Client& client, const QString& code) const
    {
        return verification.verifyCode(actor, client.id, client.method, code);
    }

    /// Sends a code, reads it as the client would and checks it back in; nullopt when any step fails.
    /// The code read is appended to `codes`.
    std::optional<CodeSent> sendAndVerify(const Client& client, VerificationChannel channel,
                                          QStringList* codes = nullptr)
    {
        auto sent = sendCode(support, client, channel);
        if (!sent)
            return std::nullopt;
        const QString code = lastCode(channel);
        if (codes)
            codes->append(code);
        auto check = verifyCode(support, client, code);
        if (!check || check->outcome != CodeCheck::Outcome::Verified)
            return std::nullopt;
        return sent.value();
    }

    /// Runs a statement behind the services' backs, as another program (or an attacker) would.
    bool sql(const QString& statement, const QVariantList& values) const
    {
        return database.db().exec(statement, values).ok();
    }

    /// The code in the last message the client got on `channel`, as the client would read it out.
    QString lastCode(VerificationChannel channel) const
    {
        QString text;
        if (channel == VerificationChannel::Email) {
            text = email.sent.isEmpty() ? QString() : email.sent.last().body;
        } else {
            for (const FakeSmsServer::Request& request : server.requests()) {
                if (request.method == "POST" && request.path.endsWith(QStringLiteral("/Messages.json")))
                    text = request.formValue(QStringLiteral("Body"));
            }
        }
        static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
        return sixDigits.match(text).captured(1);
    }

    /// A code that is not `code`.
    static QString otherThan(const QString& code)
    {
        return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
    }

    /// The disable with the verified code `challengeId`, for the client as the operator opened it.
    Result<Client> disableWithCode(const Actor& actor, const Client& opened, qint64 challengeId,
                                   const QString& reason = QStringLiteral("SUP-42 lost phone"))
    {
        DisableTwoFactorRequest request = disableRequestFor(opened, reason);
        request.verificationId = challengeId;
        return twoFactor.disable(actor, request);
    }

    /// A complete four-eyes request for the client as it is.
    static DisableRequestInput requestFor(const Client& client)
    {
        DisableRequestInput input;
        setClientAsSeen(input, client);
        input.reason = QStringLiteral("SUP-77 lost phone");
        input.identityChecked = QStringLiteral("passport seen at the branch");
        input.clientRequested = true;
        return input;
    }

    NoticeReport notify(const Actor& actor, const Client& before, const QString& ticket)
    {
        std::optional<NoticeReport> report;
        QObject context;
        notifier.notifyDisabled(actor, before, clock.nowUtc(), ticket, &context,
                                [&](NoticeReport r) { report = std::move(r); });
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 20000))
            qFatal("the notice never reported");
        return *report;
    }

    /// The client's audit actions, oldest first.
    QStringList actions(const Client& client) const
    {
        AuditFilter filter;
        filter.clientId = client.id;
        QStringList names;
        const QList<AuditEvent> events = audit.list(filter).value();
        for (const AuditEvent& event : events)
            names.prepend(event.action);
        return names;
    }
    QList<AuditEvent> events(const Client& client, const QString& action) const
    {
        AuditFilter filter;
        filter.clientId = client.id;
        filter.action = action;
        QList<AuditEvent> found = audit.list(filter).value();
        std::reverse(found.begin(), found.end());
        return found;
    }
};

} // namespace backoffice::test
