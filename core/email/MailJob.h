// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

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

/// One e-mail being sent on a worker thread. Reports `finished` once on the thread that made it,
/// always later than the call that started it (also after cancel(), with Cancelled), then deletes
/// itself. Destroying it cancels the transfer; the worker then ends on its own. Made by Mailer (or
/// EmailSender, which first reads the password from the keychain).
class MailJob : public QObject
{
    Q_OBJECT

public:
    /// Shared with the worker: survives this job when it is destroyed mid-transfer.
    struct Shared
    {
        std::atomic<bool> cancelled {false};
    };

    explicit MailJob(QObject* parent = nullptr);
    ~MailJob() override;

    void cancel();
    bool isCancelled() const { return m_shared->cancelled; }
    bool isFinished() const { return m_finished; }

    /// Reports the worker's result when `future` ends.
    void watch(QFuture<MailResult> future);
    /// Reports `result` from the event loop (Cancelled instead if cancelled by then).
    void failLater(MailResult result);
    const std::shared_ptr<Shared>& shared() const { return m_shared; }

signals:
    void finished(const backoffice::MailResult& result);

private:
    void finish(MailResult result);

    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<MailResult> m_watcher;
    bool m_finished = false;
};

} // namespace backoffice
Q_DECLARE_METATYPE(backoffice::MailResult)
