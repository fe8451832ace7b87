// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients lookup-phone ID`: what the client's carrier says about the phone on file.
#include "app/cli/ClientOutput.h"
#include "app/cli/VerificationCommands.h"

#include "core/clients/ClientRepository.h"
#include "core/lookup/PhoneLookupService.h"
#include "core/sms/NetworkBackend.h"

#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {

class LookupPhone final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LookupPhone)

    qint64 m_clientId = 0;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Ask the carrier about the client's phone number (Twilio Lookup): line type and carrier, a recent SIM "
               "swap, line status. Each lookup is billed by the provider, so an answer is reused for 24 hours."));
        parser.addPositionalArgument(u"id"_s, tr("the client's ID"));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        return readOneId(context, parser, tr("client ID"), m_clientId);
    }

    // A lookup is audited (it is billed and tells about the client), so the audit key is needed.
    Access access() const override { return Access::Write; }

    static QString fieldText(const LookupField& field, const QString& value)
    {
        if (!field.available)
            return field.errorCode.isEmpty() ? tr("not available on this account")
                                             : tr("not available on this account (error %1)").arg(field.errorCode);
        return value.isEmpty() ? tr("unknown") : value;
    }

    int run(CliContext& context) override
    {
        auto client = ClientRepository(*context.database()).find(m_clientId);
        if (!client)
            return context.fail(client.error());
        if (client->phone.isEmpty())
            return context.fail(ExitProblem, tr("client %1 has no phone number on file").arg(m_clientId));
        const std::unique_ptr<QNetworkAccessManager> manager = network().createManager();
        const PhoneLookupService service(*context.database(), context.secrets(), manager.get(), context.clock());
        PhoneLookupRequest request;
        request.e164 = client->phone;
        request.clientId = m_clientId;
        auto job = service.lookUp(context.actor, request);
        if (!job) {
            if (job.error().code == Error::Code::NotFound)
                return context.fail(ExitProblem, tr("no enabled SMS provider offers a carrier lookup (Twilio does)"));
            return context.fail(job.error());
        }
        const PhoneLookupOutcome outcome
            = awaitAnswer<PhoneLookupOutcome>([&](QObject* guard, auto done) { job.value()->then(guard, done); });
        if (!outcome.result)
            return context.fail(
                ExitProblem,
                tr("the lookup failed: %1").arg(outcome.error ? outcome.error->describe() : tr("no answer")));
        const PhoneLookupResult& result = *outcome.result;
        if (context.json) {
            QJsonObject json = result.toJson();
            json.insert(u"client_id"_s, m_clientId);
            json.insert(u"from_cache"_s, outcome.fromCache);
            ClientOutput::printSafeJson(context, QJsonDocument(json));
            return ExitOk;
        }
        const auto swapped = result.simSwappedWithin(context.clock().nowUtc());
        QString swap = !result.simSwap.field.available ? fieldText(result.simSwap.field, {})
            : !swapped                                 ? tr("unknown")
            : *swapped ? tr("SWAPPED within the last 7 days: the caller may not be the client")
                       : tr("no swap in the last 7 days");
        QTextStream& out = context.out;
        out << tr("Number:      %1 (%2)").arg(result.phoneNumber, result.valid ? tr("valid") : tr("not valid")) << '\n';
        out << tr("Line type:   %1").arg(fieldText(result.lineType.field, result.lineType.typeName)) << '\n';
        out << tr("Carrier:     %1")
                   .arg(fieldText(result.lineType.field, ClientOutput::safe(result.lineType.carrierName)))
            << '\n';
        out << tr("SIM swap:    %1").arg(swap) << '\n';
        out << tr("Line status: %1").arg(fieldText(result.lineStatus.field, result.lineStatus.status)) << '\n';
        out << tr("Looked up:   %1%2")
                   .arg(result.lookedUpAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                        outcome.fromCache ? tr(" (from the last 24 hours' lookup, not billed again)") : QString())
            << '\n';
        out.flush();
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeLookupPhoneCommand()
{
    return std::make_unique<LookupPhone>();
}

} // namespace backoffice::cli
