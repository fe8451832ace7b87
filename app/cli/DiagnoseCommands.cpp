// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli diagnose CLIENT_ID [--code CODE] [--test-sms] [--phone-lookup] [--timeout SECONDS] [--json]
#include "app/cli/CliErrorText.h"
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/clients/ClientRepository.h"
#include "core/diagnosis/Diagnoser.h"
#include "core/secrets/DataKeyService.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
class Diagnose final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Diagnose)

    qint64 m_clientId = 0;
    bool m_testSms = false;
    DiagnosisOptions m_options;

    QCommandLineOption m_code {u"code"_s, tr("a code the client reads from the authenticator app (never stored)"),
                               u"CODE"_s};
    QCommandLineOption m_testSmsOption {u"test-sms"_s, tr("also send a test SMS to the client's number and follow it")};
    QCommandLineOption m_phoneLookup {u"phone-lookup"_s,
                                      tr("also ask the carrier about the phone on file: line type, carrier, SIM swap "
                                         "(billed by the provider; reused for 24 hours)")};
    QCommandLineOption m_timeout {u"timeout"_s, tr("seconds each check may take (default: the provider's timeout)"),
                                  u"SECONDS"_s};
    QCommandLineOption m_follow {u"follow"_s, tr("seconds a test SMS is followed (default 60)"), u"SECONDS"_s};

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("Checks every possible reason why a client gets no 2FA codes and says what "
                                            "to do. Exit status: 0 all ok, 1 something is wrong or could not be "
                                            "checked, 2 bad input."));
        parser.addPositionalArgument(u"CLIENT_ID"_s, tr("the client to diagnose"));
        parser.addOptions({m_code, m_testSmsOption, m_phoneLookup, m_timeout, m_follow});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        // The parser takes arguments[0] (the group name) as the program name: what is left is ours.
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return context.fail(ExitUsage, tr("diagnose takes exactly one CLIENT_ID"));
        const auto id = positiveId(positional.first());
        if (!id)
            return context.fail(ExitUsage,
                                tr("invalid CLIENT_ID '%1': expected a positive number").arg(positional.first()));
        m_clientId = *id;
        m_testSms = parser.isSet(m_testSmsOption);
        m_options.phoneLookup = parser.isSet(m_phoneLookup);
        m_options.codeFromClient = parser.value(m_code).remove(u' ');
        for (const auto* option : {&m_timeout, &m_follow}) {
            if (!parser.isSet(*option))
                continue;
            bool valid = false;
            const int seconds = parser.value(*option).toInt(&valid);
            if (!valid || seconds < 1 || seconds > 600)
                return context.fail(ExitUsage,
                                    tr("invalid --%1 '%2': expected 1 to 600 seconds")
                                        .arg(option->names().first(), parser.value(*option)));
            (option == &m_timeout ? m_options.checkTimeoutMs : m_options.testSmsFollowMs) = seconds * 1000;
        }
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        const Database& database = *context.database();
        // The options name what to check for this client: its method decides which make sense.
        auto client = ClientRepository(database).find(m_clientId);
        if (!client) {
            if (client.error().code == Error::Code::NotFound)
                return context.fail(ExitUsage, tr("no client with ID %1").arg(m_clientId));
            return context.fail(client.error());
        }
        if (m_testSms) {
            if (client->method != TwoFactorMethod::Sms)
                return context.fail(ExitUsage,
                                    tr("--test-sms: client %1 does not use SMS confirmation").arg(m_clientId));
            m_options.testSmsTo = client->phone;
        }
        if (!m_options.codeFromClient.isEmpty() && client->method != TwoFactorMethod::Authenticator)
            return context.fail(ExitUsage, tr("--code: client %1 does not use Google Authenticator").arg(m_clientId));

        // The data key is needed only to read an authenticator secret; without it that check says why.
        std::optional<SecretCipher> cipher;
        QString cipherProblem;
        if (client->method == TwoFactorMethod::Authenticator) {
            auto loaded = DataKeyService(database, context.secrets()).loadBlocking();
            if (loaded)
                cipher = loaded.value();
            else
                cipherProblem = CliErrorText::describe(loaded.error());
        }

        Diagnoser diagnoser(context.workspace()->location(), context.secrets(), context.clock());
        auto diagnosis = diagnoser.runBlocking(context.actor, m_clientId, m_options, cipher, cipherProblem);
        if (!diagnosis)
            return context.fail(diagnosis.error());
        if (context.json)
            context.printJson(QJsonDocument(diagnosis->toJson()));
        else
            context.out << diagnosis->toPlainText() << Qt::flush;
        return diagnosis->allOk() ? ExitOk : ExitProblem;
    }
};
} // namespace

int runDiagnoseCommand(CliContext& context, const QStringList& arguments)
{
    return Diagnose().execute(context, arguments);
}

} // namespace backoffice::cli
