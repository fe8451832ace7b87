// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/NoticeReportText.h"

#include "core/common/TextSafety.h"

namespace backoffice::ui {

QStringList NoticeReportText::lines(const NoticeReport& report)
{
    QStringList lines;
    if (report.deliveries.isEmpty())
        lines << tr("The client has no phone number or e-mail address on file: no notice was sent.");
    for (const NoticeDelivery& delivery : report.deliveries) {
        const QString channel = delivery.channel == VerificationChannel::Sms ? tr("SMS") : tr("e-mail");
        if (delivery.outcome.delivery == ChannelOutcome::Delivery::Failed)
            lines << tr("The notice to the client by %1 (%2) failed: %3. The disable stands.")
                         .arg(channel, delivery.maskedDestination, TextSafety::escaped(delivery.outcome.failure));
        else
            lines << tr("The client was told by %1 (%2).").arg(channel, delivery.maskedDestination);
    }
    return lines;
}

} // namespace backoffice::ui
