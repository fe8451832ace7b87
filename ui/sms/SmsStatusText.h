// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/SmsTypes.h"

#include <QCoreApplication>
#include <QString>

namespace backoffice::ui {

/// An SMS status in an operator's words ("Delivered", "Sent (no delivery receipt yet)").
class SmsStatusText
{
    Q_DECLARE_TR_FUNCTIONS(SmsStatusText)

public:
    static QString describe(SmsStatus status);
};

} // namespace backoffice::ui
