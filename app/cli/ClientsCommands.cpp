// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients search|show|disable-2fa|import`: one class per action.
#include "app/cli/ClientOutput.h"
#include "app/cli/Command.h"
#include "app/cli/Commands.h"
#include "app/cli/VerificationCommands.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientImporter.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/PhoneNumber.h"
#include "core/secrets/SecretCipher.h"
#include "core/twofactor/TwoFactorService.h"
#include "core/verification/CallerVerification.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

using ClientOutput::safe;
using ClientOutput::utcText;

namespace {
struct ClientsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientsCommand)
};

QString usage()
{
    return ClientsCommand::tr("Usage: backoffice-cli clients COMMAND")
        + u"\n\n"
          u"  search TEXT [--method none|authenticator|sms] [--limit N] [--json]\n"
          u"  show ID [--json]\n"
          u"  verify-identity ID --via sms|email [--json]\n"
          u"  disable-2fa ID --client-requested --reason TEXT --verification-code CODE\n"
          u"  request-disable ID --client-requested --reason TEXT --identity-checked TEXT [--json]\n"
          u"  approvals list [--json]\n"
          u"  approve-disable REQUEST_ID\n"
          u"  reject-disable REQUEST_ID --reason TEXT\n"
          u"  lookup-phone ID [--json]\n"
          u"  reason-rule [--min-length N] [--ticket-pattern REGEX] [--json]\n"
          u"  import FILE.csv\n"_s;
}

/// Reads the client ID, the one positional argument of show and disable-2fa: ExitOk, or ExitUsage after saying
/// what is wrong.
int readClientId(CliContext& context, const QCommandLineParser& parser, qint64& id)
{
    return readOneId(context, parser, ClientsCommand::tr("client ID"), id);
}

class ClientsSearch final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClientsSearch)

    ClientQuery m_query;
    int m_limit = 20;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("Find clients by ID, name, e-mail or phone (a part is enough)."));
        parser.addPositionalArgument(u"text"_s, tr("what to search for"));
        parser.addOption(
            {u"method"_s, tr("only clients with this 2FA method: none, authenticator or sms"), u"method"_s});
        parser.addOption({u"limit"_s, tr("at most this many results (default 20)"), u"n"_s, u"20"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1)
            return context.fail(ExitUsage, tr("search takes one TEXT (quote it if it has spaces)"));
        m_query.text = positional.value(0);
        if (parser.isSet(u"method"_s)) {
            m_query.method = twoFactorMethodFromString(parser.value(u"method"_s));
            if (!m_query.method)
                return context.fail(
                    ExitUsage,
                    tr("invalid --method '%1': expected none, authenticator or sms").arg(parser.value(u"method"_s)));
        }
        bool ok = false;
        m_limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || m_limit <= 0 || m_limit > 100000)
            return context.fail(ExitUsage,
                                tr("invalid --limit '%1': expected 1 to 100000").arg(parser.value(u"limit"_s)));
        return ExitOk;
    }

    int run(CliContext& context) override
    {
        auto clients = ClientRepository(*context.database()).search(m_query, 0, m_limit);
        if (!clients)
            return context.fail(clients.error());
        if (context.json) {
            QJsonArray array;
            for (const Client& client : clients.value())
                array.append(ClientOutput::toJson(client));
            ClientOutput::printSafeJson(context, QJsonDocument(array));
        } else {
            for (const Client& client : clients.value()) {
                context.out << client.id << '\t' << safe(client.displayName()) << '\t' << safe(client.email) << '\t'
                            << safe(client.phone) << '\t' << safe(client.country) << '\t'
                            << twoFactorMethodToString(client.method) << '\t' << utcText(client.enabledAt) << '\n';
            }
            context.out.flush();
        }
        // Like grep: no match is exit status 1.
        return clients.value().isEmpty() ? ExitProblem : ExitOk;
    }
};

