// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/IdentityChallenge.h"

#include "core/common/EnumNames.h"

namespace backoffice {

namespace {
using State = IdentityChallenge::State;
constexpr EnumNames<State, 8> StateNames({{
    {State::Sending, u"sending"},
    {State::Open, u"open"},
    {State::Verified, u"verified"},
    {State::Consumed, u"consumed"},
    {State::Superseded, u"superseded"},
    {State::Locked, u"locked"},
    {State::Expired, u"expired"},
    {State::Failed, u"failed"},
}});
} // namespace

QString challengeStateToString(IdentityChallenge::State state)
{
    return StateNames.name(state);
}

std::optional<IdentityChallenge::State> challengeStateFromString(const QString& text)
{
    return StateNames.value(text);
}

} // namespace backoffice
