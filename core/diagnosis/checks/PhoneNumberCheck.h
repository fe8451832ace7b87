// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Can the client's number receive SMS at all: a valid E.164 number of a mobile range?
class PhoneNumberCheck final : public LocalDiagnosisCheck
{
    Q_OBJECT

public:
    using LocalDiagnosisCheck::LocalDiagnosisCheck;
    QString id() const override { return QStringLiteral("sms.phone_number"); }
    QString title() const override;

protected:
    QList<Finding> evaluate() const override;
};

} // namespace backoffice
