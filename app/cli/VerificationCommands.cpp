// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients verify-identity|request-disable|approvals|approve-disable|reject-disable|
// lookup-phone`: proving the caller is the client before a second factor goes, and the four-eyes way.
#include "app/cli/VerificationCommands.h"

#include "app/cli/ClientOutput.h"
#include "core/clients/ClientRepository.h"
#include "core/sms/NetworkBackend.h"
#include "core/verification/CallerVerification.h"
#include "core/verification/VerificationRefusal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

using ClientOutput::safe;
using ClientOutput::utcText;

namespace {

QJsonObject toJson(const CodeSent& sent)
{
    return {{u"challenge_id"_s, sent.challengeId},
            {u"channel"_s, verificationChannelToString(sent.channel)},
            {u"destination"_s, sent.maskedDestination},
            {u"expires_at"_s, utcText(sent.expiresAt)},
            {u"attempts_left"_s, sent.attemptsLeft},
            {u"sends_left"_s, sent.sendsLeft},
            {u"delivery_uncertain"_s, sent.deliveryUncertain}};
}

QJsonObject toJson(const DisableRequest& request)
{
    QJsonObject json {{u"request_id"_s, request.id},
                      {u"client_id"_s, request.clientId},
                      {u"method"_s, twoFactorMethodToString(request.method)},
                      {u"state"_s, disableRequestStateToString(request.state)},
                      {u"reason"_s, request.reason},
                      {u"identity_checked"_s, request.identityCheck},
                      {u"requested_by"_s, request.requestedBy},
                      {u"requested_at"_s, utcText(request.requestedAt)},
                      {u"expires_at"_s, utcText(request.expiresAt)}};
    if (!request.decidedBy.isEmpty()) {
        json.insert(u"decided_by"_s, request.decidedBy);
        json.insert(u"decided_at"_s, utcText(request.decidedAt));
    }
    if (!request.decisionReason.isEmpty())
        json.insert(u"decision_reason"_s, request.decisionReason);
    return json;
}

QString channelName(VerificationChannel channel)
{
    return channel == VerificationChannel::Sms ? VerificationCommand::tr("SMS") : VerificationCommand::tr("e-mail");
}

} // namespace

int readOneId(CliContext& context, const QCommandLineParser& parser, const QString& what, qint64& id)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, VerificationCommand::tr("this command takes one %1").arg(what));
    const auto read = positiveId(parser.positionalArguments().first());
    if (!read)
        return context.fail(ExitUsage,
                            VerificationCommand::tr("invalid %1 '%2': expected a positive whole number")
                                .arg(what, safe(parser.positionalArguments().first())));
    id = *read;
    return ExitOk;
}

int VerificationCommand::run(CliContext& context)
{
    const std::unique_ptr<QNetworkAccessManager> manager = network().createManager();
    auto verification = CallerVerification::create(*context.workspace(), context.secrets(), manager.get(),
                                                   CliMail::options(), context.clock());
    if (!verification)
        return context.fail(verification.error());
    return runWith(context, *verification.value());
}

Result<Client> VerificationCommand::findClient(CliContext& context, qint64 id)
{
    return ClientRepository(*context.database()).find(id);
}

void VerificationCommand::reportNotice(CliContext& context, const CallerVerification& verification,
                                       const Client& before, const QString& ticket)
{
    std::optional<NoticeReport> report;
    QEventLoop loop;
    verification.notifier().notifyDisabled(context.actor, before, context.clock().nowUtc(), ticket, &loop,
                                           [&](NoticeReport done) {
                                               report = std::move(done);
                                               loop.quit();
                                           });
    if (!report)
        loop.exec();
    if (report->deliveries.isEmpty()) {
        context.err << tr("warning: the client has no phone number or e-mail address on file; no notice was sent")
                    << '\n';
    }
    for (const NoticeDelivery& delivery : report->deliveries) {
        if (delivery.outcome.delivery == ChannelOutcome::Delivery::Failed)
            context.err << tr("warning: the notice to the client by %1 (%2) failed: %3; the disable stands")
                               .arg(channelName(delivery.channel), delivery.maskedDestination,
                                    safe(delivery.outcome.failure))
                        << '\n';
        else
            context.err
                << tr("The client was told by %1 (%2).").arg(channelName(delivery.channel), delivery.maskedDestination)
                << '\n';
    }
    context.err.flush();
}

