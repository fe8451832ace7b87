// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderHealthMonitor.h"

#include "core/sms/ProviderRepository.h"

#include <QCoreApplication>

namespace backoffice {

ProviderHealthMonitor::ProviderHealthMonitor(const Database& database, QObject* parent)
    : QObject(parent), m_database(database)
{
}

void ProviderHealthMonitor::refresh()
{
    QString summary;
    bool problem = false;
    auto providers = ProviderRepository(m_database).summaries();
    if (!providers) {
        summary = QCoreApplication::translate("ProviderHealthMonitor", "SMS providers could not be read.");
        problem = true;
    } else {
        QStringList problems;
        QStringList unchecked;
        int enabled = 0;
        for (const ProviderSummary& provider : providers.value()) {
            if (!provider.config.enabled)
                continue;
            ++enabled;
            if (!provider.health && !provider.lastBalance)
                unchecked.append(provider.config.name);
            if (provider.health && provider.health->outcome == CheckOutcome::Problem) {
                problems.append(QCoreApplication::translate("ProviderHealthMonitor", "SMS provider %1 is failing")
                                    .arg(provider.config.name));
            } else if (provider.lastBalance && provider.config.lowBalanceThreshold
                       && provider.lastBalance->balance.toDouble() < *provider.config.lowBalanceThreshold) {
                problems.append(
                    QCoreApplication::translate("ProviderHealthMonitor",
                                                "SMS provider %1 is below its balance threshold (%2 %3)")
                        .arg(provider.config.name, provider.lastBalance->balance, provider.lastBalance->currency));
            }
        }
        if (enabled == 0) {
            summary = QCoreApplication::translate("ProviderHealthMonitor", "No SMS provider is enabled.");
            problem = true;
        } else if (!problems.isEmpty()) {
            summary = problems.join(QStringLiteral("; ")) + QLatin1Char('.');
            problem = true;
        } else if (!unchecked.isEmpty()) {
            // Nothing is known about these yet: "OK" would claim a check that never ran.
            summary = QCoreApplication::translate("ProviderHealthMonitor", "SMS providers not checked yet: %1.")
                          .arg(unchecked.join(QStringLiteral(", ")));
        } else {
            summary = QCoreApplication::translate("ProviderHealthMonitor", "SMS providers OK.");
        }
    }
    if (m_known && summary == m_summary && problem == m_problem)
        return;
    m_known = true;
    m_summary = summary;
    m_problem = problem;
    emit healthChanged(m_summary, m_problem);
}

} // namespace backoffice
