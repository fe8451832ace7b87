// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/Mailer.h"

#include <QDateTime>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// Everything the worker needs, copied: nothing it reads belongs to the thread that started it.
struct Transfer
{
    std::string url;
    std::string caFile;
    std::string user;
    std::string password;
    std::string from;
    std::string to;
    SmtpSecurity security = SmtpSecurity::StartTls;
    long timeoutMs = SmtpSettings::DefaultTimeoutMs;
    QByteArray mime;
};

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
    bool complete = false; ///< the whole message was handed to libcurl
};

size_t readMessage(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype left = upload->data->size() - upload->offset;
    if (left <= 0) {
        upload->complete = true;
        return 0;
    }
    const size_t n = std::min(size * count, size_t(left));
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

int abortWhenCancelled(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const TaskContext*>(user)->isCancelled() ? 1 : 0;
}

MailFailure failureFor(CURLcode code, long smtpCode, bool handedOver)
{
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return MailFailure::Cancelled;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return MailFailure::Unreachable;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CERTPROBLEM:
        return MailFailure::TlsFailure;
    case CURLE_USE_SSL_FAILED:
        return MailFailure::StartTlsRefused;
    case CURLE_LOGIN_DENIED:
        return MailFailure::AuthenticationFailed;
    default:
        break;
    }
    if (smtpCode >= 500 || (smtpCode >= 400 && !handedOver))
        return MailFailure::Rejected;
    // After the whole message went out, a lost answer may hide an accepted message.
    if (handedOver
        && (code == CURLE_OPERATION_TIMEDOUT || code == CURLE_RECV_ERROR || code == CURLE_GOT_NOTHING
            || code == CURLE_SEND_ERROR))
        return MailFailure::OutcomeUnknown;
    if (code == CURLE_OPERATION_TIMEDOUT)
        return MailFailure::TimedOut;
    return MailFailure::Other;
}

MailResult perform(const Transfer& transfer, const TaskContext& task)
{
    if (task.isCancelled())
        return MailResult::failed(MailFailure::Cancelled);
    CURL* curl = curl_easy_init();
    if (!curl)
        return MailResult::failed(MailFailure::Other, u"libcurl could not start"_s);
    char errors[CURL_ERROR_SIZE] = {};
    Upload upload {&transfer.mime};
    curl_slist* recipients = curl_slist_append(nullptr, ('<' + transfer.to + '>').c_str());

    curl_easy_setopt(curl, CURLOPT_URL, transfer.url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, transfer.timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, transfer.timeoutMs);
    // STARTTLS is required, not "if offered": a server that drops it from EHLO gets nothing in clear.
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     transfer.security == SmtpSecurity::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!transfer.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, transfer.caFile.c_str());
    if (!transfer.user.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, transfer.user.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, transfer.password.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ('<' + transfer.from + '>').c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.mime.size()));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &abortWhenCancelled);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &task);

    const CURLcode code = curl_easy_perform(curl);
    long smtpCode = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtpCode);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    MailResult result;
    result.curlCode = int(code);
    result.smtpCode = smtpCode;
    result.ok = code == CURLE_OK;
    if (!result.ok) {
        result.failure
            = code == CURLE_ABORTED_BY_CALLBACK ? MailFailure::Cancelled : failureFor(code, smtpCode, upload.complete);
        result.detail = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(code)).left(300);
    }
    return result;
}
} // namespace

Mailer::Mailer(MailerOptions options) : m_options(std::move(options))
{
    // Once per process, before any worker thread uses libcurl.
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

MailJob* Mailer::send(const SmtpSettings& settings, const QByteArray& password, const EmailMessage& message,
                      QObject* parent) const
{
    auto* job = new MailJob(parent);
    sendWith(job, settings, password, message);
    return job;
}

void Mailer::sendWith(MailJob* job, const SmtpSettings& settings, const QByteArray& password,
                      const EmailMessage& message) const
{
    QList<Error> problems = settings.validate();
    problems.append(message.validate());
    if (!problems.isEmpty()) {
        const Error& first = problems.first();
        return job->failLater(MailResult::failed(MailFailure::InvalidInput, first.field + u": "_s + first.detail));
    }
    if (!settings.user.isEmpty() && password.isEmpty())
        return job->failLater(MailResult::failed(MailFailure::MissingPassword, u"no password for the SMTP user"_s));
    if (job->isStopped())
        return job->failLater(MailResult::failed(MailFailure::Cancelled));

    Transfer transfer;
    const QString scheme = settings.security == SmtpSecurity::Tls ? u"smtps"_s : u"smtp"_s;
    const QString host = settings.host.contains(u':') ? u'[' + settings.host + u']' : settings.host;
    transfer.url = u"%1://%2:%3"_s.arg(scheme, host).arg(settings.port).toStdString();
    transfer.caFile = m_options.caFile.toStdString();
    transfer.user = settings.user.toStdString();
    transfer.password = password.toStdString();
    transfer.from = settings.fromAddress.toStdString();
    transfer.to = message.to.toStdString();
    transfer.security = settings.security;
    transfer.timeoutMs = settings.timeoutMs;
    transfer.mime = message.toMime(settings.fromAddress, QDateTime::currentDateTimeUtc());

    job->run([transfer = std::move(transfer)](TaskContext& task) { return perform(transfer, task); });
}

} // namespace backoffice