class ClientsShow final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClientsShow)

    qint64 m_id = 0;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("Show one client and its 2FA state."));
        parser.addPositionalArgument(u"id"_s, tr("the client's ID"));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        return readClientId(context, parser, m_id);
    }

    int run(CliContext& context) override
    {
        auto client = ClientRepository(*context.database()).find(m_id);
        if (!client)
            return context.fail(client.error());
        if (context.json) {
            ClientOutput::printSafeJson(context, QJsonDocument(ClientOutput::toJson(client.value())));
            return ExitOk;
        }
        print(context.out, client.value());
        return ExitOk;
    }

    static void print(QTextStream& out, const Client& c)
    {
        const QString indent = u"             "_s;
        const auto label = [](const QString& text) {
            return (text + u':').leftJustified(13);
        };
        out << label(tr("ID")) << c.id << '\n'
            << label(tr("Name")) << safe(c.displayName()) << '\n'
            << label(tr("E-mail")) << safe(c.email) << '\n'
            << label(tr("Phone")) << safe(c.phone) << '\n';
        if (const PhoneNumberInfo phone = PhoneNumber::inspect(c.phone);
            phone.problem == PhoneNumberInfo::Problem::Invalid)
            out << indent
                << tr("not a valid number for %1 according to the numbering plan")
                       .arg(phone.regionCode.isEmpty() ? u"?"_s : phone.regionCode)
                << '\n';
        out << label(tr("Country")) << safe(c.country) << '\n' << label(tr("Created")) << utcText(c.createdAt) << '\n';
        switch (c.method) {
        case TwoFactorMethod::None:
            out << label(tr("2FA"))
                << tr("none (only the client can turn it on, in the Security section of the client UI)") << '\n';
            break;
        case TwoFactorMethod::Authenticator:
            out << label(tr("2FA")) << tr("Google Authenticator, on since %1").arg(utcText(c.enabledAt)) << '\n';
            if (c.authenticator)
                out << indent
                    << tr("%1, %2 digits, %3 s")
                           .arg(c.authenticator->algorithm)
                           .arg(c.authenticator->digits)
                           .arg(c.authenticator->period)
                    << '\n';
            break;
        case TwoFactorMethod::Sms:
            out << label(tr("2FA"))
                << tr("SMS confirmation to %1, on since %2").arg(safe(c.phone), utcText(c.enabledAt)) << '\n';
            break;
        }
        out.flush();
    }
};

