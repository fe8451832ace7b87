// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/AuthenticatorCodeCheck.h"

#include "core/audit/AuditLog.h"
#include "core/diagnosis/DiagnosisContext.h"
#include "core/sms/CheckResultText.h"
#include "core/twofactor/CodeCheckService.h"

#include <QCoreApplication>

namespace backoffice {

namespace {

QString describeOffset(qint64 seconds)
{
    const qint64 magnitude = qAbs(seconds);
    // Rounded here, not inside translate(): lupdate 6.4 never finishes on a division among its arguments.
    const int minutes = int((magnitude + 30) / 60);
    const QString amount = magnitude < 120
        ? QCoreApplication::translate("Diagnosis", "%Ln second(s)", nullptr, int(magnitude))
        : QCoreApplication::translate("Diagnosis", "%Ln minute(s)", nullptr, minutes);
    return seconds > 0 ? QCoreApplication::translate("Diagnosis", "about %1 ahead").arg(amount)
                       : QCoreApplication::translate("Diagnosis", "about %1 behind").arg(amount);
}

QList<Finding> evaluate(const LocalDiagnosisCheck& check)
{
    const DiagnosisContext& ctx = check.context();
    const AuditLog audit(ctx.database, ctx.clock);
    Result<SecretCipher> cipher = ctx.cipher
        ? Result<SecretCipher>(*ctx.cipher)
        : Result<SecretCipher>(Error {Error::Code::KeyMissing, {}, ctx.cipherProblem});
    const CodeCheckService service(ctx.database, audit, cipher, ctx.clock);
    auto checked = service.check(ctx.actor, ctx.client.id, ctx.options.codeFromClient);
    if (!checked) {
        const Error& error = checked.error();
        switch (error.code) {
        case Error::Code::InvalidInput:
            return {check.finding(
                Finding::Outcome::Unknown,
                QCoreApplication::translate("Diagnosis",
                                            "The code typed is not a code of this client's app (it shows %1 digits).")
                    .arg(ctx.client.authenticator ? ctx.client.authenticator->digits : 6),
                QCoreApplication::translate(
                    "Diagnosis",
                    "Ask the client to read out all the digits the app shows now, and run the diagnosis "
                    "again."))};
        case Error::Code::RateLimited:
            return {check.finding(
                Finding::Outcome::Unknown,
                QCoreApplication::translate(
                    "Diagnosis",
                    "Too many code checks for this client in the last 10 minutes; allowed again at %1 UTC.")
                    .arg(error.detail),
                QCoreApplication::translate(
                    "Diagnosis", "Wait until then; the limit keeps the check from being used to guess codes."))};
        default:
            return {check.finding(Finding::Outcome::Unknown,
                                  QCoreApplication::translate("Diagnosis", "The code could not be checked: %1")
                                      .arg(CheckResultText::describe(error)))};
        }
    }
    const DriftResult& match = checked->match;
    switch (match.kind) {
    case DriftResult::Kind::Valid:
        return {check.finding(
            Finding::Outcome::Ok,
            QCoreApplication::translate(
                "Diagnosis", "The code matches now: the app holds the right secret and the device clock is right."),
            QCoreApplication::translate("Diagnosis",
                                        "If sign-in still fails, ask the client to type the code before it changes."))};
    case DriftResult::Kind::Drift:
        return {check.finding(
            Finding::Outcome::Problem,
            QCoreApplication::translate(
                "Diagnosis", "The code belongs to a time %1 (%2 steps): the secret is right, the device clock is off.")
                .arg(describeOffset(match.offsetSeconds))
                .arg(match.offsetSteps),
            QCoreApplication::translate(
                "Diagnosis",
                "Tell the client to turn on automatic date and time in the phone's settings. In Google "
                "Authenticator on Android: Settings > Time correction for codes > Sync now."))};
    case DriftResult::Kind::NoMatch:
        return {
            check.finding(Finding::Outcome::Problem,
                          QCoreApplication::translate(
                              "Diagnosis",
                              "The code matches no time within 24 hours: the app holds another secret or another "
                              "account, or the device was replaced."),
                          QCoreApplication::translate(
                              "Diagnosis",
                              "Only at the client's explicit request: disable Google Authenticator on the Settings tab "
                              "(this removes a layer of protection) and ask the client to enable it again in the "
                              "Security section of the client UI."))};
    }
    return {};
}
} // namespace

const LocalCheck authenticatorCodeCheck {
    QStringLiteral("authenticator.code"),
    [] { return QCoreApplication::translate("Diagnosis", "Code from the client's app"); }, &evaluate};

} // namespace backoffice
