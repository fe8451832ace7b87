// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Is any second factor on? If not, there are no codes to receive: the client turns one on.
class TwoFactorEnabledCheck final : public LocalDiagnosisCheck
{
    Q_OBJECT

public:
    using LocalDiagnosisCheck::LocalDiagnosisCheck;
    QString id() const override { return QStringLiteral("twofa.enabled"); }
    QString title() const override;

protected:
    QList<Finding> evaluate() const override;
};

} // namespace backoffice
