// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace backoffice {

/// How one message to a client went. Never holds the message (it may carry a code).
struct ChannelOutcome
{
    enum class Delivery
    {
        Sent, ///< the provider or SMTP server accepted it
        Failed, ///< it did not go out
        Unknown, ///< it went out but the answer never came whole: it may have arrived
    };

    Delivery delivery = Delivery::Failed;
    QString failure; ///< stable cause when not sent: "no-provider", "wrong_credentials", "tls_failure", ...
    QString detail; ///< untranslated technical context, never a secret
    QString messageId; ///< the provider's message id, when it gave one

    static ChannelOutcome sent(QString messageId = {}) { return {Delivery::Sent, {}, {}, std::move(messageId)}; }
    static ChannelOutcome failed(QString failure, QString detail = {})
    {
        return {Delivery::Failed, std::move(failure), std::move(detail), {}};
    }
    /// Whether the client may have it: a code that may have arrived stays usable.
    bool mayHaveArrived() const { return delivery != Delivery::Failed; }
};

QString channelDeliveryToString(ChannelOutcome::Delivery delivery); ///< "sent", "failed", "unknown": audited

/// Who a message is for and why, for the channel's own log (the SMS log lists it under the client).
struct MessageTag
{
    qint64 clientId = 0;
    QString purpose; ///< "identity-code", "client-notice"
    QString operatorName; ///< on whose behalf it is sent
};

/// Sends one SMS to a client. Implemented over the SMS providers (ProviderSmsChannel).
class SmsChannel
{
public:
    using Done = std::function<void(ChannelOutcome)>;
    virtual ~SmsChannel() = default;
    /// Reports once to `done` on `context`'s thread, never inside this call; dropped when
    /// `context` is gone by then.
    virtual void send(const QString& toE164, const QString& body, const MessageTag& tag, QObject* context, Done done)
        = 0;
};

/// Sends one plain-text e-mail to a client. Implemented over the SMTP settings (SmtpEmailChannel).
class EmailChannel
{
public:
    using Done = std::function<void(ChannelOutcome)>;
    virtual ~EmailChannel() = default;
    /// Reports like SmsChannel::send.
    virtual void send(const QString& to, const QString& subject, const QString& body, const MessageTag& tag,
                      QObject* context, Done done)
        = 0;
};

} // namespace backoffice
