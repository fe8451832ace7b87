// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/sms/ProviderCheckJob.h"

#include <QCoreApplication>
#include <QString>

namespace backoffice {

/// A check result in an operator's words (translated domain text, for the providers page and the diagnosis);
/// describe(Error) words why a check could not run, inside a finding (errors elsewhere: ErrorText).
class CheckResultText
{
    Q_DECLARE_TR_FUNCTIONS(CheckResultText)

public:
    /// Whether the words include what to do about a provider's error code, or leave it to a column of its own.
    enum class Advice
    {
        Included,
        Separate
    };
    static QString describe(const CheckResult& result, const QString& providerKind, Advice advice = Advice::Included);
    static QString describe(const Error& error);
};

} // namespace backoffice
