// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operators/Actor.h"

#include <optional>

class QWidget;

namespace backoffice {
class OperatorService;
class SignInService;
} // namespace backoffice

namespace backoffice::ui {

/// What the GUI does before showing the main window (and after Sign out / Switch operator / an idle
/// lock): on a database without operators it asks for the first administrator, otherwise for a
/// sign-in. Returns who signed in, or nothing when the operator cancelled (the caller quits or
/// stays locked). `userName` prefills the sign-in (unlocking an idle session).
std::optional<Actor> signInInteractively(const OperatorService& operators, const SignInService& signIn,
                                         QWidget* parent = nullptr, const QString& userName = {});

} // namespace backoffice::ui
