// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/sms/ProviderCheckJob.h"
#include "core/sms/ProviderConfig.h"

#include <QJsonObject>

namespace backoffice::cli {

/// How providers and their check results are printed, as text and as JSON.
class ProviderOutput
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOutput)

public:
    static QJsonObject toJson(const ProviderConfig& config);
    static QJsonObject toJson(const CheckResult& result, const QString& kind);
    /// The operator's words for a check result.
    static QString describe(const CheckResult& result, const QString& kind);
    /// One line per result (or JSON); exit status 1 when a check found a problem or was cancelled.
    static int printResults(CliContext& context, const QList<CheckResult>& results, const QString& kind);
};

} // namespace backoffice::cli
