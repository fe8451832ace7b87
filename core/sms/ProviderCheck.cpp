// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderCheck.h"

#include <array>
#include <utility>

namespace backoffice {

namespace {
const std::array<std::pair<CheckKind, const char16_t*>, 5> kindNames {{
    {CheckKind::Credentials, u"credentials"},
    {CheckKind::Balance, u"balance"},
    {CheckKind::ServiceStatus, u"service_status"},
    {CheckKind::TestSms, u"test_sms"},
    {CheckKind::MessageStatus, u"message_status"},
}};
const std::array<std::pair<CheckOutcome, const char16_t*>, 4> outcomeNames {{
    {CheckOutcome::Ok, u"ok"},
    {CheckOutcome::Warning, u"warning"},
    {CheckOutcome::Problem, u"problem"},
    {CheckOutcome::Cancelled, u"cancelled"},
}};

template<typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char16_t*>, N>& names, E value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t*>, N>& names, const QString& text)
{
    for (const auto& [candidate, name] : names) {
        if (text == QString::fromUtf16(name))
            return candidate;
    }
    return std::nullopt;
}
} // namespace

QString checkKindToString(CheckKind kind)
{
    return nameOf(kindNames, kind);
}
std::optional<CheckKind> checkKindFromString(const QString& text)
{
    return valueOf(kindNames, text);
}
QString checkOutcomeToString(CheckOutcome outcome)
{
    return nameOf(outcomeNames, outcome);
}
std::optional<CheckOutcome> checkOutcomeFromString(const QString& text)
{
    return valueOf(outcomeNames, text);
}

} // namespace backoffice
