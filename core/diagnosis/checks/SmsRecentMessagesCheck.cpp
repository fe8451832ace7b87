// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/checks/SmsRecentMessagesCheck.h"
#include "core/common/DateTimeText.h"

#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/checks/SmsFailureAdvice.h"
#include "core/sms/CheckResultText.h"
#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/MessageLog.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace backoffice {

namespace {

QString utc(const QDateTime& time)
{
    return dateTimeText(time);
}

/// The check's evaluation, in the class whose name is the translation context of its texts.
class SmsRecentMessagesCheck
{
    Q_DECLARE_TR_FUNCTIONS(backoffice::SmsRecentMessagesCheck)

public:
    /// A message handed to the carrier this long ago without a receipt counts as delayed.
    static constexpr int DelayedAfterSeconds = 10 * 60;

    static QList<Finding> evaluate(const LocalDiagnosisCheck& check);
};
} // namespace

QList<Finding> SmsRecentMessagesCheck::evaluate(const LocalDiagnosisCheck& check)
{
    const Client& client = check.context().client;
    // A test SMS sent by this diagnosis has a row of its own; this one reports what came before it, so
    // the two never contradict each other ("no SMS in the log" next to "test SMS not delivered").
    const bool testSmsToo = !check.context().options.testSmsTo.isEmpty();
    const QDateTime startedAt = check.context().clock.nowUtc();
    const MessageLog log(check.context().database);
    QList<SmsMessageRecord> messages;
    QSet<qint64> seen;
    // Messages logged for the client, and to the client's number (a test SMS typed by hand has no client).
    QList<Result<QList<SmsMessageRecord>>> parts {log.byClient(client.id, 20)};
    if (!client.phone.isEmpty())
        parts.append(log.byNumber(client.phone, 20));
    for (const auto& part : parts) {
        if (!part)
            return {check.finding(
                Finding::Outcome::Unknown,
                tr("The message log could not be read: %1").arg(CheckResultText::describe(part.error())))};
        for (const SmsMessageRecord& message : part.value()) {
            if (testSmsToo && message.purpose == u"test" && message.createdAt >= startedAt.addSecs(-1))
                continue; // this diagnosis' own test SMS
            if (!seen.contains(message.id)) {
                seen.insert(message.id);
                messages.append(message);
            }
        }
    }
    if (messages.isEmpty() && testSmsToo) {
        return {
            check.finding(Finding::Outcome::Ok,
                          tr("No earlier SMS to %1 is in the message log; the test SMS of this diagnosis is reported "
                             "in its own row.")
                              .arg(client.phone))};
    }
    if (messages.isEmpty()) {
        return {check.finding(Finding::Outcome::Ok,
                              tr("No SMS to %1 is in the message log (it holds the messages sent through Back Office, "
                                 "such as test SMS).")
                                  .arg(client.phone),
                              tr("To see how the client's carrier handles SMS, run the diagnosis with a test SMS."))};
    }
    std::sort(messages.begin(), messages.end(),
              [](const SmsMessageRecord& a, const SmsMessageRecord& b) { return a.createdAt > b.createdAt; });

    int failed = 0;
    int unknown = 0;
    for (const SmsMessageRecord& message : messages) {
        failed += message.status == SmsStatus::Failed || message.status == SmsStatus::Undelivered;
        unknown += message.status == SmsStatus::Unknown;
    }
    QString history = tr("%1 of the last %n message(s) failed.", nullptr, int(messages.size())).arg(failed);
    if (unknown > 0)
        history += u' ' + tr("The outcome of %n is unknown.", nullptr, unknown);
    const SmsMessageRecord& last = messages.first();
    const QString via = last.providerName.isEmpty() ? last.providerKind : last.providerName;
    const QString findOut = SmsFailureAdvice::howToFindOut(via, last.providerMessageId, last.to, last.createdAt);

    switch (last.status) {
    case SmsStatus::Delivered:
        return {
            check.finding(Finding::Outcome::Ok,
                          tr("The last SMS (%1, via %2) was delivered. %3").arg(utc(last.createdAt), via, history))};
    case SmsStatus::Unknown:
        return {
            check.finding(Finding::Outcome::Unknown,
                          tr("The outcome of the last SMS (%1, via %2) is unknown: the request reached the provider "
                             "but its answer did not arrive whole, so it may or may not have been sent. %3")
                              .arg(utc(last.createdAt), via, history),
                          findOut)};
    case SmsStatus::Failed:
    case SmsStatus::Undelivered: {
        Finding problem = check.finding(Finding::Outcome::Problem, {});
        if (last.errorCode.isEmpty()) {
            problem.detail = tr("The last SMS (%1, via %2) was %3 without an error code. %4")
                                 .arg(utc(last.createdAt), via, smsStatusToString(last.status), history);
            problem.action = findOut;
        } else {
            const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(last.providerKind, last.errorCode);
            problem.detail = tr("The last SMS (%1, via %2) was %3 with error %4: %5 %6")
                                 .arg(utc(last.createdAt), via, smsStatusToString(last.status), last.errorCode,
                                      explanation.meaning, history);
            problem.action = explanation.action;
        }
        return {problem};
    }
    case SmsStatus::Queued:
    case SmsStatus::Sending:
    case SmsStatus::Sent: {
        const qint64 age = last.createdAt.secsTo(check.context().clock.nowUtc());
        if (age < DelayedAfterSeconds) {
            return {check.finding(Finding::Outcome::Ok,
                                  tr("The last SMS (%1, via %2) is on its way (%3). %4")
                                      .arg(utc(last.createdAt), via, smsStatusToString(last.status), history))};
        }
        return {
            check.finding(Finding::Outcome::Warning,
                          tr("The last SMS (%1, via %2) is still \"%3\" after %n minute(s): no delivery receipt from "
                             "the client's carrier, which is delaying or silently blocking it. %4",
                             nullptr, int(age / 60))
                              .arg(utc(last.createdAt), via, smsStatusToString(last.status), history),
                          tr("Refresh the status on the client's SMS tab. If it stays like this: %1 Meanwhile suggest "
                             "Google Authenticator.")
                              .arg(findOut))};
    }
    }
    return {};
}

const LocalCheck smsRecentMessagesCheck {QStringLiteral("sms.recent_messages"),
                                         [] { return SmsRecentMessagesCheck::tr("Recent SMS to the client's number"); },
                                         &SmsRecentMessagesCheck::evaluate};

} // namespace backoffice
