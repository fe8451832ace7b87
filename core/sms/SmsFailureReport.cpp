// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/SmsFailureReport.h"

#include "core/operators/Authorizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

int SmsFailureSummary::clientCount() const
{
    int count = 0;
    for (const SmsFailureGroup& group : groups)
        count += group.count();
    return count;
}

SmsFailureReport::SmsFailureReport(const Database& database) : m_log(database), m_audit(database) { }

DeliveryErrorExplanation SmsFailureReport::explainNoCode()
{
    return {false, QCoreApplication::translate("SmsFailureReport", "The message failed without an error code."),
            QCoreApplication::translate(
                "SmsFailureReport", "Refresh its status; if it stays failed, look it up in the provider's console.")};
}

Result<SmsFailureSummary> SmsFailureReport::compute(const Actor& actor, std::optional<QDateTime> since,
                                                    const std::function<bool()>& cancelled, const Progress& progress,
                                                    qint64 batchSize) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ReadClients); !allowed)
        return allowed.error();
    auto bounds = m_log.lastId();
    if (!bounds)
        return bounds.error();
    const qint64 maxId = bounds.value();
    batchSize = std::max<qint64>(batchSize, 1);

    SmsFailureSummary summary;
    summary.since = since;
    QHash<QPair<QString, QString>, int> groupIndex;
    QSet<qint64> seenClients; // a message matched by id and by number counts its client once
    for (qint64 done = 0; done < maxId; done += batchSize) {
        if (cancelled && cancelled())
            return Error {Error::Code::Cancelled, {}, u"failure report"_s};
        if (progress)
            progress(done, maxId);
        const qint64 upTo = std::min(done + batchSize, maxId);
        auto failures = m_log.lastFailures(done, upTo, since);
        if (!failures)
            return failures.error();
        for (const SmsFailedClient& client : std::as_const(failures.value())) {
            if (seenClients.contains(client.clientId))
                continue;
            seenClients.insert(client.clientId);
            const QPair<QString, QString> key(client.providerKind, client.errorCode);
            auto found = groupIndex.constFind(key);
            if (found == groupIndex.constEnd()) {
                SmsFailureGroup group;
                group.providerKind = client.providerKind;
                group.errorCode = client.errorCode;
                group.explanation = client.errorCode.isEmpty()
                    ? explainNoCode()
                    : DeliveryErrorCodes::explain(client.providerKind, client.errorCode);
                summary.groups.append(group);
                found = groupIndex.insert(key, int(summary.groups.size()) - 1);
            }
            summary.groups[found.value()].clients.append(client);
        }
    }
    if (progress)
        progress(maxId, maxId);

    for (SmsFailureGroup& group : summary.groups) {
        std::sort(group.clients.begin(), group.clients.end(), [](const SmsFailedClient& a, const SmsFailedClient& b) {
            return a.at != b.at ? a.at > b.at : a.clientId < b.clientId;
        });
    }
    // Largest cause first: that is the one to act on.
    std::sort(summary.groups.begin(), summary.groups.end(), [](const SmsFailureGroup& a, const SmsFailureGroup& b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        if (a.providerKind != b.providerKind)
            return a.providerKind < b.providerKind;
        return a.errorCode < b.errorCode;
    });
    return summary;
}

} // namespace backoffice
