// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/ProviderDialog.h"
#include "ui/common/AccessibleControls.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/ProgressWithCancel.h"

#include "core/sms/CheckResultText.h"
#include "core/sms/ProviderFactory.h"
#include "core/sms/ProviderService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

ProviderDialog::ProviderDialog(const ProviderService& service, Actor actor, std::optional<ProviderConfig> existing,
                               QWidget* parent)
    : QDialog(parent), m_service(service), m_actor(std::move(actor)), m_config(std::move(existing))
{
    buildUi();
    if (m_config) {
        setWindowTitle(tr("SMS provider: %1").arg(m_config->name));
        m_kind->setCurrentIndex(m_kind->findData(m_config->kind));
        m_kind->setEnabled(false);
        m_name->setText(m_config->name);
        m_accountId->setText(m_config->accountId);
        m_apiKeySid->setText(m_config->apiKeySid);
        m_sender->setText(m_config->sender);
        m_baseUrl->setText(m_config->baseUrl);
        m_statusPageUrl->setText(m_config->statusPageUrl);
        m_enabled->setChecked(m_config->enabled);
        if (m_config->lowBalanceThreshold)
            m_threshold->setText(QLocale().toString(*m_config->lowBalanceThreshold));
        m_timeout->setValue(m_config->timeoutMs / 1000);
    } else {
        setWindowTitle(tr("Add SMS provider"));
    }
    updateKindLabels();
    updateSecretField();
}

ProviderDialog::~ProviderDialog()
{
    if (m_job)
        m_job->abandon(); // recorded as cancelled; not shown in this closing dialog
}

void ProviderDialog::addField(QFormLayout* form, const QString& field, const QString& label, QWidget* editor)
{
    auto* problem = new QLabel(this);
    problem->setObjectName(u"problem-"_s + field);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #b00020;"_s);
    problem->hide();
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(editor);
    column->addWidget(problem);
    auto* fieldLabel = new QLabel(label, this);
    fieldLabel->setBuddy(editor);
    form->addRow(fieldLabel, column);
    m_problemLabels.insert(field, problem);
    m_fieldLabels.insert(field, fieldLabel);
}

void ProviderDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* settings = new QGroupBox(tr("Provider settings"), this);
    auto* form = new QFormLayout(settings);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Provider kind"));
    nameDropDownList(m_kind, tr("Provider kinds"));
    for (const QString& kind : ProviderFactory::instance().kinds())
        m_kind->addItem(ProviderFactory::instance().find(kind)->displayName, kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateKindLabels(); });
    addField(form, u"kind"_s, tr("&Kind:"), m_kind);

    const auto addTextField = [&](const QString& field, const QString& label, const QString& accessibleName) {
        auto* edit = new QLineEdit(this);
        edit->setAccessibleName(accessibleName);
        addField(form, field, label, edit);
        return edit;
    };
    m_name = addTextField(u"name"_s, tr("&Name:"), tr("Display name"));

    m_accountId = new QLineEdit(this);
    addField(form, u"account-id"_s, tr("Account SID:"), m_accountId);
    m_apiKeySid = addTextField(u"api-key-sid"_s, tr("API Key S&ID:"), tr("API Key SID (optional)"));
    m_apiKeySid->setPlaceholderText(tr("optional: SK… when using an API key instead of the auth token"));

    // The secret: masked; "Show" only while the operator is typing a new one.
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret"));
    m_showSecret = new QToolButton(this);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    m_showSecret->setAccessibleName(tr("Show the secret being typed"));
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown && !m_secret->text().isEmpty() ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_secret, &QLineEdit::textChanged, this, [this] { updateSecretField(); });
    auto* secretRow = new QWidget(this);
    auto* secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret);
    secretLayout->addWidget(m_showSecret);
    addField(form, u"secret"_s, tr("Auth &token:"), secretRow);
    // The label's mnemonic must reach the text field, not the row around it and its Show button.
    m_fieldLabels.value(u"secret"_s)->setBuddy(m_secret);

    m_sender = addTextField(u"from"_s, tr("&Sender:"), tr("Sender"));
    m_baseUrl = addTextField(u"base-url"_s, tr("API &base URL:"), tr("API base URL"));
    m_statusPageUrl = addTextField(u"status-page-url"_s, tr("Status &page URL:"), tr("Status page URL"));
    m_threshold = addTextField(u"low-balance"_s, tr("&Low-balance threshold:"), tr("Low-balance threshold"));
    m_threshold->setPlaceholderText(tr("no threshold"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 120);
    m_timeout->setValue(ProviderConfig::DefaultTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Network timeout in seconds"));
    addField(form, u"timeout"_s, tr("Ti&meout:"), m_timeout);
    m_enabled = new QCheckBox(tr("&Enabled: used to send SMS"), this);
    m_enabled->setChecked(true);
    m_enabled->setAccessibleName(tr("Enabled"));
    form->addRow(QString(), m_enabled);
    layout->addWidget(settings);

    auto* checks = new QGroupBox(tr("Checks"), this);
    auto* checksLayout = new QVBoxLayout(checks);
    auto* row = new QHBoxLayout;
    auto addCheckButton = [&](const QString& text, CheckKind kind, QLayout* into) {
        auto* button = new QPushButton(text, this);
        button->setAccessibleName(QString(text).remove(u'&'));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, kind] { startCheck(kind); });
        into->addWidget(button);
        m_checkButtons.append(button);
        return button;
    };
    addCheckButton(tr("Check &credentials"), CheckKind::Credentials, row)->setObjectName(u"checkCredentials"_s);
    addCheckButton(tr("Check b&alance"), CheckKind::Balance, row)->setObjectName(u"checkBalance"_s);
    addCheckButton(tr("Check service stat&us"), CheckKind::ServiceStatus, row)->setObjectName(u"checkServiceStatus"_s);
    checksLayout->addLayout(row);
    // Each check keeps its answer on screen: credentials, balance and status are read together.
    auto* answers = new QFormLayout;
    const auto addAnswer = [&](const QString& name, const QString& label, const QString& description) {
        QLabel* answer = newMessageLabel(name, description, this);
        answer->setText(tr("not checked yet"));
        answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
        answers->addRow(label, answer);
        return answer;
    };
    m_credentialsResult = addAnswer(u"credentialsResult"_s, tr("Credentials:"), tr("Result of the credentials check"));
    m_balanceResult = addAnswer(u"balanceResult"_s, tr("Balance:"), tr("Result of the balance check"));
    m_serviceStatusResult
        = addAnswer(u"serviceStatusResult"_s, tr("Service status:"), tr("Result of the service status check"));
    checksLayout->addLayout(answers);

    // The checks that need one value: its field, then the button that asks with it.
    const auto addCheckWithInput = [&](const QString& placeholder, const QString& inputName, const QString& text,
                                       CheckKind kind, const QString& buttonObjectName) {
        auto* input = new QLineEdit(this);
        input->setPlaceholderText(placeholder);
        input->setAccessibleName(inputName);
        auto* inputRow = new QHBoxLayout;
        inputRow->addWidget(input);
        addCheckButton(text, kind, inputRow)->setObjectName(buttonObjectName);
        checksLayout->addLayout(inputRow);
        return input;
    };
    m_testTo = addCheckWithInput(tr("+44…  number to send a test SMS to"), tr("Test SMS recipient"),
                                 tr("Sen&d test SMS"), CheckKind::TestSms, u"sendTestSms"_s);
    m_messageId = addCheckWithInput(tr("message ID (SM…)"), tr("Message ID"), tr("Deli&very status"),
                                    CheckKind::MessageStatus, u"deliveryStatus"_s);

    m_progress = new ProgressWithCancel(tr("Check in progress"), tr("Cancel check"), tr("Cancel check"),
                                        u"cancelCheck"_s, this);
    m_progress->cancelButton()->setAutoDefault(false);
    connect(m_progress, &ProgressWithCancel::cancelClicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    checksLayout->addWidget(m_progress);
    m_result = newMessageLabel(u"checkResult"_s, tr("Check result"), this);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for an explained delivery error without resizing the dialog.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 5);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    checksLayout->addWidget(m_result);
    layout->addWidget(checks);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_saveButton, &QPushButton::clicked, this, &ProviderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

void ProviderDialog::updateKindLabels()
{
    const bool twilio = m_kind->currentData().toString() == u"twilio";
    m_fieldLabels.value(u"account-id"_s)->setText(twilio ? tr("Acc&ount SID:") : tr("API ke&y:"));
    m_accountId->setAccessibleName(twilio ? tr("Account SID") : tr("API key"));
    m_accountId->setPlaceholderText(twilio ? tr("AC followed by 32 hexadecimal digits") : QString());
    m_fieldLabels.value(u"secret"_s)->setText(twilio ? tr("Auth &token / API key secret:") : tr("API secre&t:"));
    m_sender->setPlaceholderText(twilio ? tr("+E.164 number or Messaging Service SID (MG…)")
                                        : tr("+E.164 number or up to 11 letters and digits"));
    m_apiKeySid->setVisible(twilio);
    m_fieldLabels.value(u"api-key-sid"_s)->setVisible(twilio);
    const ProviderKindInfo* info = ProviderFactory::instance().find(m_kind->currentData().toString());
    if (info) {
        m_baseUrl->setPlaceholderText(info->defaultBaseUrl);
        m_statusPageUrl->setPlaceholderText(info->defaultStatusPageUrl);
    }
}

