// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/diagnosis/Diagnoser.h"
#include "core/diagnosis/Finding.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"

#include "ui/common/RunningWork.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace backoffice::ui {

/// "Why doesn't this client get codes?": runs every check that applies, shows progress with Cancel,
/// then each finding with its evidence and what to do; the report can be copied for a ticket or
/// saved as HTML or PDF.
class DiagnosisDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosisDialog(Diagnoser& diagnoser, const Actor& actor, const Client& client, std::optional<SecretCipher> cipher,
                    const QString& cipherProblem, QWidget* parent = nullptr);
    ~DiagnosisDialog() override;

    const std::optional<Diagnosis>& diagnosis() const { return m_diagnosis; }

public slots:
    void run();
    void cancel();

signals:
    void diagnosisFinished();

protected:
    void reject() override;

private:
    void showDiagnosis(const Diagnosis& diagnosis);
    void showFailure(const QString& message);
    void setRunning(bool running);
    void copyReport();
    void saveReport();

    Diagnoser& m_diagnoser;
    Actor m_actor;
    Client m_client;
    std::optional<SecretCipher> m_cipher;
    QString m_cipherProblem;
    QPointer<DiagnosisJob> m_job;
    RunningWork::Token m_running; ///< held while a diagnosis runs
    std::optional<Diagnosis> m_diagnosis;

    QLineEdit* m_code = nullptr;
    QCheckBox* m_sendTestSms = nullptr;
    QCheckBox* m_phoneLookup = nullptr; ///< opt-in carrier lookup, when the client has a phone number
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_findings = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace backoffice::ui
