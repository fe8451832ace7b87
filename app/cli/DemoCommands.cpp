// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli demo --clients N [--seed S]`.
#include "app/cli/Command.h"
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/clients/DemoDataGenerator.h"
#include "core/secrets/SecretCipher.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
class Demo final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Demo)

    qint64 m_count = 0;
    quint64 m_seed = 0;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Create realistic demo clients: names, e-mails, mobile numbers from several countries and a mix of no "
               "2FA, Google Authenticator (random secrets, sealed with the data key) and SMS."));
        parser.addOption({u"clients"_s, tr("how many clients to create (required)"), u"n"_s});
        parser.addOption(
            {u"seed"_s, tr("seed for reproducible names and numbers (secrets are always random)"), u"s"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return context.fail(ExitUsage, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        if (!parser.isSet(u"clients"_s))
            return context.fail(ExitUsage, tr("--clients N is required"));
        bool ok = false;
        m_count = parser.value(u"clients"_s).toLongLong(&ok);
        if (!ok || m_count <= 0 || m_count > 10'000'000)
            return context.fail(ExitUsage,
                                tr("invalid --clients '%1': expected 1 to 10000000").arg(parser.value(u"clients"_s)));
        m_seed = QRandomGenerator::system()->generate64();
        if (parser.isSet(u"seed"_s)) {
            m_seed = parser.value(u"seed"_s).toULongLong(&ok);
            if (!ok)
                return context.fail(ExitUsage,
                                    tr("invalid --seed '%1': expected a whole number").arg(parser.value(u"seed"_s)));
        }
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
        DemoDataGenerator generator(cipher.value(), m_seed, context.clock());
        QElapsedTimer timer;
        timer.start();
        qint64 lastPercent = -1;
        auto created = generator.generate(database, audit, context.actor, m_count, [&](qint64 done, qint64 total) {
            const qint64 percent = done * 100 / total;
            if (percent / 5 != lastPercent / 5 || done == total) {
                context.err << tr("created %1 of %2 clients (%3%)").arg(done).arg(total).arg(percent) << '\n';
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
            context.out << tr("Created %1 demo clients in %2 s.").arg(created.value()).arg(seconds, 0, 'f', 1) << '\n';
        context.out.flush();
        return ExitOk;
    }
};
} // namespace

int runDemoCommand(CliContext& context, const QStringList& arguments)
{
    return Demo().execute(context, arguments);
}

} // namespace backoffice::cli
