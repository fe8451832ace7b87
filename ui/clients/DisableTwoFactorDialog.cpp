// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/DisableTwoFactorDialog.h"
#include "ui/common/ErrorText.h"

#include "core/common/DateTimeText.h"
#include "core/verification/CallerVerification.h"
#include "core/verification/MaskedDestination.h"
#include "core/verification/VerificationChannel.h"
#include "core/verification/VerificationRefusal.h"
#include "ui/clients/ClientListModel.h"
#include "ui/common/AccessibleControls.h"
#include "ui/common/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
const QString errorStyle = u"color: #b00020;"_s;
const QString goodStyle = u"color: #1b5e20;"_s;

/// A label that shows a changing value: plain text, selectable, readable by a screen reader.
QLabel* statusLabel(const QString& objectName, const QString& whatItShows)
{
    QLabel* label = newMessageLabel(objectName, whatItShows, nullptr);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// One step of the verification as a row: its label (the mnemonic reaches `field`), the field taking the room there
/// is, and the button that acts on it. The button never turns into the default one when focused: Enter stays with
/// Cancel (see eventFilter).
QHBoxLayout* stepRow(const QString& label, QWidget* field, QPushButton* button)
{
    auto* row = new QHBoxLayout;
    auto* fieldLabel = new QLabel(label);
    fieldLabel->setBuddy(field);
    row->addWidget(fieldLabel);
    row->addWidget(field, 1);
    button->setAutoDefault(false);
    row->addWidget(button);
    return row;
}

/// What a disable and a four-eyes request both say: the client as the operator saw it, and the operator's
/// reason.
template<typename Request> Request aboutClient(const Client& client, const QString& reason, bool clientRequested)
{
    Request request;
    setClientAsSeen(request, client);
    request.reason = reason;
    request.clientRequested = clientRequested;
    return request;
}
} // namespace