void ProviderDialog::updateSecretField()
{
    const bool typing = !m_secret->text().isEmpty();
    m_showSecret->setEnabled(typing);
    if (!typing && m_showSecret->isChecked())
        m_showSecret->setChecked(false);
    if (!typing)
        m_secret->setEchoMode(QLineEdit::Password);
    const bool stored = m_config && m_config->hasSecret;
    m_secret->setPlaceholderText(stored ? tr("stored in keychain — type to replace") : tr("not stored yet"));
}

ProviderConfig ProviderDialog::currentConfig() const
{
    ProviderConfig config = m_config.value_or(ProviderConfig());
    config.kind = m_kind->currentData().toString();
    config.name = m_name->text().trimmed();
    config.accountId = m_accountId->text().trimmed();
    config.apiKeySid = config.kind == u"twilio" ? m_apiKeySid->text().trimmed() : QString();
    config.sender = m_sender->text().trimmed();
    config.baseUrl = m_baseUrl->text().trimmed();
    config.statusPageUrl = m_statusPageUrl->text().trimmed();
    config.enabled = m_enabled->isChecked();
    config.timeoutMs = m_timeout->value() * 1000;
    const QString threshold = m_threshold->text().trimmed();
    if (threshold.isEmpty()) {
        config.lowBalanceThreshold.reset();
    } else {
        bool ok = false;
        double value = QLocale().toDouble(threshold, &ok);
        if (!ok)
            value = threshold.toDouble(&ok);
        config.lowBalanceThreshold = ok ? value : -1.0; // -1 is reported as invalid
    }
    return config;
}

QString ProviderDialog::fieldFor(const QString& errorField) const
{
    if (errorField == u"account-sid" || errorField == u"api-key")
        return u"account-id"_s;
    return m_problemLabels.contains(errorField) ? errorField : u"name"_s;
}

