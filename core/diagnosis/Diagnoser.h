// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/Finding.h"
#include "core/operators/Actor.h"
#include "core/storage/DatabaseLocation.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QThread;

namespace backoffice {

class DiagnosisWorker;
class SecretStore;

/// A diagnosis under way. It runs in a thread of its own (its own database connection and network
/// access), reports progress, can be cancelled, and emits finished() exactly once; then it deletes
/// itself. A diagnosis that was refused (permission, unknown client) finishes with failed().
class DiagnosisJob : public QObject
{
    Q_OBJECT

public:
    ~DiagnosisJob() override;
    void cancel();

signals:
    void progress(int done, int total, const QString& checkTitle);
    void finished(const backoffice::Diagnosis& diagnosis);
    void failed(const backoffice::Error& error);

private:
    friend class Diagnoser;
    explicit DiagnosisJob(QObject* parent);

    QThread* m_thread = nullptr;
    QPointer<DiagnosisWorker> m_worker;
};

/// Starts diagnoses. Everything the checks need is opened in the worker thread from the location;
/// the data key is loaded by the caller (the keychain prompt belongs to the UI thread) and passed in.
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

Q_DECLARE_METATYPE(backoffice::Diagnosis)
Q_DECLARE_METATYPE(backoffice::Error)
