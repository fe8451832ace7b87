// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ClientChannels.h"

#include "core/common/EnumNames.h"

namespace backoffice {

QString channelDeliveryToString(ChannelOutcome::Delivery delivery)
{
    using Delivery = ChannelOutcome::Delivery;
    static constexpr EnumNames<Delivery, 3> names({{
        {Delivery::Sent, u"sent"},
        {Delivery::Failed, u"failed"},
        {Delivery::Unknown, u"unknown"},
    }});
    return names.name(delivery);
}

} // namespace backoffice
