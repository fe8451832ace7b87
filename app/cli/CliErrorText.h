// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace backoffice::cli {

/// The CLI's one way from a core Error to words (the GUI has ui/common/ErrorText): a sentence that
/// names the bad input, through tr() so a translation covers the command line too, and the exit
/// status that fits it.
class CliErrorText
{
    Q_DECLARE_TR_FUNCTIONS(CliErrorText)

public:
    /// `actorName`, when known, is who was refused a permission.
    static QString describe(const Error& error, const QString& actorName = {});
    /// 2 for the caller's input and role, 1 for everything else.
    static int exitCode(const Error& error);

    /// Whether a sign-in error is the operator's own (wrong password, locked, disabled) rather than
    /// a failure of the database or keychain.
    static bool isSignInRefusal(const Error& error);
    static QString describeSignInRefusal(const Error& error, const QString& userName);
};

} // namespace backoffice::cli