QString ProviderDialog::problemText(const QString& field) const
{
    const QLabel* label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProviderDialog::clearProblems()
{
    for (QLabel* label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
}

void ProviderDialog::showProblems(const QList<Error>& problems)
{
    clearProblems();
    for (const Error& problem : problems) {
        QLabel* label = m_problemLabels.value(fieldFor(problem.field));
        const QString text = problemWords(problem);
        label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
        const QLabel* fieldLabel = m_fieldLabels.value(fieldFor(problem.field));
        label->setAccessibleDescription(
            tr("Problem with %1 %2").arg(fieldLabel ? QString(fieldLabel->text()).remove(u'&') : problem.field, text));
        label->show();
    }
    adjustSize(); // word-wrapped problem texts need their height
}

QString ProviderDialog::problemWords(const Error& problem) const
{
    // Core names the field and keeps its detail untranslated; the words are chosen here.
    const QString& field = problem.field;
    const bool twilio = m_kind->currentData().toString() == u"twilio";
    if (problem.code == Error::Code::Conflict && field == u"name")
        return tr("Another provider already has this name.");
    if (problem.code != Error::Code::InvalidInput)
        return ErrorText::describe(problem);
    if (problem.detail == u"required")
        return tr("Required.");
    if (field == u"name")
        return tr("At most 100 characters.");
    if (field == u"account-sid")
        return tr("An Account SID is AC followed by 32 hexadecimal digits.");
    if (field == u"api-key")
        return tr("An API key is 8 letters or digits.");
    if (field == u"api-key-sid")
        return tr("An API Key SID is SK followed by 32 hexadecimal digits.");
    if (field == u"from")
        return twilio ? tr("A number in E.164 (+ and digits) or a Messaging Service SID (MG…).")
                      : tr("A number in E.164 (+ and digits) or up to 11 letters and digits.");
    if (field == u"base-url" || field == u"status-page-url")
        return tr("Must start with https:// (http:// only for 127.0.0.1, ::1 or localhost).");
    if (field == u"low-balance")
        return tr("A number, zero or more; empty for no threshold.");
    if (field == u"timeout")
        return tr("Between 1 and 120 seconds.");
    if (field == u"secret")
        return tr("No spaces or line breaks, at most 256 characters.");
    return tr("Invalid value.");
}

void ProviderDialog::save()
{
    const ProviderConfig config = currentConfig();
    QList<Error> problems = ProviderService::validate(config);
    const QByteArray secret = m_secret->text().toUtf8();
    if (!secret.isEmpty() || !(m_config && m_config->hasSecret))
        problems.append(ProviderValidation::secretProblems(secret));
    if (!problems.isEmpty()) {
        showProblems(problems);
        m_result->setText(tr("Not saved: correct the fields marked in red."));
        return;
    }
    clearProblems();
    auto stored = m_config ? m_service.update(m_actor, config) : m_service.create(m_actor, config);
    if (!stored) {
        if (stored.error().code == Error::Code::InvalidInput || !stored.error().field.isEmpty())
            showProblems({stored.error()});
        m_result->setText(tr("Not saved: %1").arg(ErrorText::describe(stored.error())));
        return;
    }
    m_config = stored.value();
    m_kind->setEnabled(false);
    setWindowTitle(tr("SMS provider: %1").arg(m_config->name));
    if (secret.isEmpty()) {
        emit saved(m_config->id);
        accept();
        return;
    }
    setBusy(true, tr("Storing the secret in the keychain…"));
    m_progress->cancelButton()->hide(); // the keychain cannot be interrupted
    auto* context = new QObject(this);
    m_secretWrite = context;
    const qint64 id = m_config->id;
    m_service.storeSecret(m_actor, id, secret, context, [this, context, id](Status written) {
        context->deleteLater();
        setBusy(false);
        if (!written) {
            showProblems({written.error().code == Error::Code::InvalidInput
                              ? written.error()
                              : Error {written.error().code, u"secret"_s, written.error().detail}});
            m_result->setText(
                tr("The settings were saved, but the secret was not: %1").arg(ErrorText::describe(written.error())));
            emit saved(id);
            return;
        }
        m_secret->clear();
        m_config->hasSecret = true;
        updateSecretField();
        emit saved(id);
        accept();
    });
}

void ProviderDialog::recordChangedElsewhere(const QString& text)
{
    m_changedElsewhere = true;
    m_saveButton->setEnabled(false);
    m_saveButton->setToolTip(tr("Saving would overwrite a change this form does not show."));
    m_result->setText(text + u' '
                      + tr("Saving is off so that it cannot overwrite that change: close this window and open the "
                           "provider again."));
}

void ProviderDialog::setBusy(bool busy, const QString& message)
{
    if (busy)
        m_progress->start(0); // a check is one request: no steps to count
    else
        m_progress->finish();
    for (QPushButton* button : std::as_const(m_checkButtons))
        button->setEnabled(!busy);
    m_saveButton->setEnabled(!busy && !m_changedElsewhere);
    if (!message.isEmpty())
        m_result->setText(message);
}

void ProviderDialog::startCheck(CheckKind kind)
{
    if (m_job)
        return;
    CheckRequest request;
    request.kind = kind;
    request.providerId = providerId();
    const ProviderConfig config = currentConfig();
    const QList<Error> problems = ProviderService::validate(config);
    if (!problems.isEmpty()) {
        showProblems(problems);
        m_result->setText(tr("Correct the fields marked in red first."));
        return;
    }
    clearProblems();
    request.settings = config;
    if (!m_secret->text().isEmpty())
        request.secret = m_secret->text().toUtf8();
    request.to = m_testTo->text().trimmed();
    request.messageId = m_messageId->text().trimmed();
    auto started = m_service.startCheck(m_actor, request);
    if (!started) {
        m_result->setText(ErrorText::describe(started.error()));
        return;
    }
    m_job = started.value();
    const QString kindName = config.kind;
    m_job->then(this, [this, kindName](const CheckResult& result) {
        m_job = nullptr;
        setBusy(false);
        QString text = CheckResultText::describe(result, kindName);
        switch (result.kind) {
        case CheckKind::Credentials:
            m_credentialsResult->setText(text);
            break;
        case CheckKind::Balance:
            m_balanceResult->setText(text);
            m_balanceWarning = result.balance && !result.warning.isEmpty() ? text : QString();
            break;
        case CheckKind::ServiceStatus:
            m_serviceStatusResult->setText(text);
            m_incident
                = result.service && result.service->indicator != ServiceStatus::Indicator::None ? text : QString();
            break;
        default:
            break;
        }
        if (result.sent)
            m_messageId->setText(result.sent->messageId);
        if (result.kind == CheckKind::TestSms) {
            // Accepted is not delivered: what the other checks found may still keep it from arriving.
            if (!m_balanceWarning.isEmpty())
                text += u'\n' + tr("Mind the balance: %1").arg(m_balanceWarning);
            if (!m_incident.isEmpty())
                text += u'\n' + tr("Mind the service status: %1").arg(m_incident);
        }
        m_result->setText(text);
        emit checkFinished(result);
    });
    setBusy(true, tr("Asking the provider…"));
}

} // namespace backoffice::ui
