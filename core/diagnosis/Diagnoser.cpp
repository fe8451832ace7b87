// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/Diagnoser.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/common/Logging.h"
#include "core/diagnosis/DiagnosisPlan.h"
#include "core/diagnosis/DiagnosisRunner.h"
#include "core/operators/Authorizer.h"
#include "core/sms/NetworkBackend.h"
#include "core/storage/Database.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
struct Request
{
    Actor actor;
    qint64 clientId = 0;
    DiagnosisOptions options;
    std::optional<SecretCipher> cipher;
    QString cipherProblem;
};

void record(const Database& database, const Clock& clock, const Request& request, const Diagnosis& diagnosis)
{
    QJsonObject outcomes;
    for (const Finding& finding : diagnosis.findings)
        outcomes.insert(finding.check, outcomeToString(finding.outcome));
    AuditEvent event;
    event.operatorName = request.actor.userName;
    event.action = QString::fromLatin1(AuditAction::Diagnosed);
    event.clientId = diagnosis.clientId;
    event.after = outcomeToString(diagnosis.worst());
    event.details = {{u"method"_s, twoFactorMethodToString(diagnosis.method)},
                     {u"findings"_s, outcomes},
                     {u"cancelled"_s, diagnosis.cancelled},
                     {u"code_checked"_s, !request.options.codeFromClient.isEmpty()},
                     {u"test_sms"_s, !request.options.testSmsTo.isEmpty()}};
    if (auto logged = AuditLog(database, clock).append(event); !logged)
        qCWarning(lcDiagnosis) << "could not record the diagnosis:" << logged.error().toString();
}

/// The worker thread's part: the checks wait on network replies, so it runs their event loop.
Result<Diagnosis> diagnose(TaskContext& task, const Request& request, SecretStore& secrets, const Clock& clock)
{
    const Database& database = task.database();
    const AuditLog audit(database, clock);
    if (const Status allowed = Authorizer(audit).require(request.actor, Permission::Diagnose, request.clientId);
        !allowed)
        return allowed.error();
    auto client = ClientRepository(database).find(request.clientId);
    if (!client)
        return client.error();

    const std::unique_ptr<QNetworkAccessManager> manager = network().createManager();
    const DiagnosisContext context {database, client.value(), request.options, request.cipher, request.cipherProblem,
                                    secrets,  manager.get(),  clock,           request.actor};
    Diagnosis diagnosis;
    diagnosis.clientId = client->id;
    diagnosis.clientName = client->displayName();
    diagnosis.method = client->method;
    diagnosis.at = clock.nowUtc();

    // The runner and its checks refer to the context and the network: they go first.
    QPointer<DiagnosisRunner> runner = new DiagnosisRunner(planDiagnosis(context), request.options.checkTimeoutMs);
    QObject::connect(runner, &Job::progress,
                     [&task](qint64 done, qint64 total, const QString& title) { task.progress(done, total, title); });
    QObject receiver;
    runner->then(&receiver, [&](const CheckRun& run) {
        diagnosis.findings = run.findings;
        diagnosis.cancelled = run.cancelled;
        task.quit();
    });
    task.exec([&runner] {
        if (runner)
            runner->cancel(); // reports at once
    });
    delete runner;

    record(database, clock, request, diagnosis);
    task.keepResult(); // recorded as it is: a cancel arriving now changes nothing
    return diagnosis;
}
} // namespace

Diagnoser::Diagnoser(DatabaseLocation location, SecretStore& secrets, const Clock& clock)
    : m_location(std::move(location)), m_secrets(secrets), m_clock(clock)
{
}

DiagnosisJob* Diagnoser::start(const Actor& actor, qint64 clientId, const DiagnosisOptions& options,
                               std::optional<SecretCipher> cipher, const QString& cipherProblem, QObject* parent)
{
    Request request {actor, clientId, options, std::move(cipher), cipherProblem};
    return DiagnosisJob::start(
        m_location,
        [request = std::move(request), &secrets = m_secrets, &clock = m_clock](TaskContext& task) {
            return diagnose(task, request, secrets, clock);
        },
        parent);
}

Result<Diagnosis> Diagnoser::runBlocking(const Actor& actor, qint64 clientId, const DiagnosisOptions& options,
                                         std::optional<SecretCipher> cipher, const QString& cipherProblem)
{
    Result<Diagnosis> outcome = Error {Error::Code::Internal, {}, u"the diagnosis did not finish"_s};
    QEventLoop loop;
    start(actor, clientId, options, std::move(cipher), cipherProblem)->then(&loop, [&](Result<Diagnosis> diagnosis) {
        outcome = std::move(diagnosis);
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace backoffice