DisableTwoFactorDialog::DisableTwoFactorDialog(const TwoFactorService& service, const CallerVerification& verification,
                                               const Actor& actor, const Client& client, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_verification(verification)
    , m_actor(actor)
    , m_client(client)
    , m_rule(service.reasonRule())
{
    const QString method = ClientListModel::methodText(client.method);
    setWindowTitle(tr("Disable %1").arg(method));
    setAccessibleName(windowTitle());
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Disable %1 for %2 (ID %3)?</b>")
                                   .arg(method.toHtmlEscaped(), client.displayName().toHtmlEscaped())
                                   .arg(client.id));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto* warningRow = new QHBoxLayout;
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    warningRow->addWidget(icon);
    QString warning = tr("Disabling two-factor authentication removes a layer of protection from the client's "
                         "account. Do it only at the client's explicit request and under the client's own "
                         "responsibility.");
    if (client.method == TwoFactorMethod::Authenticator)
        warning += u' '
            + tr("The authenticator secret is erased: to use Google Authenticator again the client sets it up "
                 "anew in the Security section of the client UI.");
    else
        warning += u' ' + tr("The client can turn SMS confirmation on again in the Security section of the client UI.");
    auto* warningLabel = new QLabel(warning);
    warningLabel->setWordWrap(true);
    warningLabel->setObjectName(u"warningLabel"_s);
    warningRow->addWidget(warningLabel, 1);
    layout->addLayout(warningRow);

    // Step 1: the caller proves to be the client with a code on a channel they already control.
    auto* verify = new QGroupBox(tr("1. Verify the caller"));
    verify->setAccessibleName(tr("Verify the caller"));
    // Rows of their own rather than a form: the wrapped status texts then get the height they need.
    auto* verifyLayout = new QVBoxLayout(verify);
    m_channel = new QComboBox;
    m_channel->setAccessibleName(tr("Where the code goes"));
    nameDropDownList(m_channel, tr("Channels"));
    if (channelMayVerifyRemovalOf(VerificationChannel::Sms, client.method)) {
        const QString to
            = client.phone.isEmpty() ? tr("no phone number on file") : MaskedDestination::phone(client.phone);
        m_channel->addItem(tr("SMS to %1").arg(to), QVariant::fromValue(int(VerificationChannel::Sms)));
    }
    if (channelMayVerifyRemovalOf(VerificationChannel::Email, client.method)) {
        const QString to = client.email.trimmed().isEmpty() ? tr("no e-mail address on file")
                                                            : MaskedDestination::email(client.email.trimmed());
        m_channel->addItem(m_verification.hasEmail() ? tr("E-mail to %1").arg(to)
                                                     : tr("E-mail to %1 (e-mail is not set up)").arg(to),
                           QVariant::fromValue(int(VerificationChannel::Email)));
    }
    m_send = new QPushButton(tr("Se&nd code"));
    m_send->setAccessibleName(tr("Send a code to the client"));
    verifyLayout->addLayout(stepRow(tr("C&hannel:"), m_channel, m_send));
    m_sendProgress = new QProgressBar;
    m_sendProgress->setRange(0, 0); // busy: the answer comes when the provider or the server answers
    m_sendProgress->setTextVisible(false);
    m_sendProgress->setMaximumHeight(8);
    m_sendProgress->setAccessibleName(tr("Sending the code"));
    m_sendProgress->hide();
    verifyLayout->addWidget(m_sendProgress);
    m_sendStatus = statusLabel(u"sendStatusLabel"_s, tr("Code sending status"));
    m_sendStatus->hide();
    verifyLayout->addWidget(m_sendStatus);
    m_simSwap = statusLabel(u"simSwapWarning"_s, tr("SIM swap warning"));
    m_simSwap->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_simSwap->hide();
    verifyLayout->addWidget(m_simSwap);
    m_code = new QLineEdit;
    m_code->setAccessibleName(tr("Code the client reads out"));
    m_code->setPlaceholderText(tr("six digits"));
    m_code->setMaxLength(6);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_check = new QPushButton(tr("Chec&k code"));
    m_check->setAccessibleName(tr("Check the code"));
    verifyLayout->addLayout(stepRow(tr("&Code:"), m_code, m_check));
    m_checkStatus = statusLabel(u"checkStatusLabel"_s, tr("Code check result"));
    m_checkStatus->hide();
    verifyLayout->addWidget(m_checkStatus);
    layout->addWidget(verify);

    // Step 2: the client's request and the reason.
    auto* confirmBox = new QGroupBox(tr("2. Confirm"));
    confirmBox->setAccessibleName(tr("Confirm"));
    auto* confirmLayout = new QVBoxLayout(confirmBox);
    m_requested = new QCheckBox(tr("The client explicitly asked for this"));
    m_requested->setAccessibleName(tr("The client explicitly asked for this"));
    confirmLayout->addWidget(m_requested);
    auto* form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("e.g. ticket SUP-1234: lost phone"));
    m_reason->setAccessibleName(tr("Reason or ticket reference"));
    m_reason->setMaxLength(DisableReasonRule::maximumLength);
    form->addRow(tr("&Reason or ticket reference:"), m_reason);
    confirmLayout->addLayout(form);
    m_reasonHint = statusLabel(u"reasonHint"_s, tr("Reason rule"));
    m_reasonHint->setText(
        tr("A ticket reference (like SUP-1234) or at least %n characters.", nullptr, m_rule.minimumLength));
    confirmLayout->addWidget(m_reasonHint);
    layout->addWidget(confirmBox);

    // The other way: a colleague approves (four eyes) when no code can prove who is calling.
    m_fourEyes = new QGroupBox(tr("Or: ask a colleague to approve"));
    m_fourEyes->setAccessibleName(tr("Ask a colleague to approve"));
    auto* fourEyesForm = new QFormLayout(m_fourEyes);
    m_identityCheck = new QLineEdit;
    m_identityCheck->setAccessibleName(tr("How was identity checked"));
    m_identityCheck->setPlaceholderText(tr("e.g. passport seen at the branch"));
    m_identityCheck->setMaxLength(DisableRequestService::maximumTextLength);
    fourEyesForm->addRow(tr("How was &identity checked:"), m_identityCheck);
    m_request = new QPushButton(tr("&Ask a colleague to approve"));
    m_request->setAccessibleName(tr("Ask a colleague to approve"));
    m_request->setAutoDefault(false);
    fourEyesForm->addRow(m_request);
    layout->addWidget(m_fourEyes);

    m_error = statusLabel(u"errorLabel"_s, tr("Problem"));
    m_error->setStyleSheet(errorStyle);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox;
    m_disableButton = buttons->addButton(tr("&Disable"), QDialogButtonBox::DestructiveRole);
    m_disableButton->setAccessibleName(tr("Disable %1").arg(method));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    // Cancel is the default: Enter in a field must never disable 2FA by accident.
    m_disableButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setDefault(true);
    layout->addWidget(buttons);

    connect(m_requested, &QCheckBox::toggled, this, &DisableTwoFactorDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &DisableTwoFactorDialog::updateButtons);
    connect(m_code, &QLineEdit::textChanged, this, &DisableTwoFactorDialog::updateButtons);
    connect(m_identityCheck, &QLineEdit::textChanged, this, &DisableTwoFactorDialog::updateButtons);
    connect(m_send, &QPushButton::clicked, this, &DisableTwoFactorDialog::sendCode);
    connect(m_check, &QPushButton::clicked, this, &DisableTwoFactorDialog::checkCode);
    connect(m_request, &QPushButton::clicked, this, &DisableTwoFactorDialog::fileRequest);
    connect(m_disableButton, &QPushButton::clicked, this, &DisableTwoFactorDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
    for (QLineEdit* edit : {m_reason, m_code, m_identityCheck})
        edit->installEventFilter(this);
    m_channel->setFocus();
}

