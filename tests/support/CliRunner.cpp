// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRunner.h"

#include "translations/Translators.h"

#include "app/cli/CliApplication.h"

#include <QBuffer>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>

#include <pty.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::test {

namespace {
/// Sets or unsets an environment variable for one run and puts it back afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char* name, const QString& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};
} // namespace

CliRun runCli(const QStringList& arguments, const CliInput& input)
{
    // What backoffice-cli's main does first, for the locale the tests run in (C: English, with its plurals).
    static const bool translated = [] {
        translations::install(QLocale::system());
        return true;
    }();
    Q_UNUSED(translated)
    const ScopedEnvironment password("BACKOFFICE_PASSWORD", input.password);
    QByteArray inBytes = input.stdinBytes;
    QBuffer in(&inBytes);
    QBuffer out;
    QBuffer err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const cli::CliStreams streams {&in, &out, &err, false, input.outputIsTerminal};
    const int exitCode = cli::runCli(arguments, streams);
    return {exitCode, QString::fromUtf8(out.data()), QString::fromUtf8(err.data())};
}

CliRun runCliProcess(const QStringList& arguments, const CliInput& input, QProcessEnvironment environment)
{
    environment.remove(u"BACKOFFICE_PASSWORD"_s);
    if (!input.password.isEmpty())
        environment.insert(u"BACKOFFICE_PASSWORD"_s, input.password);
    QProcess process;
    process.setProcessEnvironment(environment);
    // A real terminal on standard output: a pseudo-terminal whose other end nobody reads.
    int terminal = -1;
    int controller = -1;
    if (input.outputIsTerminal && openpty(&controller, &terminal, nullptr, nullptr, nullptr) != 0)
        return {};
    if (terminal >= 0)
        process.setChildProcessModifier([terminal] { ::dup2(terminal, STDOUT_FILENO); });
    const auto closeTerminal = qScopeGuard([&] {
        if (terminal >= 0) {
            ::close(terminal);
            ::close(controller);
        }
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input.stdinBytes);
    process.closeWriteChannel();
    // The event loop runs while the CLI works: it may talk to a test server in this process.
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString cliPath()
{
    return QStringLiteral(BACKOFFICE_CLI_PATH);
}

} // namespace backoffice::test