class ClientsDisableTwoFactor final : public VerificationCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientsDisableTwoFactor)

    DisableTwoFactorRequest m_request;
    QString m_code;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Turn a client's 2FA off, only at the client's explicit request and once the caller proved to be the "
               "client: first 'clients verify-identity ID --via sms|email', then this command with the code the "
               "client reads back. Without a code, file a four-eyes request instead (clients request-disable). The "
               "authenticator's secret is erased; the client turns 2FA on again in the client UI, and is told on "
               "every channel on file."));
        parser.addPositionalArgument(u"id"_s, tr("the client's ID"));
        parser.addOption(
            {u"reason"_s, tr("ticket reference (like SUP-1234) or a reason of 10 characters or more"), u"text"_s});
        parser.addOption({u"client-requested"_s, tr("confirms the client explicitly asked for this (required)")});
        parser.addOption(
            {u"verification-code"_s, tr("the six-digit code the client read back (from verify-identity)"), u"code"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (const int status = readClientId(context, parser, m_request.clientId); status != ExitOk)
            return status;
        // Checked here as well as by the service: without them there is no point asking for a password.
        if (!parser.isSet(u"client-requested"_s))
            return context.fail(
                ExitUsage, tr("--client-requested is required: disable 2FA only at the client's explicit request"));
        if (parser.value(u"reason"_s).trimmed().isEmpty())
            return context.fail(ExitUsage, tr("--reason is required: give a reason or ticket reference"));
        m_request.reason = parser.value(u"reason"_s).trimmed();
        m_request.clientRequested = true;
        // Without a code the service refuses, and the attempt is in the audit log.
        m_code = parser.value(u"verification-code"_s).trimmed();
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int runWith(CliContext& context, const CallerVerification& verification) override
    {
        // The service refuses a stale edit: the state this command acts on is the one it reads now.
        auto client = findClient(context, m_request.clientId);
        if (!client)
            return context.fail(client.error());
        const Client before = client.value();
        setClientAsSeen(m_request, before);
        const TwoFactorService& twoFactor = context.workspace()->twoFactor();
        if (m_request.method == TwoFactorMethod::None) {
            // Another desk may have been quicker: then say who, and when.
            if (auto already = twoFactor.whoDisabled(m_request.clientId))
                return context.fail(*already);
            return context.fail(ExitProblem,
                                tr("client %1 has no 2FA option on; nothing to disable").arg(m_request.clientId));
        }
        // Before the code is read back: a refused reason must not use up the client's verification.
        if (auto problem = twoFactor.reasonRule().problemWith(m_request.reason))
            return context.fail(*problem);
        if (!m_code.isEmpty()) {
            auto checked
                = verification.identity().verifyCode(context.actor, m_request.clientId, m_request.method, m_code);
            if (!checked)
                return context.fail(checked.error());
            if (checked->outcome != CodeCheck::Outcome::Verified) {
                // The code may be gone because another desk used it for this very disable.
                if (auto already = twoFactor.whoDisabled(m_request.clientId))
                    return context.fail(*already);
                return refuseUnverified(context, checked.value());
            }
            m_request.verificationId = checked->challengeId;
        }
        auto updated = twoFactor.disable(context.actor, m_request);
        if (!updated)
            return context.fail(updated.error());
        if (context.json) {
            ClientOutput::printSafeJson(context, QJsonDocument(ClientOutput::toJson(updated.value())));
        } else {
            context.out << tr("2FA (%1) disabled for client %2; recorded in the audit log.")
                               .arg(twoFactorMethodToString(m_request.method))
                               .arg(m_request.clientId)
                        << '\n';
            context.out.flush();
        }
        reportNotice(context, verification, before, m_request.reason);
        return ExitOk;
    }

    /// Says why the code was not accepted (the attempt is audited by the service).
    int refuseUnverified(CliContext& context, const CodeCheck& check)
    {
        switch (check.outcome) {
        case CodeCheck::Outcome::Verified:
            break;
        case CodeCheck::Outcome::Wrong:
            return context.fail(ExitProblem, tr("wrong code; %n attempt(s) left", nullptr, check.attemptsLeft));
        case CodeCheck::Outcome::Locked:
            return context.fail(ExitProblem,
                                tr("wrong code three times: this code is locked; send a new one (verify-identity)"));
        case CodeCheck::Outcome::Expired:
            return context.fail(ExitProblem, tr("the code's 10 minutes are over; send a new one (verify-identity)"));
        case CodeCheck::Outcome::NoOpenCode:
            break;
        }
        return context.fail(ExitProblem,
                            tr("no code is open for client %1: send one first with 'clients "
                               "verify-identity %1 --via sms|email'")
                                .arg(m_request.clientId));
    }
};

class ClientsImport final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClientsImport)

    QString m_path;
    QFile m_file;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Import clients from a CSV file (RFC 4180, UTF-8) with the header\n%1\nEvery row is checked; if any is "
               "invalid nothing is imported and every problem is listed.")
                .arg(ClientImporter::expectedHeader().join(u',')));
        parser.addPositionalArgument(u"file"_s, tr("the CSV file"));
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return context.fail(ExitUsage, tr("import takes one FILE.csv"));
        m_path = parser.positionalArguments().first();
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly))
            return context.fail(ExitUsage, tr("cannot read %1: %2").arg(safe(m_path), m_file.errorString()));
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        auto cipher = context.dataKey();
        if (!cipher)
            return context.fail(cipher.error());
        const Database& database = *context.database();
        const AuditLog audit(database, context.clock());
        const ClientImporter importer(database, audit, cipher.value(), context.clock());
        // Streamed: the file is never read into memory as a whole.
        auto outcome = importer.import(context.actor, m_file);
        if (!outcome)
            return context.fail(outcome.error());
        const ImportOutcome& result = outcome.value();
        const QString shownPath = safe(m_path);
        for (const ImportProblem& warning : result.warnings)
            context.err << shownPath << ": " << safe(warning.toString()) << '\n';
        if (result.warningCount > result.warnings.size())
            context.err << shownPath << ": "
                        << tr("... and %1 more phone numbers the numbering plan does not know")
                               .arg(result.warningCount - result.warnings.size())
                        << '\n';
        if (!result.ok()) {
            for (const ImportProblem& problem : result.problems)
                context.err << shownPath << ": " << safe(problem.toString()) << '\n';
            if (result.problemCount > result.problems.size())
                context.err << shownPath << ": "
                            << tr("... and %1 more problems").arg(result.problemCount - result.problems.size()) << '\n';
            context.err << shownPath << ": "
                        << tr("%1 problem(s) found; nothing was imported.").arg(result.problemCount) << '\n';
            context.err.flush();
            return ExitUsage;
        }
        context.err.flush();
        if (context.json)
            context.printJson(QJsonDocument(
                QJsonObject {{u"imported"_s, result.imported}, {u"phone_numbers_not_in_plan"_s, result.warningCount}}));
        else
            context.out << tr("Imported %1 clients from %2.").arg(result.imported).arg(shownPath) << '\n';
        context.out.flush();
        return ExitOk;
    }
};

const std::array actions {
    Action {"search", &make<ClientsSearch>},
    Action {"show", &make<ClientsShow>},
    Action {"disable-2fa", &make<ClientsDisableTwoFactor>},
    Action {"import", &make<ClientsImport>},
    Action {"verify-identity", &makeVerifyIdentityCommand},
    Action {"request-disable", &makeRequestDisableCommand},
    Action {"approvals", &makeApprovalsCommand},
    Action {"approve-disable", &makeApproveDisableCommand},
    Action {"reject-disable", &makeRejectDisableCommand},
    Action {"lookup-phone", &makeLookupPhoneCommand},
    Action {"reason-rule", &makeReasonRuleCommand},
};
} // namespace

int runClientsCommand(CliContext& context, const QStringList& arguments)
{
    return runActionGroup(context, arguments, actions, [&context](const QString& word) -> int {
        return usageOrUnknown(context, word, usage(),
                              ClientsCommand::tr("unknown clients command '%1' (search, show, "
                                                 "verify-identity, disable-2fa, request-disable, "
                                                 "approvals, approve-disable, reject-disable, "
                                                 "lookup-phone, reason-rule, import)")
                                  .arg(word));
    });
}

} // namespace backoffice::cli
