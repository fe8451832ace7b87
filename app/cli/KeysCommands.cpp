// SPDX-License-Identifier: GPL-3.0-or-later
// backoffice-cli keys: move the database's data key between desktops. Key material only ever goes
// through standard output and standard input, never a command-line argument (visible to every user
// in the process list) and never an error message.
#include "Commands.h"

#include "secrets/DataKeyService.h"
#include "secrets/SecretCipher.h"

#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
const QString usage = u"Usage: backoffice-cli keys export > key.txt   (writes the data key, base64, to stdout)\n"
                      u"       backoffice-cli keys import < key.txt   (reads it from stdin into the keychain)\n"_s;

int runExport(CliContext& context)
{
    Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto key = DataKeyService(*database, context.secrets()).exportKeyBlocking();
    if (!key)
        return context.fail(key.error());
    context.out << key.value().toBase64() << Qt::endl;
    return ExitOk;
}

int runImport(CliContext& context)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.fail(ExitUsage, u"cannot read standard input"_s);
    // A key file is one base64 line; more than a few hundred bytes is not a key.
    const QByteArray text = input.read(4096).trimmed();
    if (text.isEmpty())
        return context.fail(ExitUsage, u"no key on standard input (use: backoffice-cli keys import < key.txt)"_s);
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return context.fail(ExitUsage, u"invalid key on standard input: not base64"_s);
    if (decoded.decoded.size() != SecretCipher::KeySize)
        return context.fail(ExitUsage,
                            u"invalid key on standard input: %1 bytes, a data key has %2"_s.arg(decoded.decoded.size())
                                .arg(SecretCipher::KeySize));
    Database* database = context.database();
    if (!database)
        return ExitUsage;
    const Status imported = DataKeyService(*database, context.secrets()).importKeyBlocking(decoded.decoded);
    if (!imported)
        return context.fail(imported.error());
    context.out << "data key imported into the keychain" << Qt::endl;
    return ExitOk;
}
} // namespace

int runKeysCommand(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    if (arguments.size() > 2 && sub != u"--help")
        return context.fail(ExitUsage,
                            u"keys %1 takes no arguments: key material goes through stdin/stdout"_s.arg(sub));
    if (sub == u"export")
        return runExport(context);
    if (sub == u"import")
        return runImport(context);
    if (sub == u"--help" || sub == u"-h") {
        context.out << usage;
        context.out.flush();
        return ExitOk;
    }
    context.err << usage;
    return context.fail(ExitUsage,
                        sub.isEmpty() ? u"keys needs a subcommand: export or import"_s
                                      : u"unknown keys subcommand '%1'"_s.arg(sub));
}

} // namespace backoffice::cli
