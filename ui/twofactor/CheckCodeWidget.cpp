// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/twofactor/CheckCodeWidget.h"
#include "core/common/DateTimeText.h"
#include "ui/common/ErrorText.h"
#include "ui/common/MessageLabel.h"

#include "core/twofactor/CodeCheckService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

CheckCodeWidget::CheckCodeWidget(const CodeCheckService& service, Actor actor, qint64 clientId, QWidget* parent,
                                 const Clock& clock)
    : QGroupBox(tr("Check a code"), parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_clientId(clientId)
    , m_clock(clock)
{
    setObjectName(u"checkCodeGroupBox"_s);
    setAccessibleName(tr("Check a code"));

    auto* explanation
        = new QLabel(tr("Ask the client to read out the code Google Authenticator shows now, and type it here."), this);
    explanation->setWordWrap(true);

    m_code = new QLineEdit(this);
    m_code->setObjectName(u"codeLineEdit"_s);
    m_code->setAccessibleName(tr("Code the client reads out"));
    m_code->setPlaceholderText(tr("6 to 8 digits"));
    m_code->setMaxLength(8);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);

    m_checkButton = new QPushButton(tr("Check"), this);
    m_checkButton->setObjectName(u"checkPushButton"_s);
    m_checkButton->setAccessibleName(tr("Check the code"));
    m_checkButton->setDefault(true);

    m_answer = newMessageLabel(u"answerLabel"_s, tr("Result of the check"), this);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_allowance = new QLabel(this);
    m_allowance->setObjectName(u"allowanceLabel"_s);
    m_allowance->setAccessibleDescription(tr("Checks left"));

    m_unlockTimer = new QTimer(this);
    m_unlockTimer->setSingleShot(true);
    connect(m_unlockTimer, &QTimer::timeout, this, &CheckCodeWidget::refreshAllowance);

    auto* row = new QHBoxLayout;
    row->addWidget(m_code, 1);
    row->addWidget(m_checkButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(row);
    layout->addWidget(m_answer);
    layout->addWidget(m_allowance);

    connect(m_code, &QLineEdit::returnPressed, this, &CheckCodeWidget::check);
    connect(m_checkButton, &QPushButton::clicked, this, &CheckCodeWidget::check);
    connect(m_code, &QLineEdit::textChanged, this, &CheckCodeWidget::updateButton);

    if (!m_actor.can(Permission::CheckCode)) {
        setLocked(true, tr("Your role does not allow checking codes; ask a support operator."));
        return;
    }
    if (const Status available = m_service.available(); !available) {
        showError(available.error());
        return;
    }
    refreshAllowance();
}

void CheckCodeWidget::refreshAllowance()
{
    if (!m_actor.can(Permission::CheckCode) || !m_service.available())
        return;
    auto allowance = m_service.allowance(m_clientId);
    if (!allowance) {
        showError(allowance.error());
        return;
    }
    showAllowance(allowance.value());
}

void CheckCodeWidget::check()
{
    if (m_locked)
        return;
    if (m_code->text().size() < 6) {
        m_answer->setProperty("outcome", u"error"_s);
        m_answer->setText(tr("Type all the digits the app shows (6 to 8)."));
        return;
    }
    // Read the code once and clear the field at once: it is never kept, whatever the outcome.
    const QString code = m_code->text();
    m_code->clear();
    auto result = m_service.check(m_actor, m_clientId, code);
    if (result)
        showResult(result.value());
    else
        showError(result.error());
    emit checkFinished();
}

void CheckCodeWidget::showResult(const CodeCheckResult& result)
{
    const DriftResult& match = result.match;
    QString text;
    switch (match.kind) {
    case DriftResult::Kind::Valid:
        text = tr("Valid: the code is right. The client's app holds the right secret and its clock is correct.");
        break;
    case DriftResult::Kind::Drift: {
        const qint64 seconds = std::abs(match.offsetSeconds);
        const int minutes = int((seconds + 30) / 60);
        const QString offset = match.offsetSeconds > 0
            ? tr("The code is right, but the device clock is about %n minute(s) ahead.", nullptr, minutes)
            : tr("The code is right, but the device clock is about %n minute(s) behind.", nullptr, minutes);
        text = offset + u' '
            + tr("Tell the client to turn on automatic date and time in the phone's settings. In Google "
                 "Authenticator on Android: Settings > Time correction for codes > Sync now.");
        break;
    }
    case DriftResult::Kind::NoMatch:
        text = tr("No match within 24 hours: the client's app holds another secret or another account. Disable "
                  "Google Authenticator for this client and let them enrol again.");
        break;
    }
    m_answer->setProperty("outcome", driftKindToString(match.kind));
    m_answer->setText(text);
    showAllowance(result.allowance);
}

void CheckCodeWidget::showError(const Error& error)
{
    QString text;
    switch (error.code) {
    case Error::Code::RateLimited:
        text = tr("Too many checks for this client: 10 are allowed per 10 minutes. Try again at %1.")
                   .arg(timeText(QDateTime::fromString(error.detail, Qt::ISODate)));
        break;
    case Error::Code::InvalidInput:
        if (error.field == u"method")
            text = tr("This client does not have Google Authenticator on.");
        else
            text = tr("That is not a code from this client's app: type all the digits the app shows.");
        break;
    case Error::Code::PermissionDenied:
        text = tr("Your role does not allow checking codes; ask a support operator.");
        break;
    case Error::Code::NotFound:
        text = tr("This client no longer exists.");
        break;
    case Error::Code::KeyMissing:
        text = tr("Codes cannot be checked: this database's data key is not in the keychain. Import it with "
                  "'backoffice-cli keys import' from a desktop that has it.");
        break;
    case Error::Code::KeychainUnavailable:
        text = tr("Codes cannot be checked: the system keychain is unavailable or locked. Unlock it (or sign in "
                  "again) and reopen the client.");
        break;
    case Error::Code::DecryptionFailed:
        text = tr("Codes cannot be checked: the client's secret cannot be decrypted (wrong data key or damaged "
                  "data).");
        break;
    default:
        text = tr("The check failed: %1").arg(ErrorText::describe(error));
        break;
    }
    m_answer->setProperty("outcome", u"error"_s);
    m_answer->setText(text);
    switch (error.code) {
    case Error::Code::KeyMissing:
    case Error::Code::KeychainUnavailable:
    case Error::Code::DecryptionFailed:
    case Error::Code::PermissionDenied:
        setLocked(true);
        break;
    case Error::Code::RateLimited:
        refreshAllowance();
        break;
    default:
        break;
    }
}

void CheckCodeWidget::showAllowance(const CodeCheckAllowance& allowance)
{
    if (allowance.exhausted()) {
        m_allowance->setText(
            tr("No checks left for this client; the next is allowed at %1.").arg(timeText(allowance.resetsAt)));
        setLocked(true);
        const qint64 wait = m_clock.nowUtc().msecsTo(allowance.resetsAt);
        m_unlockTimer->start(int(std::clamp<qint64>(wait + 500, 0, 24 * 3600 * 1000)));
        return;
    }
    if (allowance.resetsAt.isValid())
        m_allowance->setText(tr("%n of %1 checks left; resets at %2", nullptr, allowance.remaining)
                                 .arg(allowance.limit)
                                 .arg(timeText(allowance.resetsAt)));
    else
        m_allowance->setText(tr("%n of %1 checks left", nullptr, allowance.remaining).arg(allowance.limit));
    setLocked(false);
}

void CheckCodeWidget::showClientState(const Client& client)
{
    if (client.id != m_clientId || client.method == TwoFactorMethod::Authenticator)
        return;
    m_answer->setProperty("outcome", u"off"_s);
    setLocked(true, tr("Google Authenticator is off for this client: there is no code to check."));
}

void CheckCodeWidget::setLocked(bool locked, const QString& reason)
{
    m_locked = locked;
    m_code->setEnabled(!locked);
    if (locked)
        m_code->clear();
    if (!reason.isEmpty())
        m_answer->setText(reason);
    updateButton();
}

void CheckCodeWidget::updateButton()
{
    m_checkButton->setEnabled(!m_locked && m_code->text().size() >= 6);
}

QString CheckCodeWidget::timeText(const QDateTime& utc) const
{
    return utc.isValid() ? dateTimeText(utc) : tr("unknown");
}

} // namespace backoffice::ui
