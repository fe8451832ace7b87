// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/BackgroundTask.h"
#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/Finding.h"
#include "core/operators/Actor.h"
#include "core/storage/DatabaseLocation.h"

#include <optional>

namespace backoffice {

class SecretStore;

/// A diagnosis under way: a BackgroundTask, so it runs on a thread of its own with its own database
/// connection, and its own network access there. Progress is (checks answered, checks, the title of
/// the last one). After cancel() the checks still running are reported as not checked and the
/// diagnosis (cancelled) is still the result; a refused one (permission, unknown client) is an Error.
using DiagnosisJob = BackgroundTask<Diagnosis>;

/// Starts diagnoses: opens what the checks need in the worker thread from the location, checks the
/// operator's permission, runs the planned checks (DiagnosisRunner) and records the diagnosis in the
/// audit log. The data key is loaded by the caller (the keychain prompt belongs to the UI thread)
/// and passed in; `secrets` and `clock` must outlive the jobs (deleting a job waits for it).
class Diagnoser
{
public:
    Diagnoser(DatabaseLocation location, SecretStore& secrets, const Clock& clock = SystemClock::instance());

    /// `cipher` absent: the authenticator checks say why (`cipherProblem`).
    DiagnosisJob* start(const Actor& actor, qint64 clientId, const DiagnosisOptions& options,
                        std::optional<SecretCipher> cipher, const QString& cipherProblem, QObject* parent = nullptr);

    /// For the CLI and tests: runs one diagnosis to the end on a local event loop.
    Result<Diagnosis> runBlocking(const Actor& actor, qint64 clientId, const DiagnosisOptions& options,
                                  std::optional<SecretCipher> cipher, const QString& cipherProblem);

private:
    DatabaseLocation m_location;
    SecretStore& m_secrets;
    const Clock& m_clock;
};

} // namespace backoffice
