// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli diagnose CLIENT_ID [--code CODE] [--test-sms] [--timeout SECONDS] [--json]
#include "app/cli/Commands.h"

#include "core/clients/ClientRepository.h"
#include "core/diagnosis/Diagnoser.h"
#include "core/secrets/DataKeyService.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

int runDiagnoseCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks every possible reason why a client gets no 2FA codes and says what "
                                     u"to do. Exit status: 0 all ok, 1 something is wrong or could not be checked, "
                                     u"2 bad input."_s);
    parser.addPositionalArgument(u"CLIENT_ID"_s, u"the client to diagnose"_s);
    const QCommandLineOption code(u"code"_s, u"a code the client reads from the authenticator app (never stored)"_s,
                                  u"CODE"_s);
    const QCommandLineOption testSms(u"test-sms"_s, u"also send a test SMS to the client's number and follow it"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"seconds each check may take (default: the provider's timeout)"_s,
                                     u"SECONDS"_s);
    const QCommandLineOption follow(u"follow"_s, u"seconds a test SMS is followed (default 60)"_s, u"SECONDS"_s);
    parser.addOptions({code, testSms, timeout, follow});
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;

    // The parser takes arguments[0] (the group name) as the program name: what is left is ours.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(ExitUsage, u"diagnose takes exactly one CLIENT_ID"_s);
    bool isNumber = false;
    const qint64 clientId = positional.first().toLongLong(&isNumber);
    if (!isNumber || clientId <= 0)
        return context.fail(ExitUsage, u"invalid CLIENT_ID '%1': expected a positive number"_s.arg(positional.first()));

    DiagnosisOptions options;
    options.codeFromClient = parser.value(code).remove(u' ');
    if (parser.isSet(timeout) || parser.isSet(follow)) {
        for (const auto* option : {&timeout, &follow}) {
            if (!parser.isSet(*option))
                continue;
            bool valid = false;
            const int seconds = parser.value(*option).toInt(&valid);
            if (!valid || seconds < 1 || seconds > 600)
                return context.fail(ExitUsage,
                                    u"invalid --%1 '%2': expected 1 to 600 seconds"_s.arg(option->names().first(),
                                                                                          parser.value(*option)));
            (option == &timeout ? options.checkTimeoutMs : options.testSmsFollowMs) = seconds * 1000;
        }
    }

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto client = ClientRepository(*database).find(clientId);
    if (!client) {
        if (client.error().code == Error::Code::NotFound)
            return context.fail(ExitUsage, u"no client with ID %1"_s.arg(clientId));
        return context.fail(client.error());
    }
    if (parser.isSet(testSms)) {
        if (client->method != TwoFactorMethod::Sms)
            return context.fail(ExitUsage, u"--test-sms: client %1 does not use SMS confirmation"_s.arg(clientId));
        options.testSmsTo = client->phone;
    }
    if (!options.codeFromClient.isEmpty() && client->method != TwoFactorMethod::Authenticator)
        return context.fail(ExitUsage, u"--code: client %1 does not use Google Authenticator"_s.arg(clientId));

    // The data key is needed only to read an authenticator secret; without it that check says why.
    std::optional<SecretCipher> cipher;
    QString cipherProblem;
    if (client->method == TwoFactorMethod::Authenticator) {
        auto loaded = DataKeyService(*database, context.secrets()).loadBlocking();
        if (loaded)
            cipher = loaded.value();
        else
            cipherProblem = loaded.error().toString();
    }

    Diagnoser diagnoser(context.workspace()->location(), context.secrets(), context.clock());
    auto diagnosis = diagnoser.runBlocking(context.actor, clientId, options, cipher, cipherProblem);
    if (!diagnosis)
        return context.fail(diagnosis.error());
    if (context.json)
        context.printJson(QJsonDocument(diagnosis->toJson()));
    else
        context.out << diagnosis->toPlainText() << Qt::flush;
    return diagnosis->allOk() ? ExitOk : ExitProblem;
}

} // namespace backoffice::cli
