// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis dialog driven as an operator would, offscreen, against a real SQLite database, the real
// keychain and a real local provider server: progress, the findings table and its summary, the report
// on the clipboard and on disk, Cancel against a provider that never answers, and the code never kept.
#include "core/clients/ClientRepository.h"
#include "core/diagnosis/Diagnoser.h"
#include "core/secrets/SecretCipher.h"
#include "core/secrets/SecretStore.h"
#include "core/sms/ProviderService.h"
#include "core/twofactor/TotpGenerator.h"
#include "tests/support/DiagnosisClients.h"
#include "tests/support/FakeSmsServer.h"
#include "tests/support/TestActors.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestProviders.h"
#include "ui/common/RunningWork.h"
#include "ui/diagnosis/DiagnosisDialog.h"
#include "ui/diagnosis/DiagnosisReport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace backoffice;
using backoffice::test::FakeSmsServer;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray rawSecret("12345678901234567890");
constexpr qint64 AuthenticatorClient = 31;
constexpr qint64 SmsClient = 32;
constexpr qint64 NoTwoFactorClient = 33;

template<typename T> T* childNamed(const QWidget& parent, const QString& accessibleText)
{
    for (T* child : parent.findChildren<T*>()) {
        if (child->accessibleName() == accessibleText || child->accessibleDescription() == accessibleText)
            return child;
    }
    return nullptr;
}

QString currentCode()
{
    return TotpGenerator::totp(rawSecret, TotpParameters {}, QDateTime::currentSecsSinceEpoch()).value();
}
} // namespace

