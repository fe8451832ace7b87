// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include "app/cli/Commands.h"
#include "core/operators/OsUser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

CliContext::CliContext() : out(stdout), err(stderr), m_secrets(std::make_unique<KeychainSecretStore>()) { }

const Database* CliContext::database()
{
    if (m_workspace)
        return &m_workspace->database();
    DatabaseLocation location = DatabaseLocation::defaultLocation();
    if (!databaseArgument.isEmpty()) {
        auto parsed = DatabaseLocation::parse(databaseArgument);
        if (!parsed) {
            fail(parsed.error());
            return nullptr;
        }
        location = parsed.value();
    }
    auto opened = Workspace::open(location, clock());
    if (!opened) {
        fail(ExitUsage, u"cannot use the database %1: %2"_s.arg(location.displayName(), opened.error().toString()));
        return nullptr;
    }
    if (const Status keyed = opened.value()->loadAuditKey(*m_secrets, osUserName(), candidateAuditKey); !keyed) {
        fail(keyed.error());
        return nullptr;
    }
    m_workspace = std::move(opened.value());
    if (resolveActor(*this) != ExitOk) {
        m_workspace.reset();
        return nullptr;
    }
    return &m_workspace->database();
}

int CliContext::fail(int code, const QString& message)
{
    err << "backoffice-cli: " << message << Qt::endl;
    return code;
}

int CliContext::fail(const Error& error)
{
    QString message = error.toString();
    if (error.code == Error::Code::InvalidInput && !error.field.isEmpty() && !error.detail.isEmpty())
        message = u"invalid %1: %2"_s.arg(error.field, error.detail);
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::PermissionDenied:
        return fail(ExitUsage, message);
    default:
        return fail(ExitProblem, message);
    }
}

void CliContext::printJson(const QJsonDocument& document)
{
    out << document.toJson(QJsonDocument::Indented);
    out.flush();
}

bool CliContext::asksForHelp(const QStringList& arguments)
{
    const qsizetype end = arguments.indexOf(u"--"_s);
    const QStringList options = end < 0 ? arguments : arguments.first(end);
    return options.contains(u"--help"_s) || options.contains(u"-h"_s);
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    // --help anywhere before `--` is help, even where it would be taken as an option's value
    // (`audit export --csv --help` must not write a file called --help): only help is printed.
    if (asksForHelp(arguments)) {
        (void)parser.parse({arguments.value(0), u"--help"_s});
        out << parser.helpText();
        out.flush();
        return false;
    }
    if (!parser.parse(arguments)) {
        fail(ExitUsage, parser.errorText());
        err << parser.helpText();
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        out.flush();
        return false;
    }
    return true;
}

} // namespace backoffice::cli
