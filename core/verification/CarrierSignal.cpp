// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/CarrierSignal.h"

#include "core/common/EnumNames.h"

namespace backoffice {

QString simSwapToString(CarrierSignal::SimSwap swap)
{
    using SimSwap = CarrierSignal::SimSwap;
    static constexpr EnumNames<SimSwap, 3> names({{
        {SimSwap::Unknown, u"unknown"},
        {SimSwap::NotSwapped, u"not-swapped"},
        {SimSwap::Swapped, u"swapped"},
    }});
    return names.name(swap);
}

} // namespace backoffice
