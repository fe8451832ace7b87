// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include "app/cli/CliErrorText.h"
#include "core/audit/AuditKeyRing.h"
#include "core/operators/OsUser.h"
#include "core/secrets/SecretCipher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

CliContext::CliContext(const CliStreams& streams)
    : out(streams.out), err(streams.err), m_streams(streams), m_secrets(std::make_unique<KeychainSecretStore>())
{
}

CliContext::~CliContext()
{
    AuditKeyRing::setLoader({});
    out.flush();
    err.flush();
}

std::unique_ptr<Workspace> CliContext::openLocation()
{
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
        fail(ExitUsage,
             tr("cannot use the database %1: %2").arg(location.displayName(), CliErrorText::describe(opened.error())));
        return nullptr;
    }
    return std::move(opened.value());
}

const Database* CliContext::open(Access access)
{
    if (m_workspace)
        return database();
    std::unique_ptr<Workspace> workspace = openLocation();
    if (!workspace)
        return nullptr;
    if (access == Access::Write) {
        if (const Status keyed = workspace->loadAuditKey(*m_secrets, osUserName(), candidateAuditKey); !keyed) {
            fail(keyed.error());
            return nullptr;
        }
    } else {
        // Only asked for when something must be recorded or verified after all; a keychain problem
        // then is the error the command reports instead of a bare "audit key missing".
        AuditKeyRing::setLoader([this, opened = workspace.get()](const QString& databaseId) {
            if (databaseId != opened->databaseId())
                return;
            const Status loaded = opened->loadStoredAuditKey(*m_secrets);
            m_auditKeyProblem = loaded ? std::nullopt : std::optional<Error>(loaded.error());
        });
    }
    m_workspace = std::move(workspace);
    if (resolveActor(*this, access) != ExitOk) {
        m_workspace.reset();
        return nullptr;
    }
    return database();
}

Result<SecretCipher> CliContext::dataKey()
{
    return m_workspace->dataKeys(*m_secrets).loadOrCreateBlocking();
}

QIODevice& CliContext::rawOutput()
{
    out.flush();
    return *m_streams.out;
}

QString CliContext::readSecretLine(const QString& prompt)
{
    const bool terminal = m_streams.inputIsTerminal;
    termios saved {};
    if (terminal) {
        err << prompt;
        err.flush();
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    QByteArray line = m_streams.in->readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int CliContext::fail(int code, const QString& message)
{
    err << "backoffice-cli: " << message << Qt::endl;
    return code;
}

int CliContext::fail(const Error& error)
{
    // The audit key was wanted after all and could not be had: the keychain's answer says why.
    const bool keyUnavailable
        = error.code == Error::Code::KeyMissing && error.field == u"audit-key" && m_auditKeyProblem;
    const Error& shown = keyUnavailable ? *m_auditKeyProblem : error;
    return fail(CliErrorText::exitCode(shown), CliErrorText::describe(shown, actor.userName));
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
