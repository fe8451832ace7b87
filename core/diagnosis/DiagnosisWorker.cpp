// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/DiagnosisWorker.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/diagnosis/DiagnosisPlan.h"
#include "core/diagnosis/DiagnosisRunner.h"
#include "core/operators/Authorizer.h"
#include "core/storage/Database.h"

#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

DiagnosisWorker::DiagnosisWorker(Request request, SecretStore& secrets, const Clock& clock)
    : m_request(std::move(request)), m_secrets(secrets), m_clock(clock)
{
}

// The runner and its checks go first: they refer to the context, which refers to the database.
DiagnosisWorker::~DiagnosisWorker()
{
    delete m_runner;
    m_context.reset();
    m_database.reset();
}

void DiagnosisWorker::run()
{
    auto opened = Database::open(m_request.location);
    if (!opened) {
        emit failed(opened.error());
        return;
    }
    m_database = opened.value();
    const AuditLog audit(*m_database, m_clock);
    if (const Status allowed = Authorizer(audit).require(m_request.actor, Permission::Diagnose, m_request.clientId);
        !allowed) {
        emit failed(allowed.error());
        return;
    }
    auto client = ClientRepository(*m_database).find(m_request.clientId);
    if (!client) {
        emit failed(client.error());
        return;
    }

    m_network = new QNetworkAccessManager(this);
    m_context.reset(new DiagnosisContext {*m_database, client.value(), m_request.options, m_request.cipher,
                                          m_request.cipherProblem, m_secrets, m_network, m_clock, m_request.actor});
    m_diagnosis.clientId = client->id;
    m_diagnosis.clientName = client->displayName();
    m_diagnosis.method = client->method;
    m_diagnosis.at = m_clock.nowUtc();

    m_runner = new DiagnosisRunner;
    connect(m_runner, &DiagnosisRunner::progress, this, &DiagnosisWorker::progress);
    connect(m_runner, &DiagnosisRunner::finished, this, &DiagnosisWorker::complete);
    m_runner->start(planDiagnosis(*m_context), m_request.options.checkTimeoutMs);
    if (m_cancelRequested)
        m_runner->cancel();
}

void DiagnosisWorker::cancel()
{
    m_cancelRequested = true;
    if (m_runner)
        m_runner->cancel();
}

void DiagnosisWorker::complete(const QList<Finding>& findings, bool cancelled)
{
    m_diagnosis.findings = findings;
    m_diagnosis.cancelled = cancelled;

    QJsonObject outcomes;
    for (const Finding& finding : findings)
        outcomes.insert(finding.check, outcomeToString(finding.outcome));
    AuditEvent event;
    event.operatorName = m_request.actor.userName;
    event.action = QString::fromLatin1(AuditAction::Diagnosed);
    event.clientId = m_diagnosis.clientId;
    event.after = outcomeToString(m_diagnosis.worst());
    event.details = {{u"method"_s, twoFactorMethodToString(m_diagnosis.method)},
                     {u"findings"_s, outcomes},
                     {u"cancelled"_s, cancelled},
                     {u"code_checked"_s, !m_request.options.codeFromClient.isEmpty()},
                     {u"test_sms"_s, !m_request.options.testSmsTo.isEmpty()}};
    if (auto logged = AuditLog(*m_database, m_clock).append(event); !logged)
        qCWarning(lcDiagnosis) << "could not record the diagnosis:" << logged.error().toString();
    emit finished(m_diagnosis);
}

} // namespace backoffice
