// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clients/Client.h"
#include "core/common/Clock.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"

#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace backoffice {

class Database;
class SecretStore;

/// What the operator asks for besides the standard checks.
struct DiagnosisOptions
{
    QString codeFromClient; ///< a code the client read out: run the drift finder (never stored)
    QString testSmsTo; ///< send a test SMS to this E.164 number and follow its status
    bool phoneLookup = false; ///< ask the carrier about the phone on file (billed: only when asked)
    int checkTimeoutMs = 10000; ///< each check's own limit (network checks: the provider timeout)
    int testSmsFollowMs = 60000; ///< how long a test SMS's status is followed
};

/// Everything the checks of one diagnosis read. Lives in the diagnosis' worker thread.
struct DiagnosisContext
{
    const Database& database;
    Client client;
    DiagnosisOptions options;
    std::optional<SecretCipher> cipher; ///< absent when the data key could not be loaded
    QString cipherProblem; ///< why it is absent (untranslated detail)
    SecretStore& secrets;
    QNetworkAccessManager* network = nullptr;
    const Clock& clock;
    Actor actor; ///< on whose behalf network checks and test SMS run
};

} // namespace backoffice