QString DisableTwoFactorDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool DisableTwoFactorDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in a text field would press the default button (Cancel, rightly) and drop what was
    // typed; there it does nothing, except in the code field, where it checks the code. Elsewhere
    // Enter still cancels, and only a click or Alt+D disables.
    if ((watched == m_reason || watched == m_code || watched == m_identityCheck) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_code && m_check->isEnabled())
                checkCode();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool DisableTwoFactorDialog::reasonIsGood() const
{
    return !m_reason->text().trimmed().isEmpty() && !m_rule.problemWith(m_reason->text());
}

void DisableTwoFactorDialog::updateButtons()
{
    const bool confirmed = m_requested->isChecked() && reasonIsGood() && !m_changedElsewhere;
    m_reasonHint->setStyleSheet(m_reason->text().trimmed().isEmpty() || reasonIsGood() ? QString() : errorStyle);
    // After a SIM swap no code proves who is calling, whatever the channel: only four eyes remain.
    const bool mayVerify = !m_simSwapped && !m_changedElsewhere;
    m_send->setEnabled(!m_sending && mayVerify && m_channel->count() > 0 && m_verificationId == 0);
    m_channel->setEnabled(!m_sending && mayVerify && m_verificationId == 0);
    m_sendProgress->setVisible(m_sending);
    m_check->setEnabled(mayVerify && m_verificationId == 0 && m_code->text().size() == 6);
    m_code->setEnabled(mayVerify);
    m_code->setReadOnly(m_verificationId != 0);
    m_disableButton->setEnabled(confirmed && m_verificationId != 0);
    m_request->setEnabled(confirmed && m_verificationId == 0
                          && m_identityCheck->text().trimmed().size()
                              >= DisableRequestService::minimumIdentityCheckLength);
}

void DisableTwoFactorDialog::recordChangedElsewhere(const QString& text)
{
    m_changedElsewhere = true;
    showError(text + u' '
              + tr("Nothing can be disabled or requested from this dialog any more: cancel, check the client's "
                   "current state and start again if still needed."));
    updateButtons();
    m_cancelButton->setFocus();
}

void DisableTwoFactorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fitContents();
}

