// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderResult.h"

namespace backoffice::fuzz {

/// Uses a parser's result as the application would: an error is turned into the operator's words.
template<typename T> void touch(const ProviderResult<T>& result)
{
    if (!result.ok())
        (void)result.error().describe();
}

} // namespace backoffice::fuzz