class TestDiagnosisDialog : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_secrets {test::uniqueKeychainService()};
    QNetworkAccessManager m_network;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Diagnoser> m_diagnoser;
    SecretCipher m_cipher = SecretCipher::fromKey(SecretCipher::generateKey()).value();

    Client client(qint64 id) const { return ClientRepository(m_db->db()).find(id).value(); }

    std::unique_ptr<ui::DiagnosisDialog> dialogFor(qint64 id, const Actor& actor = test::support)
    {
        auto dialog = std::make_unique<ui::DiagnosisDialog>(*m_diagnoser, actor, client(id), m_cipher, QString());
        dialog->show();
        return dialog;
    }

    /// An enabled Twilio provider at `server` with its auth token in the keychain the diagnoser reads.
    void addTwilioProvider(const FakeSmsServer& server, int timeoutMs)
    {
        ProviderService service(m_db->db(), m_secrets, &m_network);
        ProviderConfig config = server.twilioProvider();
        config.timeoutMs = timeoutMs;
        config.enabled = true;
        const Result<ProviderConfig> added = test::addProvider(service, test::admin, config, server.twilioAuthToken);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().toString()));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        DatabaseLocation location;
        location.sqlitePath = m_db->path();
        m_diagnoser = std::make_unique<Diagnoser>(location, m_secrets);
        test::addOneClientPerMethod(*m_db, m_cipher, AuthenticatorClient, SmsClient, NoTwoFactorClient);
    }

    void cleanup()
    {
        m_diagnoser.reset();
        m_db.reset();
    }

    void runShowsProgressThenFillsTheFindingsTable()
    {
        auto dialog = dialogFor(AuthenticatorClient);
        auto* progress = childNamed<QProgressBar>(*dialog, u"Diagnosis progress"_s);
        auto* summary = childNamed<QLabel>(*dialog, u"Diagnosis summary"_s);
        auto* table = childNamed<QTableWidget>(*dialog, u"Findings"_s);
        auto* runButton = childNamed<QPushButton>(*dialog, u"Run diagnosis"_s);
        auto* cancelButton = childNamed<QPushButton>(*dialog, u"Cancel diagnosis"_s);
        QVERIFY(progress && summary && table && runButton && cancelButton);
        QVERIFY(progress->isHidden());
        QVERIFY(!cancelButton->isEnabled());

        childNamed<QLineEdit>(*dialog, u"Code from the client"_s)->setText(currentCode());
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        QTest::mouseClick(runButton, Qt::LeftButton);
        // While it runs: progress shown, Run disabled, Cancel enabled.
        QVERIFY(progress->isVisible());
        QVERIFY(!runButton->isEnabled());
        QVERIFY(cancelButton->isEnabled());
        QVERIFY(summary->text().startsWith(u"Checking"_s) || summary->text().startsWith(u"Checked"_s));
        // Quitting now would ask first: the diagnosis is registered as running work.
        QCOMPARE(ui::RunningWork::instance().descriptions().size(), 1);

        QVERIFY(finished.wait(20000));
        QVERIFY(ui::RunningWork::instance().descriptions().isEmpty());
        QVERIFY(dialog->diagnosis().has_value());
        const Diagnosis& diagnosis = *dialog->diagnosis();
        QVERIFY2(diagnosis.allOk(), qPrintable(diagnosis.toPlainText()));
        QVERIFY(progress->isHidden());
        QVERIFY(runButton->isEnabled());
        QVERIFY(!cancelButton->isEnabled());
        // twofa.enabled, authenticator.secret, authenticator.code: one row each, as the diagnosis says.
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < table->rowCount(); ++row) {
            const Finding& finding = diagnosis.findings.at(row);
            QCOMPARE(table->item(row, 0)->text(), outcomeDisplayName(finding.outcome));
            QCOMPARE(table->item(row, 1)->text(), finding.title);
            QCOMPARE(table->item(row, 2)->text(), finding.detail);
            QCOMPARE(table->item(row, 3)->text(), finding.action);
        }
        QCOMPARE(summary->text(), u"No problem found: every check is OK."_s);
    }

    void theCarrierIsAskedOnlyWhenTheBoxIsTicked()
    {
        FakeSmsServer server;
        addTwilioProvider(server, 5000);
        const auto lookups = [&server] {
            return std::count_if(server.requests().begin(), server.requests().end(),
                                 [](const auto& request) { return request.path.startsWith(u"/v2/PhoneNumbers/"_s); });
        };
        const auto hasCarrierRow = [](const Diagnosis& diagnosis) {
            return std::any_of(diagnosis.findings.begin(), diagnosis.findings.end(),
                               [](const Finding& finding) { return finding.check == u"sms.carrier"; });
        };
        auto dialog = dialogFor(SmsClient);
        auto* box = childNamed<QCheckBox>(*dialog, u"Ask the carrier about the phone number"_s);
        QVERIFY(box);
        QVERIFY(!box->isChecked()); // billed: never by default
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        dialog->run();
        QVERIFY(finished.wait(20000));
        QVERIFY(!hasCarrierRow(*dialog->diagnosis()));
        QCOMPARE(lookups(), 0);

        box->setChecked(true);
        dialog->run();
        QVERIFY(finished.wait(20000));
        QVERIFY2(hasCarrierRow(*dialog->diagnosis()), qPrintable(dialog->diagnosis()->toPlainText()));
        QVERIFY(dialog->diagnosis()->toPlainText().contains(u"Vodafone UK"_s));
        QCOMPARE(lookups(), 1);
    }

    void summaryCountsProblems()
    {
        auto dialog = dialogFor(NoTwoFactorClient);
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        dialog->run();
        QVERIFY(finished.wait(20000));
        auto* summary = childNamed<QLabel>(*dialog, u"Diagnosis summary"_s);
        QVERIFY2(summary->text().startsWith(u"1 problem"_s), qPrintable(summary->text()));
        QCOMPARE(childNamed<QTableWidget>(*dialog, u"Findings"_s)->item(0, 0)->text(),
                 outcomeDisplayName(Finding::Outcome::Problem));
    }

    void copyReportPutsThePlainTextOnTheClipboard()
    {
        auto dialog = dialogFor(NoTwoFactorClient);
        auto* copy = childNamed<QPushButton>(*dialog, u"Copy report as text"_s);
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled()); // nothing to copy before a run
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        dialog->run();
        QVERIFY(finished.wait(20000));
        QApplication::clipboard()->clear();
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, dialog->diagnosis()->toPlainText());
        QVERIFY(text.contains(u"Nora None"_s) || text.contains(u"Nora"_s));
        QVERIFY(text.contains(QString::number(NoTwoFactorClient)));
    }

    void reportIsSavedAsHtmlAndPdf()
    {
        auto dialog = dialogFor(NoTwoFactorClient);
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        dialog->run();
        QVERIFY(finished.wait(20000));
        const Diagnosis& diagnosis = *dialog->diagnosis();
        QTemporaryDir dir;
        QString error;

        const QString html = dir.filePath(u"report.html"_s);
        QVERIFY2(ui::DiagnosisReport::save(diagnosis, html, &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.contains(u"<html"_s, Qt::CaseInsensitive));
        QVERIFY(page.contains(diagnosis.findings.first().title.toHtmlEscaped()));

        const QString pdf = dir.filePath(u"report.pdf"_s);
        QVERIFY2(ui::DiagnosisReport::save(diagnosis, pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        QVERIFY(pdfFile.size() > 1000);
    }

    void savingToAFolderThatDoesNotExistFailsWithAReason()
    {
        Diagnosis diagnosis;
        diagnosis.clientId = 1;
        diagnosis.at = QDateTime::currentDateTimeUtc();
        QTemporaryDir dir;
        for (const QString& name : {u"missing/report.html"_s, u"missing/report.pdf"_s}) {
            QString error;
            QVERIFY2(!ui::DiagnosisReport::save(diagnosis, dir.filePath(name), &error), qPrintable(name));
            QVERIFY2(!error.isEmpty(), qPrintable(name));
        }
    }

    void cancelDuringARunAgainstASilentProviderEndsCancelledQuickly()
    {
        FakeSmsServer server;
        constexpr int providerTimeoutMs = 60000;
        addTwilioProvider(server, providerTimeoutMs);
        server.setFault(FakeSmsServer::Fault::Never);
        auto dialog = dialogFor(SmsClient);
        auto* progress = childNamed<QProgressBar>(*dialog, u"Diagnosis progress"_s);
        auto* summary = childNamed<QLabel>(*dialog, u"Diagnosis summary"_s);
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        dialog->run();
        // The offline checks finish and are counted; the provider checks wait on the silent server.
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() > 0 && progress->value() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 1, 10000);
        QVERIFY(finished.isEmpty());

        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(childNamed<QPushButton>(*dialog, u"Cancel diagnosis"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        QVERIFY2(summary->text().startsWith(u"Cancelled"_s), qPrintable(summary->text()));
        QVERIFY(dialog->diagnosis()->cancelled);
        QVERIFY(!dialog->diagnosis()->allOk());
        const auto* table = childNamed<QTableWidget>(*dialog, u"Findings"_s);
        bool anyNotChecked = false;
        for (int row = 0; row < table->rowCount(); ++row)
            anyNotChecked |= table->item(row, 0)->text() == outcomeDisplayName(Finding::Outcome::Unknown);
        QVERIFY(anyNotChecked);
    }

    void codeFieldIsClearedByARun()
    {
        auto dialog = dialogFor(AuthenticatorClient);
        auto* code = childNamed<QLineEdit>(*dialog, u"Code from the client"_s);
        QVERIFY(code);
        const QString typed = currentCode();
        QTest::keyClicks(code, typed);
        QCOMPARE(code->text(), typed);
        QSignalSpy finished(dialog.get(), &ui::DiagnosisDialog::diagnosisFinished);
        dialog->run();
        QVERIFY(code->text().isEmpty());
        QVERIFY(finished.wait(20000));
        QVERIFY(code->text().isEmpty());
        QVERIFY(code->isEnabled());
        // The code was used: the diagnosis has the code check, and the report does not repeat the code.
        bool checked = false;
        for (const Finding& finding : dialog->diagnosis()->findings)
            checked |= finding.check == u"authenticator.code";
        QVERIFY(checked);
        QVERIFY(!dialog->diagnosis()->toPlainText().contains(typed));
    }

    void everyInteractiveWidgetHasAnAccessibleName_data()
    {
        QTest::addColumn<qint64>("clientId");
        QTest::newRow("authenticator") << AuthenticatorClient;
        QTest::newRow("sms") << SmsClient;
        QTest::newRow("no 2FA") << NoTwoFactorClient;
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        QFETCH(qint64, clientId);
        auto dialog = dialogFor(clientId);
        QVERIFY(!dialog->accessibleName().isEmpty());
        int interactive = 0;
        for (QWidget* widget : dialog->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(dialog.get()))
                continue;
            // Scroll bars and headers belong to the named table around them.
            if (qobject_cast<QScrollBar*>(widget) || qobject_cast<QHeaderView*>(widget))
                continue;
            const bool isInteractive = widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton*>(widget)
                || qobject_cast<QProgressBar*>(widget);
            if (!isInteractive)
                continue;
            ++interactive;
            // What a screen reader hears: a value label is read as its text, which may be empty until a run.
            auto* label = qobject_cast<QLabel*>(widget);
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2((accessible && !accessible->text(QAccessible::Name).isEmpty())
                         || (label && label->text().isEmpty()),
                     qPrintable(u"%1 '%2' has no accessible name"_s.arg(
                         QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        }
        // Run, Cancel, Copy, Save, Close, the table, the summary and the progress at least.
        QVERIFY2(interactive >= 7, qPrintable(QString::number(interactive)));
        if (clientId == AuthenticatorClient)
            QVERIFY(childNamed<QLineEdit>(*dialog, u"Code from the client"_s));
        if (clientId == SmsClient)
            QVERIFY(childNamed<QCheckBox>(*dialog, u"Send a test SMS"_s));
    }
};

QTEST_MAIN(TestDiagnosisDialog)
#include "tst_diagnosisdialog.moc"
