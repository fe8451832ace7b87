// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>

namespace backoffice::ui {

/// The GUI's one way from a core Error to words (the CLI has app/cli/CliErrorText): a sentence in the
/// operator's language, through tr(), that names what is wrong -- the field, the permission, the
/// record -- from the error's code, field and values. Core never returns text for people.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const Error& error);
};

} // namespace backoffice::ui
