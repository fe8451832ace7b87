// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli demo --clients N [--seed S]`.
#include "app/cli/Commands.h"
#include "app/cli/DataKeyLoading.h"

#include "core/audit/AuditLog.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/secrets/SecretCipher.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

int runDemoCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create realistic demo clients: names, e-mails, mobile numbers from several countries and a mix of no "
        u"2FA, Google Authenticator (random secrets, sealed with the data key) and SMS."_s);
    parser.addOption({u"clients"_s, u"how many clients to create (required)"_s, u"n"_s});
    parser.addOption({u"seed"_s, u"seed for reproducible names and numbers (secrets are always random)"_s, u"s"_s});
    if (!context.parse(parser, arguments))
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"clients"_s))
        return context.fail(ExitUsage, u"--clients N is required"_s);
    bool ok = false;
    const qint64 count = parser.value(u"clients"_s).toLongLong(&ok);
    if (!ok || count <= 0 || count > 10'000'000)
        return context.fail(ExitUsage,
                            u"invalid --clients '%1': expected 1 to 10000000"_s.arg(parser.value(u"clients"_s)));
    quint64 seed = QRandomGenerator::system()->generate64();
    if (parser.isSet(u"seed"_s)) {
        seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return context.fail(ExitUsage,
                                u"invalid --seed '%1': expected a whole number"_s.arg(parser.value(u"seed"_s)));
    }

    const Database* database = context.database();
    if (!database)
        return ExitUsage;
    auto cipher = loadDataKey(context, *database);
    if (!cipher)
        return context.fail(cipher.error());

    const AuditLog audit(*database, context.clock());
    DemoDataGenerator generator(cipher.value(), seed, context.clock());
    QElapsedTimer timer;
    timer.start();
    qint64 lastPercent = -1;
    auto created = generator.generate(*database, audit, context.actor, count, [&](qint64 done, qint64 total) {
        const qint64 percent = done * 100 / total;
        if (percent / 5 != lastPercent / 5 || done == total) {
            context.err << "created " << done << " of " << total << " clients (" << percent << "%)\n";
            context.err.flush();
            lastPercent = percent;
        }
        return true;
    });
    if (!created)
        return context.fail(created.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject {{u"created"_s, created.value()}, {u"seconds"_s, seconds}}));
    else
        context.out << "Created " << created.value() << " demo clients in " << QString::number(seconds, 'f', 1)
                    << " s.\n";
    context.out.flush();
    return ExitOk;
}

} // namespace backoffice::cli
