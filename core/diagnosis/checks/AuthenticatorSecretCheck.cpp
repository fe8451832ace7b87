// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/AuthenticatorSecretCheck.h"

#include "core/diagnosis/DiagnosisContext.h"

#include <QCoreApplication>

namespace backoffice {

namespace {
QList<Finding> evaluate(const LocalDiagnosisCheck& check)
{
    const Client& client = check.context().client;
    const QString reenrol = QCoreApplication::translate(
        "Diagnosis",
        "Only at the client's explicit request: disable Google Authenticator on the Settings tab "
        "(this removes a layer of protection) and ask the client to enable it again in the Security "
        "section of the client UI.");
    if (!client.authenticator || client.authenticator->sealedSecret.isEmpty()) {
        return {check.finding(Finding::Outcome::Problem,
                              QCoreApplication::translate("Diagnosis",
                                                          "No authenticator secret is stored for this client, "
                                                          "so no code can be valid."),
                              reenrol)};
    }
    if (!check.context().cipher) {
        return {check.finding(Finding::Outcome::Unknown,
                              QCoreApplication::translate("Diagnosis",
                                                          "The data key is not available (%1), so the secret "
                                                          "cannot be read here.")
                                  .arg(check.context().cipherProblem),
                              QCoreApplication::translate("Diagnosis",
                                                          "Unlock the system keychain, or import the data key "
                                                          "with 'backoffice-cli keys import', then run the "
                                                          "diagnosis again."))};
    }
    auto opened = TotpSecretSealing::open(*check.context().cipher, client.id, client.authenticator->sealedSecret);
    if (!opened) {
        return {check.finding(Finding::Outcome::Problem,
                              QCoreApplication::translate("Diagnosis",
                                                          "The stored secret cannot be decrypted: it was "
                                                          "altered or sealed with another key."),
                              reenrol)};
    }
    return {
        check.finding(Finding::Outcome::Ok,
                      QCoreApplication::translate("Diagnosis", "A secret is stored (%1, %2 digits, %3 s) and decrypts.")
                          .arg(client.authenticator->algorithm)
                          .arg(client.authenticator->digits)
                          .arg(client.authenticator->period))};
}
} // namespace

const LocalCheck authenticatorSecretCheck {
    QStringLiteral("authenticator.secret"),
    [] { return QCoreApplication::translate("Diagnosis", "Authenticator secret stored and readable"); }, &evaluate};

} // namespace backoffice
