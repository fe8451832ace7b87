// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/MailJob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QString mailFailureToString(MailFailure failure)
{
    switch (failure) {
    case MailFailure::InvalidInput:
        return u"invalid_input"_s;
    case MailFailure::MissingPassword:
        return u"missing_password"_s;
    case MailFailure::Unreachable:
        return u"unreachable"_s;
    case MailFailure::TlsFailure:
        return u"tls_failure"_s;
    case MailFailure::StartTlsRefused:
        return u"starttls_refused"_s;
    case MailFailure::AuthenticationFailed:
        return u"authentication_failed"_s;
    case MailFailure::Rejected:
        return u"rejected"_s;
    case MailFailure::TimedOut:
        return u"timed_out"_s;
    case MailFailure::OutcomeUnknown:
        return u"outcome_unknown"_s;
    case MailFailure::Cancelled:
        return u"cancelled"_s;
    case MailFailure::Other:
        return u"other"_s;
    }
    return {};
}

MailResult MailResult::failed(MailFailure failure, QString detail)
{
    MailResult result;
    result.failure = failure;
    result.detail = std::move(detail);
    return result;
}

QString MailResult::describe() const
{
    if (ok)
        return QCoreApplication::translate("MailResult", "The SMTP server accepted the e-mail.");
    switch (failure) {
    case MailFailure::InvalidInput:
        return QCoreApplication::translate("MailResult", "The e-mail was not sent: %1.").arg(detail);
    case MailFailure::MissingPassword:
        return QCoreApplication::translate("MailResult",
                                           "The SMTP password is not available (%1): enter it again in the e-mail "
                                           "settings, or unlock the keychain.")
            .arg(detail);
    case MailFailure::Unreachable:
        return QCoreApplication::translate("MailResult",
                                           "The SMTP server could not be reached: check the host and port.");
    case MailFailure::TlsFailure:
        return QCoreApplication::translate(
            "MailResult", "The SMTP server's certificate could not be verified; the connection was refused.");
    case MailFailure::StartTlsRefused:
        return QCoreApplication::translate("MailResult",
                                           "The SMTP server does not offer STARTTLS, so nothing was sent. Use "
                                           "implicit TLS (usually port 465) or another server.");
    case MailFailure::AuthenticationFailed:
        return QCoreApplication::translate("MailResult", "The SMTP server refused the user name and password.");
    case MailFailure::Rejected:
        return QCoreApplication::translate("MailResult", "The SMTP server refused the e-mail (SMTP code %1).")
            .arg(smtpCode);
    case MailFailure::TimedOut:
        return QCoreApplication::translate("MailResult", "The SMTP server did not answer in time.");
    case MailFailure::OutcomeUnknown:
        return QCoreApplication::translate("MailResult",
                                           "The e-mail was handed over but the server's answer did not arrive: it "
                                           "may have been sent. Check the server's logs before sending again.");
    case MailFailure::Cancelled:
        return QCoreApplication::translate("MailResult", "Cancelled.");
    case MailFailure::Other:
        return QCoreApplication::translate("MailResult", "The e-mail could not be sent (%1).").arg(detail);
    }
    return {};
}

MailJob::MailJob(QObject* parent) : Task(parent) { }

MailJob::~MailJob()
{
    delete m_transfer; // aborts the transfer and waits for the worker
}

void MailJob::run(std::function<MailResult(TaskContext&)> transfer)
{
    Q_ASSERT(!m_transfer);
    m_transfer = BackgroundTask<MailResult>::start([transfer = std::move(transfer)](TaskContext& task) {
        MailResult result = transfer(task);
        if (result.ok)
            task.keepResult(); // the server accepted it: a cancel that came too late does not unsend it
        return Result<MailResult>(result);
    });
    m_transfer->then(this, [this](const Result<MailResult>& result) {
        if (!result) // stopped before the transfer started
            return complete(stoppedResult(isStopped() ? stopReason() : Stop::Cancelled), true);
        // A transfer aborted by the stop says Cancelled: the stop says which. Anything else happened.
        const bool aborted = !result->ok && result->failure == MailFailure::Cancelled;
        complete(result.value(), !aborted);
    });
}

void MailJob::failLater(MailResult result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { complete(result); }, Qt::QueuedConnection);
}

void MailJob::onStop()
{
    if (m_transfer)
        m_transfer->cancel(); // libcurl's progress callback sees it and aborts; the answer ends this job
    else // nothing went out yet (the keychain may still be asked): ends from the event loop
        QMetaObject::invokeMethod(
            this, [this] { complete(stoppedResult(stopReason()), true); }, Qt::QueuedConnection);
}

MailResult MailJob::stoppedResult(Stop reason) const
{
    if (reason == Stop::TimedOut)
        return MailResult::failed(MailFailure::TimedOut, u"no answer within the time limit"_s);
    return MailResult::failed(MailFailure::Cancelled);
}

} // namespace backoffice
