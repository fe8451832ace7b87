// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProviderOutput.h"

#include "core/sms/DeliveryErrorCodes.h"
#include "core/sms/ProviderError.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::cli {

QJsonObject ProviderOutput::toJson(const ProviderConfig& config)
{
    return {{u"id"_s, config.id},
            {u"kind"_s, config.kind},
            {u"name"_s, config.name},
            {u"enabled"_s, config.enabled},
            {u"account_id"_s, config.accountId},
            {u"api_key_sid"_s, config.apiKeySid},
            {u"sender"_s, config.sender},
            {u"base_url"_s, config.effectiveBaseUrl().toString()},
            {u"status_page_url"_s, config.effectiveStatusPageUrl().toString()},
            {u"low_balance_threshold"_s,
             config.lowBalanceThreshold ? QJsonValue(*config.lowBalanceThreshold) : QJsonValue()},
            {u"timeout_ms"_s, config.timeoutMs},
            {u"secret_stored"_s, config.hasSecret}};
}

QString ProviderOutput::describe(const CheckResult& result, const QString& kind)
{
    if (result.error)
        return result.error->describe();
    switch (result.kind) {
    case CheckKind::Credentials:
        if (result.warning == u"account_not_active")
            return tr("credentials accepted, but the account is %1").arg(result.account->status);
        return result.account && !result.account->type.isEmpty()
            ? tr("credentials accepted (account %1, %2)").arg(result.account->status, result.account->type)
            : tr("credentials accepted");
    case CheckKind::Balance: {
        QString text = tr("balance %1 %2").arg(result.balance->amount, result.balance->currency);
        if (result.warning == u"below_threshold")
            text += tr(" - below the threshold of %1").arg(*result.threshold);
        else if (result.warning == u"no_balance")
            text += tr(" - no money left: SMS cannot be sent");
        return text;
    }
    case CheckKind::ServiceStatus:
        return tr("service status: %1 (%2)")
            .arg(serviceIndicatorToString(result.service->indicator), result.service->description);
    case CheckKind::TestSms:
        return tr("sent, message id %1 (%2)").arg(result.sent->messageId, smsStatusToString(result.sent->status));
    case CheckKind::MessageStatus: {
        QString text = tr("status %1").arg(smsStatusToString(result.message->status));
        if (!result.message->errorCode.isEmpty()) {
            const DeliveryErrorExplanation explanation = DeliveryErrorCodes::explain(kind, result.message->errorCode);
            text += tr(", error %1: %2 %3").arg(result.message->errorCode, explanation.meaning, explanation.action);
        } else if (result.message->status == SmsStatus::Sent) {
            text += tr(" (handed to the carrier; no delivery receipt yet)");
        }
        return text;
    }
    }
    return {};
}

QJsonObject ProviderOutput::toJson(const CheckResult& result, const QString& kind)
{
    QJsonObject object {{u"check"_s, checkKindToString(result.kind)},
                        {u"outcome"_s, checkOutcomeToString(result.outcome)},
                        {u"at"_s, result.at.toString(Qt::ISODateWithMs)},
                        {u"summary"_s, describe(result, kind)}};
    if (result.error) {
        object.insert(u"failure"_s, providerFailureToString(result.error->failure));
        if (!result.error->providerCode.isEmpty())
            object.insert(u"provider_code"_s, result.error->providerCode);
        if (result.error->retryAfterSeconds)
            object.insert(u"retry_after_seconds"_s, *result.error->retryAfterSeconds);
    }
    if (!result.warning.isEmpty())
        object.insert(u"warning"_s, result.warning);
    if (result.balance) {
        object.insert(u"balance"_s, result.balance->amount);
        object.insert(u"currency"_s, result.balance->currency);
    }
    if (result.service)
        object.insert(u"indicator"_s, serviceIndicatorToString(result.service->indicator));
    if (result.sent) {
        object.insert(u"message_id"_s, result.sent->messageId);
        object.insert(u"status"_s, smsStatusToString(result.sent->status));
    }
    if (result.message) {
        object.insert(u"message_id"_s, result.message->messageId);
        object.insert(u"status"_s, smsStatusToString(result.message->status));
        object.insert(u"error_code"_s, result.message->errorCode);
        if (!result.message->errorCode.isEmpty()) {
            const auto explanation = DeliveryErrorCodes::explain(kind, result.message->errorCode);
            object.insert(u"error_meaning"_s, explanation.meaning);
            object.insert(u"error_action"_s, explanation.action);
        }
    }
    return object;
}

int ProviderOutput::printResults(CliContext& context, const QList<CheckResult>& results, const QString& kind)
{
    bool problem = false;
    QJsonArray array;
    for (const CheckResult& result : results) {
        problem = problem || result.outcome == CheckOutcome::Problem || result.outcome == CheckOutcome::Cancelled;
        array.append(toJson(result, kind));
        if (!context.json)
            context.out << checkKindToString(result.kind).leftJustified(16)
                        << checkOutcomeToString(result.outcome).toUpper().leftJustified(9) << describe(result, kind)
                        << Qt::endl;
    }
    if (context.json)
        context.printJson(
            QJsonDocument(results.size() == 1 ? QJsonDocument(array.first().toObject()) : QJsonDocument(array)));
    return problem ? ExitProblem : ExitOk;
}
} // namespace backoffice::cli
