// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verification/ClientNotifier.h"

#include "core/audit/AuditLog.h"
#include "core/clients/PhoneNumber.h"
#include "core/common/Logging.h"
#include "core/verification/ChannelAuditEvent.h"
#include "core/verification/ClientMessageText.h"
#include "core/verification/ClientNoticeSettings.h"
#include "core/verification/MaskedDestination.h"
#include "core/verification/VerificationAudit.h"

#include <QPointer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const QString NoticePurpose = u"client-notice"_s;

/// What is still to come in and what came, shared by the channels' callbacks.
struct Pending
{
    int waiting = 0;
    NoticeReport report;
};
} // namespace

bool NoticeReport::allSent() const
{
    return !deliveries.isEmpty() && std::all_of(deliveries.begin(), deliveries.end(), [](const NoticeDelivery& d) {
        return d.outcome.delivery == ChannelOutcome::Delivery::Sent;
    });
}

QList<NoticeDelivery> NoticeReport::failures() const
{
    QList<NoticeDelivery> failed;
    for (const NoticeDelivery& delivery : deliveries) {
        if (delivery.outcome.delivery != ChannelOutcome::Delivery::Sent)
            failed.append(delivery);
    }
    return failed;
}

ClientNotifier::ClientNotifier(const Database& database, SmsChannel* sms, EmailChannel* email, const Clock& clock)
    : m_database(database), m_sms(sms), m_email(email), m_clock(clock)
{
}

void ClientNotifier::notifyDisabled(const Actor& actor, const Client& before, const QDateTime& at,
                                    const QString& ticket, QObject* context, Done done) const
{
    ClientMessageText::Notice notice;
    notice.removed = before.method;
    notice.at = at;
    notice.ticket = ticket.trimmed();
    notice.contactLine = ClientNoticeSettings(m_database, AuditLog(m_database, m_clock)).contactLine();

    const bool hasPhone = PhoneNumber::isValidE164(before.phone);
    const bool hasEmail = before.email.contains(u'@');
    auto pending = std::make_shared<Pending>();
    pending->waiting = int(hasPhone) + int(hasEmail);

    // Outcomes are audited whatever happens to `context`: the channels report to `holder`.
    auto* holder = new QObject;
    const QPointer<QObject> guard(context);
    const Database& database = m_database;
    const Clock& clock = m_clock;
    const qint64 clientId = before.id;
    auto finishOne = [&database, &clock, actor, clientId, notice, pending, holder, guard,
                      done](VerificationChannel channel, const QString& masked, const ChannelOutcome& outcome) {
        AuditEvent event = ChannelAuditEvent::make(AuditAction::ClientNoticeSent, actor, clientId, channel, masked,
                                                   channelDeliveryToString(outcome.delivery));
        event.reason = notice.ticket;
        event.details.insert(u"method"_s, twoFactorMethodToString(notice.removed));
        event.details.insert(u"disabled_at"_s, notice.at.toUTC().toString(Qt::ISODate));
        ChannelAuditEvent::addDelivery(event, outcome);
        if (auto logged = AuditLog(database, clock).append(event); !logged)
            qCWarning(lcTwoFactor) << "could not record a client notice:" << logged.error().toString();
        if (outcome.delivery != ChannelOutcome::Delivery::Sent)
            qCWarning(lcTwoFactor) << "notice to client" << clientId << "by" << verificationChannelToString(channel)
                                   << "not sent:" << outcome.failure;
        pending->report.deliveries.append({channel, masked, outcome});
        if (--pending->waiting > 0)
            return;
        holder->deleteLater();
        if (guard)
            done(pending->report);
    };

    if (pending->waiting == 0) {
        // No channel on file: nothing can be sent, which is worth a record of its own.
        AuditEvent event;
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::ClientNoticeSent);
        event.clientId = clientId;
        event.after = u"no-channel"_s;
        event.reason = notice.ticket;
        event.details = {{u"outcome"_s, u"no-channel"_s}, {u"method"_s, twoFactorMethodToString(notice.removed)}};
        if (auto logged = AuditLog(database, clock).append(event); !logged)
            qCWarning(lcTwoFactor) << "could not record a client notice:" << logged.error().toString();
        holder->deleteLater();
        QMetaObject::invokeMethod(
            context, [done, report = pending->report] { done(report); }, Qt::QueuedConnection);
        return;
    }

    const MessageTag tag {clientId, NoticePurpose, actor.userName};
    const auto unavailable = [holder, finishOne](VerificationChannel channel, const QString& masked) {
        QMetaObject::invokeMethod(
            holder,
            [finishOne, channel, masked] {
                finishOne(channel, masked, ChannelOutcome::failed(u"channel-unavailable"_s));
            },
            Qt::QueuedConnection);
    };
    if (hasPhone) {
        const QString masked = MaskedDestination::phone(before.phone);
        if (!m_sms) {
            unavailable(VerificationChannel::Sms, masked);
        } else {
            m_sms->send(
                before.phone, ClientMessageText::noticeSms(notice), tag, holder,
                [finishOne, masked](ChannelOutcome outcome) { finishOne(VerificationChannel::Sms, masked, outcome); });
        }
    }
    if (hasEmail) {
        const QString masked = MaskedDestination::email(before.email);
        if (!m_email) {
            unavailable(VerificationChannel::Email, masked);
        } else {
            m_email->send(before.email.trimmed(), ClientMessageText::noticeEmailSubject(),
                          ClientMessageText::noticeEmailBody(before, notice), tag, holder,
                          [finishOne, masked](ChannelOutcome outcome) {
                              finishOne(VerificationChannel::Email, masked, outcome);
                          });
        }
    }
}

} // namespace backoffice
