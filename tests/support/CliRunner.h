// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace backoffice::test {

/// What one run of backoffice-cli left: its exit status and everything it wrote.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QByteArray outUtf8() const { return out.toUtf8(); }
    QByteArray errUtf8() const { return err.toUtf8(); }
};

/// What a run is given besides its arguments.
struct CliInput
{
    QByteArray stdinBytes; ///< standard input, then end of file
    QString password; ///< BACKOFFICE_PASSWORD; unset when empty
    bool outputIsTerminal = false; ///< standard output is a terminal (a pseudo-terminal for a process)
};

/// Runs `backoffice-cli arguments...` in this process (like KeePassXC's TestCli::execCmd): the
/// command's own code, with buffers for standard input, output and error. The keychain, the
/// database files and the audit keys installed in this process are the real ones.
CliRun runCli(const QStringList& arguments, const CliInput& input = {});
inline CliRun runCli(const QStringList& arguments, const QByteArray& stdinBytes, const QString& password = {})
{
    return runCli(arguments, CliInput {stdinBytes, password, false});
}

/// The same through the real executable, for the few end-to-end tests that need a process of its
/// own (a terminal, a process-wide D-Bus address, parallel processes). `environment` is the
/// process's; BACKOFFICE_PASSWORD is set from `input.password` only.
CliRun runCliProcess(const QStringList& arguments, const CliInput& input = {},
                     QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

/// The path of the backoffice-cli executable.
QString cliPath();

} // namespace backoffice::test
