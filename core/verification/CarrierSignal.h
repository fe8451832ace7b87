// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace backoffice {

/// What the client's mobile carrier says about the phone on file, as the caller of the verification
/// service learnt it (a Twilio Lookup `sim_swap` answer, see core/lookup). A plain value: this
/// module never asks the carrier itself.
struct CarrierSignal
{
    enum class SimSwap
    {
        Unknown, ///< not asked, not available on the account, or the lookup failed
        NotSwapped, ///< no SIM change within the last 7 days
        Swapped, ///< the SIM changed within the last 7 days: the caller may hold the client's number
    };

    SimSwap simSwappedWithin7Days = SimSwap::Unknown;
    QDateTime checkedAt; ///< UTC, when known; for the audit trail

    bool swapFlagged() const { return simSwappedWithin7Days == SimSwap::Swapped; }
};

QString simSwapToString(CarrierSignal::SimSwap swap); ///< "unknown", "not-swapped", "swapped": for audit details

} // namespace backoffice
