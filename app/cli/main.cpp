// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli: the Back Office core for scripts, bulk work and benchmarks. Everything but the
// process's own setup lives in the backoffice_cli library (runCli), which the tests run in process.
#include "app/cli/CliApplication.h"
#include "translations/Translators.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BackOffice"_s);
    QCoreApplication::setApplicationName(u"backoffice"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKOFFICE_VERSION));
    backoffice::translations::install(QLocale::system());

    QFile in;
    QFile out;
    QFile err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 2;
    backoffice::cli::CliStreams streams {&in, &out, &err, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1};
    return backoffice::cli::runCli(app.arguments().mid(1), streams);
}
