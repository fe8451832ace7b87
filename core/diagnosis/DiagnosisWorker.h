// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnosis/DiagnosisContext.h"
#include "core/diagnosis/Finding.h"
#include "core/operators/Actor.h"
#include "core/storage/DatabaseLocation.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace backoffice {

class Database;
class DiagnosisRunner;

/// The part of a diagnosis that lives in its worker thread: opens the thread's own database
/// connection and network access, checks the operator's permission, runs the planned checks and
/// records the diagnosis in the audit log. Used only by Diagnoser.
class DiagnosisWorker : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        DatabaseLocation location;
        Actor actor;
        qint64 clientId = 0;
        DiagnosisOptions options;
        std::optional<SecretCipher> cipher;
        QString cipherProblem;
    };

    DiagnosisWorker(Request request, SecretStore& secrets, const Clock& clock);
    ~DiagnosisWorker() override;

public slots:
    void run();
    void cancel();

signals:
    void progress(int done, int total, const QString& checkTitle);
    void finished(const backoffice::Diagnosis& diagnosis);
    void failed(const backoffice::Error& error);

private:
    void complete(const QList<Finding>& findings, bool cancelled);

    Request m_request;
    SecretStore& m_secrets;
    const Clock& m_clock;
    std::shared_ptr<Database> m_database;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<DiagnosisContext> m_context;
    DiagnosisRunner* m_runner = nullptr;
    Diagnosis m_diagnosis;
    bool m_cancelRequested = false;
};

} // namespace backoffice
