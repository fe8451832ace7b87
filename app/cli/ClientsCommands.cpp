// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli clients search|show|disable-2fa|import`.
#include "app/cli/Commands.h"
#include "app/cli/DataKeyLoading.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientImporter.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/PhoneNumber.h"
#include "core/common/TextSafety.h"
#include "core/secrets/SecretCipher.h"
#include "core/twofactor/TwoFactorService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
/// Stored text as it may reach a terminal: whatever the database holds (a row written by an older
/// version, or by hand), control and bidi characters come out as \uXXXX and cannot steer it.
QString safe(const QString& text)
{
    return TextSafety::escaped(text);
}

/// JSON with the same escapes: QJsonDocument escapes C0 controls inside strings but writes C1 and bidi
/// characters raw. Line by line, so the document's own line breaks stay.
void printSafeJson(CliContext& context, const QJsonDocument& document)
{
    QStringList lines = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).split(u'\n');
    for (QString& line : lines)
        line = safe(line);
    context.out << lines.join(u'\n');
    context.out.flush();
}

QString utcText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject clientJson(const Client& client)
{
    QJsonObject twofa {
        {u"method"_s, twoFactorMethodToString(client.method)},
        {u"enabled_at"_s,
         client.enabledAt.isValid() ? QJsonValue(utcText(client.enabledAt)) : QJsonValue(QJsonValue::Null)}};
    if (client.authenticator) {
        twofa.insert(u"algorithm"_s, client.authenticator->algorithm);
        twofa.insert(u"digits"_s, client.authenticator->digits);
        twofa.insert(u"period"_s, client.authenticator->period);
    }
    if (client.method == TwoFactorMethod::Sms)
        twofa.insert(u"phone"_s, client.phone);
    return {{u"id"_s, client.id},
            {u"first_name"_s, client.firstName},
            {u"last_name"_s, client.lastName},
            {u"email"_s, client.email},
            {u"phone"_s, client.phone},
            {u"country"_s, client.country},
            {u"created_at"_s, utcText(client.createdAt)},
            {u"row_version"_s, client.rowVersion},
            {u"twofa"_s, twofa}};
}

std::optional<qint64> parseId(CliContext& context, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.fail(ExitUsage, u"invalid client ID '%1': expected a positive whole number"_s.arg(text));
        return std::nullopt;
    }
    return id;
}

int search(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Find clients by ID, name, e-mail or phone (a part is enough)."_s);
    parser.addPositionalArgument(u"text"_s, u"what to search for"_s);
    parser.addOption({u"method"_s, u"only clients with this 2FA method: none, authenticator or sms"_s, u"method"_s});
    parser.addOption({u"limit"_s, u"at most this many results (default 20)"_s, u"n"_s, u"20"_s});
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return context.fail(ExitUsage, u"search takes one TEXT (quote it if it has spaces)"_s);

    ClientQuery query;
    query.text = positional.value(0);
    if (parser.isSet(u"method"_s)) {
        query.method = twoFactorMethodFromString(parser.value(u"method"_s));
        if (!query.method)
            return context.fail(
                ExitUsage,
                u"invalid --method '%1': expected none, authenticator or sms"_s.arg(parser.value(u"method"_s)));
    }
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0 || limit > 100000)
        return context.fail(ExitUsage, u"invalid --limit '%1': expected 1 to 100000"_s.arg(parser.value(u"limit"_s)));

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto clients = ClientRepository(*database).search(query, 0, limit);
    if (!clients)
        return context.fail(clients.error());
    if (context.json) {
        QJsonArray array;
        for (const Client& client : clients.value())
            array.append(clientJson(client));
        printSafeJson(context, QJsonDocument(array));
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

int show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show one client and its 2FA state."_s);
    parser.addPositionalArgument(u"id"_s, u"the client's ID"_s);
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, u"show takes one client ID"_s);
    const auto id = parseId(context, parser.positionalArguments().first());
    if (!id)
        return ExitUsage;
    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto client = ClientRepository(*database).find(*id);
    if (!client) {
        if (client.error().code == Error::Code::NotFound)
            return context.fail(ExitProblem, u"client %1 not found"_s.arg(*id));
        return context.fail(client.error());
    }
    const Client& c = client.value();
    if (context.json) {
        printSafeJson(context, QJsonDocument(clientJson(c)));
        return ExitOk;
    }
    QTextStream& out = context.out;
    out << "ID:          " << c.id << '\n'
        << "Name:        " << safe(c.displayName()) << '\n'
        << "E-mail:      " << safe(c.email) << '\n'
        << "Phone:       " << safe(c.phone) << '\n';
    if (const PhoneNumberInfo phone = PhoneNumber::inspect(c.phone); phone.problem == PhoneNumberInfo::Problem::Invalid)
        out << "             "
            << QCoreApplication::translate("clients", "not a valid number for %1 according to the numbering plan")
                   .arg(phone.regionCode.isEmpty() ? u"?"_s : phone.regionCode)
            << '\n';
    out << "Country:     " << safe(c.country) << '\n' << "Created:     " << utcText(c.createdAt) << '\n';
    switch (c.method) {
    case TwoFactorMethod::None:
        out << "2FA:         none (only the client can turn it on, in the Security section of the client UI)\n";
        break;
    case TwoFactorMethod::Authenticator:
        out << "2FA:         Google Authenticator, on since " << utcText(c.enabledAt) << '\n';
        if (c.authenticator)
            out << "             " << c.authenticator->algorithm << ", " << c.authenticator->digits << " digits, "
                << c.authenticator->period << " s\n";
        break;
    case TwoFactorMethod::Sms:
        out << "2FA:         SMS confirmation to " << safe(c.phone) << ", on since " << utcText(c.enabledAt) << '\n';
        break;
    }
    out.flush();
    return ExitOk;
}

