// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/BackgroundTask.h"

#include <QPointer>
#include <QString>

#include <functional>

namespace backoffice {

/// Why an e-mail did not go out, in the causes an operator can act on.
enum class MailFailure
{
    InvalidInput, ///< the settings or the message were refused before connecting (`detail` names the field)
    MissingPassword, ///< a user is set but the keychain has no password for it (or refused to give it)
    Unreachable, ///< the host name did not resolve, or nothing listens on the port
    TlsFailure, ///< the server's certificate could not be verified (verification is never turned off)
    StartTlsRefused, ///< the server does not offer STARTTLS: nothing was sent in clear
    AuthenticationFailed, ///< the server refused the user and password
    Rejected, ///< the server refused the sender, a recipient or the message (its SMTP code says why)
    TimedOut, ///< no complete exchange within the timeout
    /// The message was handed over whole but the server's final answer never came: it may have
    /// been accepted and delivered. Not a failure: only the server's logs can tell.
    OutcomeUnknown,
    Cancelled,
    Other, ///< anything else libcurl reported (`detail` says what)
};

QString mailFailureToString(MailFailure failure); ///< stable: "tls_failure", ...

/// How a send ended. Never holds the password or the message.
struct MailResult
{
    bool ok = false;
    MailFailure failure = MailFailure::Other;
    int curlCode = 0; ///< CURLcode, 0 when libcurl was not reached
    long smtpCode = 0; ///< the server's last reply code (250, 535, 550, ...), 0 when none
    QString detail; ///< untranslated technical context, never a secret

    static MailResult failed(MailFailure failure, QString detail = {});
    /// One translated sentence for an operator (QCoreApplication::translate, context "MailResult").
    QString describe() const;
};

/// One e-mail being sent, a Job: the transfer runs as a BackgroundTask (libcurl blocks), the result
/// comes through then() on the thread that made the job, always later than the call that started it.
/// cancel() aborts the transfer (Cancelled), a limit from setTimeout() too (TimedOut); an e-mail the
/// server accepted stays sent, and one handed over whole stays OutcomeUnknown. Deleting the job
/// aborts the transfer and waits for it. Made by Mailer (or EmailSender, which first reads the
/// password from the keychain).
class MailJob final : public Task<MailResult>
{
public:
    explicit MailJob(QObject* parent = nullptr);
    ~MailJob() override;

    /// Runs `transfer` on a worker thread and reports what it returns. Once.
    void run(std::function<MailResult(TaskContext&)> transfer);
    /// Reports `result` from the event loop (Cancelled instead if cancelled by then).
    void failLater(MailResult result);

private:
    void onStop() override;
    MailResult stoppedResult(Stop reason) const override;

    QPointer<BackgroundTask<MailResult>> m_transfer;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::MailResult)
