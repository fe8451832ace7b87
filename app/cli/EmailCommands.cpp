// SPDX-License-Identifier: GPL-3.0-or-later
// `backoffice-cli email set|show|test`: the SMTP server that sends identity codes and client notices.
#include "app/cli/ClientOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/VerificationCommands.h"

#include "core/audit/AuditLog.h"
#include "core/email/EmailMessage.h"
#include "core/email/EmailSender.h"
#include "core/email/EmailSettings.h"
#include "core/email/MailJob.h"
#include "core/operators/Authorizer.h"
#include "core/verification/ClientNoticeSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

namespace {
struct EmailCommand
{
    Q_DECLARE_TR_FUNCTIONS(EmailCommand)
};

QString usage()
{
    return EmailCommand::tr("Usage: backoffice-cli email COMMAND")
        + u"\n\n"
          u"  set --host H --port P --security starttls|tls|none --from ADDR [--user U --password-stdin]\n"
          u"  show [--json]\n"
          u"  test --to ADDR\n"
          u"  notice-contact [LINE]\n"_s;
}

EmailSettings settingsOf(CliContext& context)
{
    return EmailSettings(*context.database(), context.secrets(), context.clock());
}

class EmailSet final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmailSet)

    SmtpSettings m_settings;
    bool m_passwordFromStdin = false;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Set the SMTP server that sends identity codes and notices to clients. TLS certificates are always "
               "verified; --security none is only allowed to a server on this computer. The password is read from "
               "standard input and kept in the system keychain."));
        parser.addOption({u"host"_s, tr("SMTP server host name"), u"host"_s});
        parser.addOption({u"port"_s, tr("port (587 for starttls, 465 for tls)"), u"port"_s});
        parser.addOption({u"security"_s, tr("starttls, tls or none"), u"mode"_s});
        parser.addOption({u"from"_s, tr("the sender address clients see"), u"address"_s});
        parser.addOption({u"user"_s, tr("SMTP user name, when the server requires a sign-in"), u"user"_s});
        parser.addOption({u"password-stdin"_s, tr("read the SMTP password from standard input")});
        parser.addOption({u"timeout"_s, tr("seconds the whole exchange may take (default 10)"), u"seconds"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        for (const char* required : {"host", "port", "security", "from"})
            if (!parser.isSet(QString::fromLatin1(required)))
                return context.fail(ExitUsage, tr("--%1 is required").arg(QString::fromLatin1(required)));
        m_settings.host = parser.value(u"host"_s).trimmed();
        bool numeric = false;
        m_settings.port = parser.value(u"port"_s).toInt(&numeric);
        if (!numeric)
            return context.fail(ExitUsage, tr("--port takes a number"));
        const auto security = smtpSecurityFromString(parser.value(u"security"_s));
        if (!security)
            return context.fail(ExitUsage, tr("--security takes starttls, tls or none"));
        m_settings.security = *security;
        m_settings.fromAddress = parser.value(u"from"_s).trimmed();
        m_settings.user = parser.value(u"user"_s).trimmed();
        if (parser.isSet(u"timeout"_s)) {
            const int seconds = parser.value(u"timeout"_s).toInt(&numeric);
            if (!numeric)
                return context.fail(ExitUsage, tr("--timeout takes a number of seconds"));
            m_settings.timeoutMs = seconds * 1000;
        }
        m_passwordFromStdin = parser.isSet(u"password-stdin"_s);
        if (m_passwordFromStdin && m_settings.user.isEmpty())
            return context.fail(ExitUsage, tr("--password-stdin needs --user"));
        if (const QList<Error> problems = m_settings.validate(); !problems.isEmpty())
            return context.fail(problems.first());
        return ExitOk;
    }

    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        const EmailSettings email = settingsOf(context);
        if (const Status saved = email.save(context.actor, m_settings); !saved)
            return context.fail(saved.error());
        if (m_passwordFromStdin) {
            QByteArray password = context.input().readAll();
            while (password.endsWith('\n') || password.endsWith('\r'))
                password.chop(1);
            if (password.isEmpty())
                return context.fail(ExitUsage, tr("no password on standard input"));
            const Status stored = awaitAnswer<Status>(
                [&](QObject* guard, auto done) { email.storePassword(context.actor, password, guard, done); });
            if (!stored)
                return context.fail(stored.error());
        }
        context.out << tr("E-mail settings saved; recorded in the audit log.") << '\n';
        context.out.flush();
        return ExitOk;
    }
};

