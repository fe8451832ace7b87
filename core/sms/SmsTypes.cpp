// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/SmsTypes.h"

#include <array>
#include <utility>

namespace backoffice {

namespace {
const std::array<std::pair<SmsStatus, const char16_t*>, 7> statusNames {{
    {SmsStatus::Queued, u"queued"},
    {SmsStatus::Sending, u"sending"},
    {SmsStatus::Sent, u"sent"},
    {SmsStatus::Delivered, u"delivered"},
    {SmsStatus::Undelivered, u"undelivered"},
    {SmsStatus::Failed, u"failed"},
    {SmsStatus::Unknown, u"unknown"},
}};
} // namespace

QString smsStatusToString(SmsStatus status)
{
    for (const auto& [value, name] : statusNames) {
        if (value == status)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<SmsStatus> smsStatusFromString(const QString& text)
{
    for (const auto& [value, name] : statusNames) {
        if (text == QString::fromUtf16(name))
            return value;
    }
    return std::nullopt;
}

QString serviceIndicatorToString(ServiceStatus::Indicator indicator)
{
    switch (indicator) {
    case ServiceStatus::Indicator::None:
        return QStringLiteral("none");
    case ServiceStatus::Indicator::Minor:
        return QStringLiteral("minor");
    case ServiceStatus::Indicator::Major:
        return QStringLiteral("major");
    case ServiceStatus::Indicator::Critical:
        return QStringLiteral("critical");
    case ServiceStatus::Indicator::Maintenance:
        return QStringLiteral("maintenance");
    }
    return {};
}

} // namespace backoffice
