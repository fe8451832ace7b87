// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderConfig.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace backoffice {
class ProviderService;
}

namespace backoffice::ui {

class ProgressWithCancel;

/// Add or edit one SMS provider, and ask it questions: credentials, balance, service status, a test
/// SMS, a message's delivery status. The secret field is masked; "Show" works only while typing,
/// and a saved secret is never shown again (it can only be replaced). Every check runs
/// asynchronously with a progress bar and Cancel.
class ProviderDialog : public QDialog
{
    Q_OBJECT

public:
    /// `existing` empty: a new provider.
    ProviderDialog(const ProviderService& service, Actor actor, std::optional<ProviderConfig> existing,
                   QWidget* parent = nullptr);
    ~ProviderDialog() override;

    /// The settings as typed (not validated).
    ProviderConfig currentConfig() const;
    qint64 providerId() const { return m_config ? m_config->id : 0; }
    /// The problem shown next to `field` ("name", "account-sid", "secret", ...), empty when none.
    QString problemText(const QString& field) const;
    bool isChecking() const { return m_job != nullptr; }
    /// The version of the stored provider the form was filled from (0 for a new one).
    qint64 shownRowVersion() const { return m_config ? m_config->rowVersion : 0; }
    /// Whether the dialog is storing its own change (the secret goes to the keychain, then the row).
    bool isSaving() const { return m_secretWrite != nullptr; }
    /// The provider was changed or removed elsewhere while the form was open (live refresh): says so
    /// with `text`, and Save stays off, so the form cannot overwrite what it never showed.
    void recordChangedElsewhere(const QString& text);
    bool changedElsewhere() const { return m_changedElsewhere; }
    QPushButton* saveButton() const { return m_saveButton; }
    QLabel* resultLabel() const { return m_result; }

signals:
    /// The provider was stored (created or edited; secret stored if one was typed).
    void saved(qint64 providerId);
    void checkFinished(const backoffice::CheckResult& result);

private:
    void buildUi();
    void addField(QFormLayout* form, const QString& field, const QString& label, QWidget* editor);
    void updateKindLabels();
    void updateSecretField();
    void clearProblems();
    void showProblems(const QList<Error>& problems);
    void save();
    void startCheck(CheckKind kind);
    void setBusy(bool busy, const QString& message = {});
    QString fieldFor(const QString& errorField) const;
    QString problemWords(const Error& problem) const;

    const ProviderService& m_service;
    Actor m_actor;
    std::optional<ProviderConfig> m_config;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_accountId = nullptr;
    QLineEdit* m_apiKeySid = nullptr;
    QLineEdit* m_secret = nullptr;
    QToolButton* m_showSecret = nullptr;
    QLineEdit* m_sender = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_statusPageUrl = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_threshold = nullptr;
    QSpinBox* m_timeout = nullptr;
    QHash<QString, QLabel*> m_problemLabels;
    QHash<QString, QLabel*> m_fieldLabels;

    QLineEdit* m_testTo = nullptr;
    QLineEdit* m_messageId = nullptr;
    QList<QPushButton*> m_checkButtons;
    QPushButton* m_saveButton = nullptr;
    ProgressWithCancel* m_progress = nullptr;
    QLabel* m_result = nullptr;
    /// The latest credentials, balance and service status answers, side by side.
    QLabel* m_credentialsResult = nullptr;
    QLabel* m_balanceResult = nullptr;
    QLabel* m_serviceStatusResult = nullptr;
    /// What a test SMS should be warned about, from the latest balance and service status answers.
    QString m_balanceWarning;
    QString m_incident;
    QPointer<ProviderCheckJob> m_job;
    QPointer<QObject> m_secretWrite;
    bool m_changedElsewhere = false;
};

} // namespace backoffice::ui