class EmailShow final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmailShow)

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("Show the e-mail settings (never the password)."));
    }
    int read(CliContext&, const QCommandLineParser&) override { return ExitOk; }

    int run(CliContext& context) override
    {
        auto settings = settingsOf(context).read(context.actor);
        if (!settings)
            return context.fail(settings.error());
        if (!settings.value()) {
            if (context.json)
                context.printJson(QJsonDocument(QJsonObject {{u"configured"_s, false}}));
            else
                context.out << tr("E-mail is not set up. Set it with 'backoffice-cli email set'.") << '\n';
            context.out.flush();
            return ExitOk;
        }
        const SmtpSettings& s = *settings.value();
        if (context.json) {
            ClientOutput::printSafeJson(context,
                                        QJsonDocument(QJsonObject {
                                            {u"configured"_s, true},
                                            {u"host"_s, s.host},
                                            {u"port"_s, s.port},
                                            {u"security"_s, smtpSecurityToString(s.security)},
                                            {u"from"_s, s.fromAddress},
                                            {u"user"_s, s.user},
                                            {u"password_saved"_s, s.hasPassword},
                                            {u"timeout_ms"_s, s.timeoutMs},
                                        }));
            return ExitOk;
        }
        QTextStream& out = context.out;
        out << tr("Server:   %1:%2 (%3)")
                   .arg(ClientOutput::safe(s.host))
                   .arg(s.port)
                   .arg(smtpSecurityToString(s.security))
            << '\n';
        out << tr("Sender:   %1").arg(ClientOutput::safe(s.fromAddress)) << '\n';
        out << tr("User:     %1")
                   .arg(s.user.isEmpty() ? tr("none (no sign-in)")
                                         : ClientOutput::safe(s.user) + u' '
                                + (s.hasPassword ? tr("(password in the keychain)") : tr("(no password saved)")))
            << '\n';
        out << tr("Timeout:  %n second(s)", nullptr, s.timeoutMs / 1000) << '\n';
        out.flush();
        return ExitOk;
    }
};

class EmailTest final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmailTest)

    QString m_to;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(tr("Send a test e-mail with the saved settings."));
        parser.addOption({u"to"_s, tr("the address to send it to"), u"address"_s});
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        m_to = parser.value(u"to"_s).trimmed();
        if (!EmailAddress::isValid(m_to))
            return context.fail(ExitUsage, tr("--to takes an e-mail address"));
        return ExitOk;
    }

    // Sending is audited like a test SMS, and limited to those who manage providers.
    Access access() const override { return Access::Write; }

    int run(CliContext& context) override
    {
        if (const Status allowed
            = Authorizer(context.workspace()->audit()).require(context.actor, Permission::ManageProviders);
            !allowed)
            return context.fail(allowed.error());
        EmailMessage message;
        message.to = m_to;
        message.subject = tr("Back Office test e-mail");
        message.body = tr("This is a test e-mail from Back Office, sent by %1. If it arrived, clients receive "
                          "identity codes and notices from this server.")
                           .arg(context.actor.userName);
        const EmailSender sender(*context.database(), context.secrets(), CliMail::options());
        MailJob* job = sender.send(message);
        const MailResult result = awaitAnswer<MailResult>([&](QObject* guard, auto done) { job->then(guard, done); });
        if (!result.ok)
            return context.fail(ExitProblem, tr("the test e-mail was not sent: %1").arg(result.describe()));
        context.out << tr("Test e-mail sent to %1.").arg(ClientOutput::safe(m_to)) << '\n';
        context.out.flush();
        return ExitOk;
    }
};

class EmailNoticeContact final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmailNoticeContact)

    QString m_line;

    void define(QCommandLineParser& parser) const override
    {
        parser.setApplicationDescription(
            tr("Show or set the line every notice after a disable ends with: how the client reaches you if it "
               "was not them (one line, at most 200 characters)."));
        parser.addPositionalArgument(u"line"_s, tr("the new contact line; without it the current one is shown"),
                                     u"[LINE]"_s);
    }

    int read(CliContext& context, const QCommandLineParser& parser) override
    {
        if (parser.positionalArguments().size() > 1)
            return context.fail(ExitUsage, tr("give the contact line as one argument, in quotes"));
        m_line = parser.positionalArguments().value(0).trimmed();
        return ExitOk;
    }

    Access access() const override { return m_line.isEmpty() ? Access::Read : Access::Write; }

    int run(CliContext& context) override
    {
        const ClientNoticeSettings notices(*context.database(), context.workspace()->audit());
        if (!m_line.isEmpty()) {
            if (const Status saved = notices.setContactLine(context.actor, m_line); !saved)
                return context.fail(saved.error());
        }
        context.out << ClientOutput::safe(notices.contactLine()) << '\n';
        context.out.flush();
        return ExitOk;
    }
};

const std::array actions {
    Action {"set", &make<EmailSet>},
    Action {"show", &make<EmailShow>},
    Action {"test", &make<EmailTest>},
    Action {"notice-contact", &make<EmailNoticeContact>},
};
} // namespace

int runEmailCommand(CliContext& context, const QStringList& arguments)
{
    return runActionGroup(context, arguments, actions, [&context](const QString& word) -> int {
        return usageOrUnknown(
            context, word, usage(),
            EmailCommand::tr("unknown email command '%1' (set, show, test, notice-contact)").arg(word));
    });
}

} // namespace backoffice::cli
