// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisCheck.h"

namespace backoffice {

/// Is the client's authenticator secret stored, and can it be decrypted with this database's key?
extern const LocalCheck authenticatorSecretCheck;

} // namespace backoffice
