// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Is the client's authenticator secret stored, and can it be decrypted with this database's key?
class AuthenticatorSecretCheck final : public LocalDiagnosisCheck
{
    Q_OBJECT

public:
    using LocalDiagnosisCheck::LocalDiagnosisCheck;
    QString id() const override { return QStringLiteral("authenticator.secret"); }
    QString title() const override;

protected:
    QList<Finding> evaluate() const override;
};

} // namespace backoffice