namespace {

class VerifyIdentity final : public VerificationCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyIdentity)

    qint64 m_clientId = 0;
    VerificationChannel m_channel = VerificationChannel::Email;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Send the client a one-time code on a channel they already control, before a 2FA option is "
               "disabled: the client reads it back, and disable-2fa --verification-code takes it. Removing Google "
               "Authenticator: SMS or e-mail; removing SMS confirmation: e-mail only. Valid 10 minutes, 3 attempts."));
        parser.addPositionalArgument(u"id"_s, tr("the client's ID"));
        parser.addOption({u"via"_s, tr("where the code goes: sms or email"), u"channel"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (const int status = readOneId(context, parser, tr("client ID"), m_clientId); status != ExitOk)
            return status;
        const auto channel = verificationChannelFromString(parser.value(u"via"_s));
        if (!channel)
            return context.fail(ExitUsage, tr("--via is required: sms or email"));
        m_channel = *channel;
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const CallerVerification& verification) override
    {
        auto client = findClient(context, m_clientId);
        if (!client)
            return context.fail(client.error());
        CodeRequest request;
        request.clientId = m_clientId;
        request.method = client->method;
        request.channel = m_channel;
        auto sent = awaitAnswer<Result<CodeSent>>(
            [&](QObject* guard, auto done) { verification.sendCode(context.actor, request, guard, done); });
        if (!sent)
            return context.fail(sent.error());
        if (context.json) {
            context.printJson(QJsonDocument(toJson(sent.value())));
            return ExitOk;
        }
        context.out << tr("Code sent by %1 to %2. Ask the client to read it back; valid until %3, %n attempt(s).",
                          nullptr, sent->attemptsLeft)
                           .arg(channelName(sent->channel), sent->maskedDestination,
                                sent->expiresAt.toUTC().toString(u"HH:mm 'UTC'"_s))
                    << '\n';
        if (sent->deliveryUncertain)
            context.out << tr("The provider's answer did not arrive whole: the code may or may not have arrived.")
                        << '\n';
        context.out.flush();
        return ExitOk;
    }
};

class RequestDisable final : public VerificationCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestDisable)

    DisableRequestInput m_input;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("File a four-eyes request to disable a client's 2FA when the caller could not read back a code: say "
               "how their identity was checked; a second operator approves it (approve-disable) and only then is "
               "the option turned off. Expires after 24 hours."));
        parser.addPositionalArgument(u"id"_s, tr("the client's ID"));
        parser.addOption({u"reason"_s, tr("reason or ticket reference (required)"), u"text"_s});
        parser.addOption({u"identity-checked"_s,
                          tr("how the caller's identity was checked, e.g. \"passport seen at the branch\" (required)"),
                          u"text"_s});
        parser.addOption({u"client-requested"_s, tr("confirms the client explicitly asked for this (required)")});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (const int status = readOneId(context, parser, tr("client ID"), m_input.clientId); status != ExitOk)
            return status;
        if (!parser.isSet(u"client-requested"_s))
            return context.fail(
                ExitUsage, tr("--client-requested is required: disable 2FA only at the client's explicit request"));
        if (parser.value(u"identity-checked"_s).trimmed().isEmpty())
            return context.fail(ExitUsage,
                                tr("--identity-checked is required: say how the caller's identity was "
                                   "checked"));
        m_input.reason = parser.value(u"reason"_s).trimmed();
        m_input.identityChecked = parser.value(u"identity-checked"_s).trimmed();
        m_input.clientRequested = true;
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const CallerVerification& verification) override
    {
        auto client = findClient(context, m_input.clientId);
        if (!client)
            return context.fail(client.error());
        setClientAsSeen(m_input, client.value());
        auto filed = verification.requests().request(context.actor, m_input);
        if (!filed)
            return context.fail(filed.error());
        if (context.json) {
            context.printJson(QJsonDocument(toJson(filed.value())));
            return ExitOk;
        }
        context.out << tr("Request %1 filed: a second operator must approve it with 'clients approve-disable %1' "
                          "before %2.")
                           .arg(filed->id)
                           .arg(filed->expiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                    << '\n';
        context.out.flush();
        return ExitOk;
    }
};

