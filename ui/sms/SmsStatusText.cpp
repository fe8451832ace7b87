// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/SmsStatusText.h"

namespace backoffice::ui {

QString SmsStatusText::describe(SmsStatus status)
{
    switch (status) {
    case SmsStatus::Queued:
        return tr("Queued");
    case SmsStatus::Sending:
        return tr("Sending");
    case SmsStatus::Sent:
        return tr("Sent (no delivery receipt yet)");
    case SmsStatus::Delivered:
        return tr("Delivered");
    case SmsStatus::Undelivered:
        return tr("Undelivered");
    case SmsStatus::Failed:
        return tr("Failed");
    case SmsStatus::Unknown:
        return tr("Unknown (no complete answer from the provider)");
    }
    return {};
}

} // namespace backoffice::ui
