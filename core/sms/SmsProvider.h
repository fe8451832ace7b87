// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sms/ProviderConfig.h"
#include "core/sms/ProviderJob.h"
#include "core/sms/ProviderResult.h"
#include "core/sms/SmsTypes.h"

#include <functional>

namespace backoffice {

/// One SMS provider's REST API behind the four questions the Back Office asks it. A new provider is
/// one new subclass registered in ProviderFactory. Every call is asynchronous: it returns a job the
/// caller may cancel, and reports once to `done` (dropped if `context` is gone).
class SmsProvider
{
public:
    template<typename T> using Done = std::function<void(ProviderResult<T>)>;

    virtual ~SmsProvider() = default;

    virtual QString kind() const = 0;
    /// Are the account ID and secret accepted? Also reports the account's status when the API tells.
    virtual ProviderJob* checkCredentials(QObject* context, Done<AccountInfo> done) = 0;
    virtual ProviderJob* fetchBalance(QObject* context, Done<Balance> done) = 0;
    /// Sends one SMS. Never retried automatically: a retry could send it twice.
    virtual ProviderJob* sendMessage(const QString& toE164, const QString& body, QObject* context,
                                     Done<SentMessage> done)
        = 0;
    virtual ProviderJob* fetchMessageStatus(const QString& messageId, QObject* context, Done<MessageStatusInfo> done)
        = 0;
};

} // namespace backoffice