class Approvals final : public VerificationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Approvals)

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("List the disable requests waiting for a second operator's approval."));
        parser.addPositionalArgument(u"list"_s, tr("list the pending requests"));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.positionalArguments() != QStringList {u"list"_s})
            return context.fail(ExitUsage, tr("usage: clients approvals list"));
        return ExitOk;
    }

    int runWith(CliContext& context, const CallerVerification& verification) override
    {
        auto pending = verification.requests().pending(context.actor);
        if (!pending)
            return context.fail(pending.error());
        if (context.json) {
            QJsonArray list;
            for (const DisableRequest& request : pending.value())
                list.append(toJson(request));
            ClientOutput::printSafeJson(context, QJsonDocument(list));
            return ExitOk;
        }
        if (pending->isEmpty())
            context.out << tr("No disable requests are waiting for approval.") << '\n';
        for (const DisableRequest& request : pending.value())
            context.out << tr("%1  client %2  %3  by %4 at %5  reason: %6  identity: %7")
                               .arg(request.id)
                               .arg(request.clientId)
                               .arg(twoFactorMethodToString(request.method), request.requestedBy,
                                    request.requestedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                                    safe(request.reason), safe(request.identityCheck))
                        << '\n';
        context.out.flush();
        return ExitOk;
    }
};

class ApproveDisable final : public VerificationCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApproveDisable)

    qint64 m_requestId = 0;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Approve another operator's disable request: the 2FA option is turned off now and the client is told."));
        parser.addPositionalArgument(u"request-id"_s, tr("the request's ID (clients approvals list)"));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        return readOneId(context, parser, tr("request ID"), m_requestId);
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const CallerVerification& verification) override
    {
        auto approved = verification.requests().approve(context.actor, m_requestId);
        if (!approved)
            return context.fail(approved.error());
        if (context.json)
            context.printJson(QJsonDocument(toJson(approved->request)));
        else
            context.out << tr("Request %1 approved: 2FA (%2) disabled for client %3; recorded in the audit log.")
                               .arg(m_requestId)
                               .arg(twoFactorMethodToString(approved->request.method))
                               .arg(approved->request.clientId)
                        << '\n';
        context.out.flush();
        reportNotice(context, verification, approved->before, approved->request.reason);
        return ExitOk;
    }
};

class RejectDisable final : public VerificationCommand
{
    Q_DECLARE_TR_FUNCTIONS(RejectDisable)

    qint64 m_requestId = 0;
    QString m_reason;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("Reject (or, as its requester, withdraw) a disable request."));
        parser.addPositionalArgument(u"request-id"_s, tr("the request's ID (clients approvals list)"));
        parser.addOption({u"reason"_s, tr("why it is rejected (required)"), u"text"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (const int status = readOneId(context, parser, tr("request ID"), m_requestId); status != ExitOk)
            return status;
        m_reason = parser.value(u"reason"_s).trimmed();
        if (m_reason.isEmpty())
            return context.fail(ExitUsage, tr("--reason is required: say why the request is rejected"));
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const CallerVerification& verification) override
    {
        auto rejected = verification.requests().reject(context.actor, m_requestId, m_reason);
        if (!rejected)
            return context.fail(rejected.error());
        if (context.json)
            context.printJson(QJsonDocument(toJson(rejected.value())));
        else
            context.out << tr("Request %1 rejected; the client's 2FA is unchanged.").arg(m_requestId) << '\n';
        context.out.flush();
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyIdentityCommand()
{
    return std::make_unique<VerifyIdentity>();
}
std::unique_ptr<Command> makeRequestDisableCommand()
{
    return std::make_unique<RequestDisable>();
}
std::unique_ptr<Command> makeApprovalsCommand()
{
    return std::make_unique<Approvals>();
}
std::unique_ptr<Command> makeApproveDisableCommand()
{
    return std::make_unique<ApproveDisable>();
}
std::unique_ptr<Command> makeRejectDisableCommand()
{
    return std::make_unique<RejectDisable>();
}

} // namespace backoffice::cli
