// SPDX-License-Identifier: GPL-3.0-or-later
// The network module (libbackoffice_network.so): NetworkBackend over QtNetwork. A module of its own so
// QtNetwork, and the Kerberos, proxy and compression libraries it links, load only in a process that
// talks to a server.
#include "core/sms/NetworkBackend.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace backoffice {

namespace {
class QtNetworkBackend final : public NetworkBackend
{
public:
    std::unique_ptr<QNetworkAccessManager> createManager() const override
    {
        return std::make_unique<QNetworkAccessManager>();
    }

    QNetworkReply* start(QNetworkAccessManager& manager, const Request& request, QObject* context,
                         Listener listener) const override
    {
        QNetworkRequest http(request.url);
        for (const auto& [name, value] : request.rawHeaders)
            http.setRawHeader(name, value);
        http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = nullptr;
        if (request.method == "POST") {
            http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            http.setHeader(QNetworkRequest::ContentLengthHeader, request.bodySize);
            http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            reply = manager.post(http, request.body);
            request.body->setParent(reply);
        } else {
            reply = manager.get(http);
        }
        // Any of these means the request (or part of it) may have reached the server.
        const auto arrived = listener.mayHaveArrived;
        QObject::connect(reply, &QNetworkReply::requestSent, context, arrived);
        QObject::connect(reply, &QNetworkReply::encrypted, context, arrived);
        QObject::connect(reply, &QNetworkReply::uploadProgress, context, [arrived](qint64 sent, qint64) {
            if (sent > 0)
                arrived();
        });
        QObject::connect(reply, &QNetworkReply::metaDataChanged, context,
                         [reply, arrived, announced = listener.announcedLength] {
                             arrived();
                             const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                             if (length.isValid())
                                 announced(length.toLongLong());
                         });
        return reply;
    }

    void onFinished(QNetworkReply& reply, QObject* context, std::function<void()> onFinished) const override
    {
        QObject::connect(&reply, &QNetworkReply::finished, context, std::move(onFinished));
    }

    Outcome outcome(const QNetworkReply& reply) const override
    {
        Outcome outcome;
        const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            outcome.httpStatus = status.toInt();
        outcome.error = reply.error();
        outcome.retryAfter = reply.rawHeader("Retry-After");
        return outcome;
    }

    bool isIpAddress(const QString& host) const override { return !QHostAddress(host).isNull(); }

    bool isLoopbackAddress(const QString& host) const override
    {
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }

    bool isLocalHostAddress(const QString& host) const override
    {
        const QHostAddress address(host);
        return address == QHostAddress(QHostAddress::LocalHost) || address == QHostAddress(QHostAddress::LocalHostIPv6);
    }
};
} // namespace

} // namespace backoffice

extern "C" Q_DECL_EXPORT const backoffice::NetworkBackend* backoffice_network_backend()
{
    static const backoffice::QtNetworkBackend backend;
    return &backend;
}
