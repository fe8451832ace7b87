// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/diagnosis/DiagnosisDialog.h"
#include "ui/common/ErrorText.h"
#include "ui/common/RunningWork.h"

#include "core/diagnosis/Diagnoser.h"
#include "ui/diagnosis/DiagnosisReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
QIcon iconFor(Finding::Outcome outcome, const QStyle* style)
{
    switch (outcome) {
    case Finding::Outcome::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Finding::Outcome::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Outcome::Problem:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Outcome::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}
} // namespace

DiagnosisDialog::DiagnosisDialog(Diagnoser& diagnoser, const Actor& actor, const Client& client,
                                 std::optional<SecretCipher> cipher, const QString& cipherProblem, QWidget* parent)
    : QDialog(parent)
    , m_diagnoser(diagnoser)
    , m_actor(actor)
    , m_client(client)
    , m_cipher(std::move(cipher))
    , m_cipherProblem(cipherProblem)
{
    setWindowTitle(tr("Diagnose %1").arg(client.displayName()));
    setAccessibleName(windowTitle());
    resize(960, 560);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Why doesn't %1 (client %2) get 2FA codes?</b> Every possible reason that "
                                  "applies to the client's 2FA method is checked at once.")
                                   .arg(client.displayName().toHtmlEscaped())
                                   .arg(client.id),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* options = new QFormLayout;
    if (client.method == TwoFactorMethod::Authenticator) {
        m_code = new QLineEdit(this);
        m_code->setPlaceholderText(tr("optional: the code the client reads from the app"));
        m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_code));
        m_code->setMaxLength(8);
        m_code->setAccessibleName(tr("Code from the client"));
        m_code->setToolTip(tr("With a code, the diagnosis also tells whether the client's device clock is off. "
                              "The code is never stored."));
        options->addRow(tr("Code from the &client:"), m_code);
    } else if (client.method == TwoFactorMethod::Sms) {
        m_sendTestSms = new QCheckBox(tr("Also send a test SMS to %1 and follow its delivery").arg(client.phone), this);
        m_sendTestSms->setAccessibleName(tr("Send a test SMS"));
        options->addRow(m_sendTestSms);
    }
    if (!client.phone.isEmpty()) {
        // Billed per lookup by the provider, so only when asked (an answer is reused for a day).
        m_phoneLookup = new QCheckBox(
            tr("Also ask the carrier about %1: line type, SIM swap (billed by the provider)").arg(client.phone), this);
        m_phoneLookup->setObjectName(u"phoneLookup"_s);
        m_phoneLookup->setAccessibleName(tr("Ask the carrier about the phone number"));
        options->addRow(m_phoneLookup);
    }
    layout->addLayout(options);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Diagnosis progress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleDescription(tr("Diagnosis summary"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_findings = new QTableWidget(0, 4, this);
    m_findings->setHorizontalHeaderLabels({tr("Outcome"), tr("Check"), tr("Evidence"), tr("What to do")});
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setWordWrap(true);
    m_findings->verticalHeader()->setVisible(false);
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_findings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_findings->setColumnWidth(1, 220);
    layout->addWidget(m_findings, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(tr("&Run diagnosis"), QDialogButtonBox::ActionRole);
    m_runButton->setAccessibleName(tr("Run diagnosis"));
    m_runButton->setDefault(true);
    m_cancelButton = buttons->addButton(tr("C&ancel diagnosis"), QDialogButtonBox::ActionRole);
    m_cancelButton->setAccessibleName(tr("Cancel diagnosis"));
    m_copyButton = buttons->addButton(tr("&Copy report"), QDialogButtonBox::ActionRole);
    m_copyButton->setAccessibleName(tr("Copy report as text"));
    m_saveButton = buttons->addButton(tr("&Save report…"), QDialogButtonBox::ActionRole);
    m_saveButton->setAccessibleName(tr("Save report as HTML or PDF"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &DiagnosisDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiagnosisDialog::cancel);
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosisDialog::copyReport);
    connect(m_saveButton, &QPushButton::clicked, this, &DiagnosisDialog::saveReport);
    connect(close, &QPushButton::clicked, this, &DiagnosisDialog::reject);
    setRunning(false);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);
}

DiagnosisDialog::~DiagnosisDialog()
{
    delete m_job; // cancels and waits for the worker thread
}

void DiagnosisDialog::run()
{
    if (m_job)
        return;
    DiagnosisOptions options;
    if (m_code)
        options.codeFromClient = m_code->text();
    if (m_sendTestSms && m_sendTestSms->isChecked())
        options.testSmsTo = m_client.phone;
    options.phoneLookup = m_phoneLookup && m_phoneLookup->isChecked();
    if (m_code)
        m_code->clear(); // a code is used once and never kept

    m_findings->setRowCount(0);
    m_diagnosis.reset();
    m_status->setText(tr("Checking…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setRunning(true);

    m_job = m_diagnoser.start(m_actor, m_client.id, options, m_cipher, m_cipherProblem, this);
    connect(m_job, &Job::progress, this, [this](qint64 done, qint64 total, const QString& title) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        m_status->setText(tr("Checked: %1").arg(title));
    });
    m_job->then(this, [this](const Result<Diagnosis>& diagnosis) {
        m_job = nullptr;
        if (diagnosis)
            showDiagnosis(diagnosis.value());
        else
            showFailure(diagnosis.error().code == Error::Code::PermissionDenied
                            ? tr("Your role does not allow diagnosing clients.")
                            : ErrorText::describe(diagnosis.error()));
    });
}

void DiagnosisDialog::cancel()
{
    if (m_job) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
    }
}

void DiagnosisDialog::reject()
{
    cancel();
    QDialog::reject();
}

void DiagnosisDialog::setRunning(bool running)
{
    // Quitting asks first while a diagnosis runs (MainWindow).
    if (running)
        m_running = RunningWork::instance().begin(tr("Diagnosis of %1").arg(m_client.displayName()));
    else
        m_running.release();
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    if (m_code)
        m_code->setEnabled(!running);
    if (m_sendTestSms)
        m_sendTestSms->setEnabled(!running);
}

void DiagnosisDialog::showDiagnosis(const Diagnosis& diagnosis)
{
    m_diagnosis = diagnosis;
    setRunning(false);
    m_progress->setVisible(false);
    m_findings->setRowCount(int(diagnosis.findings.size()));
    int problems = 0;
    int warnings = 0;
    int unknown = 0;
    for (int row = 0; row < diagnosis.findings.size(); ++row) {
        const Finding& finding = diagnosis.findings.at(row);
        auto* outcome = new QTableWidgetItem(iconFor(finding.outcome, style()), outcomeDisplayName(finding.outcome));
        m_findings->setItem(row, 0, outcome);
        m_findings->setItem(row, 1, new QTableWidgetItem(finding.title));
        m_findings->setItem(row, 2, new QTableWidgetItem(finding.detail));
        m_findings->setItem(row, 3, new QTableWidgetItem(finding.action));
        problems += finding.outcome == Finding::Outcome::Problem;
        warnings += finding.outcome == Finding::Outcome::Warning;
        unknown += finding.outcome == Finding::Outcome::Unknown;
    }
    m_findings->resizeRowsToContents();
    QString summary;
    if (diagnosis.cancelled)
        summary = tr("Cancelled: the checks that had not finished are marked \"Could not check\".");
    else if (problems + warnings + unknown == 0)
        summary = tr("No problem found: every check is OK.");
    else
        summary = tr("%n problem(s)", nullptr, problems) + u", "_s + tr("%n warning(s)", nullptr, warnings) + u", "_s
            + tr("%n could not be checked", nullptr, unknown) + u'.';
    m_status->setText(summary);
    m_copyButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    emit diagnosisFinished();
}

void DiagnosisDialog::showFailure(const QString& message)
{
    setRunning(false);
    m_progress->setVisible(false);
    m_status->setText(tr("The diagnosis could not run: %1").arg(message));
    emit diagnosisFinished();
}

void DiagnosisDialog::copyReport()
{
    if (m_diagnosis)
        QApplication::clipboard()->setText(m_diagnosis->toPlainText());
    m_status->setText(tr("Report copied to the clipboard."));
}

void DiagnosisDialog::saveReport()
{
    if (!m_diagnosis)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = u"%1/diagnosis-client-%2-%3.pdf"_s.arg(folder)
                                  .arg(m_client.id)
                                  .arg(m_diagnosis->at.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save diagnosis report"), suggested,
                                                      tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!DiagnosisReport::save(*m_diagnosis, path, &error))
        QMessageBox::warning(this, tr("Save report"), tr("The report could not be saved: %1").arg(error));
    else
        m_status->setText(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace backoffice::ui
