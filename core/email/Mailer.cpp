// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/email/Mailer.h"

#include <QDateTime>

// Declarations only: libcurl is loaded when the first message goes out (LibCurl below), so that the
// commands that send no e-mail (nearly all) do not load it and the twenty libraries it needs.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstring>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
/// The libcurl functions the Mailer uses, from the shared library loaded at first use. Linking it
/// made every start of either program load it with Kerberos, LDAP, SSH, RTMP, GnuTLS and more (about
/// 10 ms of CPU per `backoffice-cli` command, most of the start-up of a read), for the few commands
/// that send mail.
struct LibCurl
{
    decltype(&::curl_global_init) globalInit = nullptr;
    decltype(&::curl_easy_init) easyInit = nullptr;
    decltype(&::curl_easy_setopt) easySetopt = nullptr;
    decltype(&::curl_easy_perform) easyPerform = nullptr;
    decltype(&::curl_easy_getinfo) easyGetinfo = nullptr;
    decltype(&::curl_easy_cleanup) easyCleanup = nullptr;
    decltype(&::curl_easy_strerror) easyStrerror = nullptr;
    decltype(&::curl_slist_append) slistAppend = nullptr;
    decltype(&::curl_slist_free_all) slistFreeAll = nullptr;

    /// Loaded and initialised once per process (thread-safe), or null with why not in `problem()`.
    static const LibCurl* instance();
    static QString& problem();

private:
    template<typename Function> bool resolve(void* library, Function& function, const char* name)
    {
        function = reinterpret_cast<Function>(dlsym(library, name));
        return function != nullptr;
    }
    static const LibCurl* load();
};

QString& LibCurl::problem()
{
    static QString why;
    return why;
}

const LibCurl* LibCurl::instance()
{
    static const LibCurl* const loaded = load();
    return loaded;
}

const LibCurl* LibCurl::load()
{
    // The ABI of libcurl 7.85 and later (Debian's libcurl4), the version the build found the headers of.
    void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        problem() = u"libcurl is not installed: "_s + QString::fromLocal8Bit(dlerror());
        return nullptr;
    }
    static LibCurl curl;
    const bool complete = curl.resolve(library, curl.globalInit, "curl_global_init")
        && curl.resolve(library, curl.easyInit, "curl_easy_init")
        && curl.resolve(library, curl.easySetopt, "curl_easy_setopt")
        && curl.resolve(library, curl.easyPerform, "curl_easy_perform")
        && curl.resolve(library, curl.easyGetinfo, "curl_easy_getinfo")
        && curl.resolve(library, curl.easyCleanup, "curl_easy_cleanup")
        && curl.resolve(library, curl.easyStrerror, "curl_easy_strerror")
        && curl.resolve(library, curl.slistAppend, "curl_slist_append")
        && curl.resolve(library, curl.slistFreeAll, "curl_slist_free_all");
    if (!complete) {
        problem() = u"libcurl lacks a function: "_s + QString::fromLocal8Bit(dlerror());
        return nullptr;
    }
    // Before any worker thread uses libcurl: instance() runs this once, on the first sender's thread.
    if (curl.globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        problem() = u"libcurl could not be initialised"_s;
        return nullptr;
    }
    return &curl;
}

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
    const LibCurl* lib = LibCurl::instance();
    if (!lib)
        return MailResult::failed(MailFailure::Other, LibCurl::problem());
    CURL* curl = lib->easyInit();
    if (!curl)
        return MailResult::failed(MailFailure::Other, u"libcurl could not start"_s);
    char errors[CURL_ERROR_SIZE] = {};
    Upload upload {&transfer.mime};
    curl_slist* recipients = lib->slistAppend(nullptr, ('<' + transfer.to + '>').c_str());

    lib->easySetopt(curl, CURLOPT_URL, transfer.url.c_str());
    lib->easySetopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    lib->easySetopt(curl, CURLOPT_NOSIGNAL, 1L);
    lib->easySetopt(curl, CURLOPT_ERRORBUFFER, errors);
    lib->easySetopt(curl, CURLOPT_TIMEOUT_MS, transfer.timeoutMs);
    lib->easySetopt(curl, CURLOPT_CONNECTTIMEOUT_MS, transfer.timeoutMs);
    // STARTTLS is required, not "if offered": a server that drops it from EHLO gets nothing in clear.
    lib->easySetopt(curl, CURLOPT_USE_SSL,
                    transfer.security == SmtpSecurity::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    lib->easySetopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    lib->easySetopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!transfer.caFile.empty())
        lib->easySetopt(curl, CURLOPT_CAINFO, transfer.caFile.c_str());
    if (!transfer.user.empty()) {
        lib->easySetopt(curl, CURLOPT_USERNAME, transfer.user.c_str());
        lib->easySetopt(curl, CURLOPT_PASSWORD, transfer.password.c_str());
    }
    lib->easySetopt(curl, CURLOPT_MAIL_FROM, ('<' + transfer.from + '>').c_str());
    lib->easySetopt(curl, CURLOPT_MAIL_RCPT, recipients);
    lib->easySetopt(curl, CURLOPT_UPLOAD, 1L);
    lib->easySetopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.mime.size()));
    lib->easySetopt(curl, CURLOPT_READFUNCTION, &readMessage);
    lib->easySetopt(curl, CURLOPT_READDATA, &upload);
    lib->easySetopt(curl, CURLOPT_NOPROGRESS, 0L);
    lib->easySetopt(curl, CURLOPT_XFERINFOFUNCTION, &abortWhenCancelled);
    lib->easySetopt(curl, CURLOPT_XFERINFODATA, &task);

    const CURLcode code = lib->easyPerform(curl);
    long smtpCode = 0;
    lib->easyGetinfo(curl, CURLINFO_RESPONSE_CODE, &smtpCode);
    lib->slistFreeAll(recipients);
    lib->easyCleanup(curl);

    MailResult result;
    result.curlCode = int(code);
    result.smtpCode = smtpCode;
    result.ok = code == CURLE_OK;
    if (!result.ok) {
        result.failure
            = code == CURLE_ABORTED_BY_CALLBACK ? MailFailure::Cancelled : failureFor(code, smtpCode, upload.complete);
        result.detail = QString::fromUtf8(errors[0] ? errors : lib->easyStrerror(code)).left(300);
    }
    return result;
}
} // namespace

Mailer::Mailer(MailerOptions options) : m_options(std::move(options))
{
    // Loaded (and curl_global_init run) here, on the thread that makes the Mailer, before any worker uses it.
    (void)LibCurl::instance();
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