int disableTwoFactor(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Turn a client's 2FA off, only at the client's explicit request. The authenticator's secret is erased; "
        u"the client turns 2FA on again in the client UI."_s);
    parser.addPositionalArgument(u"id"_s, u"the client's ID"_s);
    parser.addOption({u"reason"_s, u"reason or ticket reference (required)"_s, u"text"_s});
    parser.addOption({u"client-requested"_s, u"confirms the client explicitly asked for this (required)"_s});
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, u"disable-2fa takes one client ID"_s);
    const auto id = parseId(context, parser.positionalArguments().first());
    if (!id)
        return ExitUsage;
    if (!parser.isSet(u"client-requested"_s))
        return context.fail(ExitUsage,
                            u"--client-requested is required: disable 2FA only at the client's explicit "
                            u"request"_s);
    if (parser.value(u"reason"_s).trimmed().isEmpty())
        return context.fail(ExitUsage, u"--reason is required: give a reason or ticket reference"_s);

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto client = ClientRepository(*database).find(*id);
    if (!client) {
        if (client.error().code == Error::Code::NotFound)
            return context.fail(ExitProblem, u"client %1 not found"_s.arg(*id));
        return context.fail(client.error());
    }
    if (client.value().method == TwoFactorMethod::None)
        return context.fail(ExitProblem, u"client %1 has no 2FA option on; nothing to disable"_s.arg(*id));

    const AuditLog audit(*database, context.clock());
    const TwoFactorService service(*database, audit, context.clock());
    DisableTwoFactorRequest request;
    request.clientId = *id;
    request.method = client.value().method;
    request.expectedRowVersion = client.value().rowVersion;
    request.reason = parser.value(u"reason"_s).trimmed();
    request.clientRequested = true;
    auto updated = service.disable(context.actor, request);
    if (!updated)
        return context.fail(updated.error());
    if (context.json) {
        printSafeJson(context, QJsonDocument(clientJson(updated.value())));
    } else {
        context.out << "2FA (" << twoFactorMethodToString(request.method) << ") disabled for client " << *id
                    << "; recorded in the audit log.\n";
        context.out.flush();
    }
    return ExitOk;
}

int import(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("clients",
                                    "Import clients from a CSV file (RFC 4180, UTF-8) with the header\n%1\nEvery row "
                                    "is checked; if any is invalid nothing is imported and every problem is listed.")
            .arg(ClientImporter::expectedHeader().join(u',')));
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("clients", "the CSV file"));
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, u"import takes one FILE.csv"_s);
    const QString path = parser.positionalArguments().first();
    const QString shownPath = safe(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitUsage, u"cannot read %1: %2"_s.arg(shownPath, file.errorString()));

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto cipher = loadDataKey(context, *database);
    if (!cipher)
        return context.fail(cipher.error());
    const AuditLog audit(*database, context.clock());
    const ClientImporter importer(*database, audit, cipher.value(), context.clock());
    // Streamed: the file is never read into memory as a whole.
    auto outcome = importer.import(context.actor, file);
    if (!outcome)
        return context.fail(outcome.error());
    const ImportOutcome& result = outcome.value();
    for (const ImportProblem& warning : result.warnings)
        context.err << shownPath << ": " << safe(warning.toString()) << '\n';
    if (result.warningCount > result.warnings.size())
        context.err << shownPath << ": "
                    << QCoreApplication::translate("clients",
                                                   "... and %1 more phone numbers the numbering plan does not know")
                           .arg(result.warningCount - result.warnings.size())
                    << '\n';
    if (!result.ok()) {
        for (const ImportProblem& problem : result.problems)
            context.err << shownPath << ": " << safe(problem.toString()) << '\n';
        if (result.problemCount > result.problems.size())
            context.err << shownPath << ": "
                        << QCoreApplication::translate("clients", "... and %1 more problems")
                               .arg(result.problemCount - result.problems.size())
                        << '\n';
        context.err << shownPath << ": " << result.problemCount << " problem(s) found; nothing was imported.\n";
        context.err.flush();
        return ExitUsage;
    }
    context.err.flush();
    if (context.json)
        context.printJson(QJsonDocument(
            QJsonObject {{u"imported"_s, result.imported}, {u"phone_numbers_not_in_plan"_s, result.warningCount}}));
    else
        context.out << "Imported " << result.imported << " clients from " << shownPath << ".\n";
    context.out.flush();
    return ExitOk;
}
} // namespace

int runClientsCommand(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = QStringList {u"clients "_s + sub} + arguments.mid(2);
    if (sub == u"search")
        return search(context, rest);
    if (sub == u"show")
        return show(context, rest);
    if (sub == u"disable-2fa")
        return disableTwoFactor(context, rest);
    if (sub == u"import")
        return import(context, rest);
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        QTextStream& stream = sub.isEmpty() ? context.err : context.out;
        stream << "Usage: backoffice-cli clients COMMAND\n\n"
                  "  search TEXT [--method none|authenticator|sms] [--limit N] [--json]\n"
                  "  show ID [--json]\n"
                  "  disable-2fa ID --reason TEXT --client-requested\n"
                  "  import FILE.csv\n";
        stream.flush();
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return context.fail(ExitUsage, u"unknown clients command '%1' (search, show, disable-2fa, import)"_s.arg(sub));
}

} // namespace backoffice::cli