void DisableTwoFactorDialog::fitContents()
{
    // A status text that appeared or grew must not be squeezed into the height the dialog had.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void DisableTwoFactorDialog::sendCode()
{
    if (m_sending || m_channel->currentIndex() < 0)
        return;
    CodeRequest request;
    request.clientId = m_client.id;
    request.method = m_client.method;
    request.channel = VerificationChannel(m_channel->currentData().toInt());
    m_sending = true;
    m_code->clear(); // a new code replaces the open one
    m_checkStatus->hide();
    m_simSwap->hide();
    showError({});
    m_sendStatus->setStyleSheet(QString());
    m_sendStatus->setText(tr("Sending the code…"));
    m_sendStatus->show();
    updateButtons();
    fitContents();
    // The answer is dropped when the dialog closes first (closing cancels the wait; the send is audited).
    m_verification.sendCode(m_actor, request, this, [this](Result<CodeSent> sent) {
        m_sending = false;
        if (sent) {
            const QString channel = sent->channel == VerificationChannel::Sms ? tr("SMS") : tr("e-mail");
            QString text = tr("Code sent by %1 to %2. Ask the client to read it out; valid until %3.")
                               .arg(channel, sent->maskedDestination, dateTimeText(sent->expiresAt));
            if (sent->deliveryUncertain)
                text += u' ' + tr("The answer did not arrive whole: the code may or may not have arrived.");
            m_sendStatus->setStyleSheet(QString());
            m_sendStatus->setText(text);
            m_code->setFocus();
        } else {
            m_sendStatus->setStyleSheet(errorStyle);
            m_sendStatus->setText(tr("No code was sent: %1").arg(ErrorText::describe(sent.error())));
            if (VerificationRefusals::of(sent.error()) == VerificationRefusal::SimSwapped) {
                m_sendStatus->hide(); // the warning says it all
                m_simSwapped = true;
                m_simSwap->setText(tr("Warning: the carrier reports a recent SIM swap on the client's number. The "
                                      "caller may not be the client. No code can prove who is calling: only a "
                                      "colleague's approval remains (below)."));
                m_simSwap->show();
                m_identityCheck->setFocus();
            }
        }
        updateButtons();
        fitContents();
        emit codeSendFinished();
    });
}

void DisableTwoFactorDialog::checkCode()
{
    if (m_verificationId != 0 || m_code->text().size() != 6)
        return;
    auto checked = m_verification.identity().verifyCode(m_actor, m_client.id, m_client.method, m_code->text());
    m_checkStatus->show();
    if (!checked) {
        m_checkStatus->setStyleSheet(errorStyle);
        m_checkStatus->setText(ErrorText::describe(checked.error()));
        fitContents();
        return;
    }
    const CodeCheck& check = checked.value();
    // Only a verified code is good news; every other answer says why the code does not count.
    m_checkStatus->setStyleSheet(check.outcome == CodeCheck::Outcome::Verified ? goodStyle : errorStyle);
    switch (check.outcome) {
    case CodeCheck::Outcome::Verified:
        m_verificationId = check.challengeId;
        m_checkStatus->setText(tr("Verified: the caller read back the code sent to %1.").arg(check.maskedDestination));
        break;
    case CodeCheck::Outcome::Wrong:
        m_checkStatus->setText(tr("Wrong code. %n attempt(s) left.", nullptr, check.attemptsLeft));
        m_code->selectAll();
        break;
    case CodeCheck::Outcome::Locked:
        m_checkStatus->setText(tr("Locked: too many wrong codes. Send a new code, or ask a colleague to approve."));
        m_code->clear();
        break;
    case CodeCheck::Outcome::Expired:
        m_checkStatus->setText(tr("The code expired. Send a new one."));
        m_code->clear();
        break;
    case CodeCheck::Outcome::NoOpenCode:
        m_checkStatus->setText(tr("No code is open for this client: send one first."));
        m_code->clear();
        break;
    }
    updateButtons();
    fitContents();
}

void DisableTwoFactorDialog::fileRequest()
{
    if (!m_request->isEnabled())
        return;
    auto input = aboutClient<DisableRequestInput>(m_client, reason(), m_requested->isChecked());
    input.identityChecked = m_identityCheck->text().trimmed();
    auto filed = m_verification.requests().request(m_actor, input);
    if (filed) {
        m_filed = filed.value();
        m_outcome = Outcome::RequestFiled;
        accept();
        return;
    }
    const VerificationRefusal refused = VerificationRefusals::of(filed.error());
    if (refused == VerificationRefusal::ClientChanged || refused == VerificationRefusal::MethodNotOn
        || filed.error().code == Error::Code::NotFound) {
        closeAsStale(filed.error());
        return;
    }
    showError(tr("No request was filed: %1").arg(ErrorText::describe(filed.error())));
}

void DisableTwoFactorDialog::closeAsStale(const Error& error)
{
    m_stale = true;
    m_staleText = ErrorText::describe(error);
    reject();
}

void DisableTwoFactorDialog::confirm()
{
    if (!m_disableButton->isEnabled())
        return;
    auto request = aboutClient<DisableTwoFactorRequest>(m_client, reason(), m_requested->isChecked());
    request.verificationId = m_verificationId;
    auto result = m_service.disable(m_actor, request);
    if (result) {
        m_updated = result.value();
        m_outcome = Outcome::Disabled;
        accept();
        return;
    }
    switch (result.error().code) {
    case Error::Code::Conflict:
    case Error::Code::NotFound:
        closeAsStale(result.error());
        return;
    default:
        break;
    }
    if (VerificationRefusals::of(result.error()) != VerificationRefusal::None) {
        // The code cannot be used (any more): start over with a new one.
        m_verificationId = 0;
        m_code->clear();
        m_checkStatus->hide();
        updateButtons();
    }
    showError(tr("Nothing was changed: %1").arg(ErrorText::describe(result.error())));
}

} // namespace backoffice::ui
