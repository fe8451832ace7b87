// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/DisableRequest.h"

#include "core/common/EnumNames.h"

namespace backoffice {

namespace {
using State = DisableRequest::State;
constexpr EnumNames<State, 5> StateNames({{
    {State::Pending, u"pending"},
    {State::Approved, u"approved"},
    {State::Rejected, u"rejected"},
    {State::Expired, u"expired"},
    {State::Stale, u"stale"},
}});
} // namespace

QString disableRequestStateToString(DisableRequest::State state)
{
    return StateNames.name(state);
}

std::optional<DisableRequest::State> disableRequestStateFromString(const QString& text)
{
    return StateNames.value(text);
}

} // namespace backoffice
