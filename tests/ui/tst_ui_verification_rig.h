// SPDX-License-Identifier: GPL-3.0-or-later
// What the disable dialog tests share: a real database and Workspace, the real keychain, a real
// SMTP server on 127.0.0.1 (plain, as allowed only to this computer) behind the database's e-mail
// settings, and optionally a Twilio-speaking HTTP server as the SMS provider with a carrier
// lookup. The client's code is read from the e-mail the server received, as the client would.
#pragma once

#include "core/email/EmailSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/session/Workspace.h"
#include "core/sms/ProviderService.h"
#include "core/verification/CallerVerification.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "tests/support/TestSmtpServer.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

namespace backoffice::test {

struct UiVerificationRig
{
    inline static const Actor admin {QStringLiteral("alice"), Role::Admin};

    TestDatabase database;
    /// Now, until a test moves it on (a code's 10 minutes, a request's 24 hours).
    ManualClock clock {QDateTime::currentDateTimeUtc()};
    Workspace workspace {database.shared(), clock};
    KeychainSecretStore secrets {uniqueKeychainService()};
    QNetworkAccessManager network;
    TestSmtpServer smtp {TestSmtpServer::Security::None};
    std::unique_ptr<FakeSmsServer> sms;

    /// Saves e-mail settings pointing at the test SMTP server; false (with a warning) when not.
    bool configureEmail()
    {
        if (!smtp.isValid()) {
            qWarning("no SMTP server: %s", qPrintable(smtp.problem()));
            return false;
        }
        const Status saved = workspace.emailSettings(secrets, clock)
                                 .save(admin, smtp.plainSettings(QStringLiteral("backoffice@bank.example")));
        if (!saved)
            qWarning("e-mail settings not saved: %s", qPrintable(saved.error().toString()));
        return saved.ok();
    }

    /// A Twilio provider on a local fake server: SMS codes and the carrier lookup before them; false
    /// (with a warning) when not.
    bool configureSms()
    {
        sms = std::make_unique<FakeSmsServer>();
        const ProviderService providers = workspace.providers(secrets, &network, clock);
        ProviderConfig config = sms->twilioProvider();
        config.timeoutMs = 5000;
        const Result<ProviderConfig> added = addProvider(providers, admin, config, sms->twilioAuthToken);
        if (!added)
            qWarning("SMS provider not added: %s", qPrintable(added.error().toString()));
        return added.ok();
    }

    std::unique_ptr<CallerVerification> makeVerification()
    {
        auto made = CallerVerification::create(workspace, secrets, &network, {}, clock);
        if (!made)
            qFatal("no CallerVerification: %s", qPrintable(made.error().toString()));
        return std::move(made.value());
    }

    /// The code in the e-mail received `index`-th (as the client reads it), once it has arrived.
    QString receivedCode(int index = 0) const
    {
        if (!QTest::qWaitFor([&] { return smtp.received().size() > index; }, 20000))
            return {};
        static const QRegularExpression code(QStringLiteral("identity code is: ([0-9]{6})"));
        return code.match(smtp.received().at(index).body).captured(1);
    }

    qint64 count(const QString& sql) const { return database.db().scalar(sql).value().toLongLong(); }
};

} // namespace backoffice::test
