// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/sms/ProviderCheckJob.h"

#include <QCoreApplication>
#include <QString>

namespace backoffice {

/// A check result, or a refused start, in an operator's words (translated): shared by the providers
/// page, the diagnosis and the command line.
class CheckResultText
{
    Q_DECLARE_TR_FUNCTIONS(CheckResultText)

public:
    static QString describe(const CheckResult& result, const QString& providerKind);
    static QString describe(const Error& error);
};

} // namespace backoffice
