// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QIODevice;
class QNetworkAccessManager;

namespace backoffice {

/// The calls into QtNetwork, and nothing else: the one seam between core and the network module
/// (core/sms/QtNetworkModule.cpp, loaded through RuntimeModule). QtNetwork brings Kerberos, libproxy
/// and brotli with it; behind the module, a command that talks to no server loads none of them.
/// Core keeps QtNetwork's types and enums (they are only declarations) but calls none of its functions.
class NetworkBackend
{
public:
    /// One HTTP request as HttpJob makes it.
    struct Request
    {
        QByteArray method; ///< "GET" or "POST"
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> rawHeaders;
        /// POST only: the form body, sent once (never re-sent by Qt), with its length and content type.
        QIODevice* body = nullptr;
        qint64 bodySize = 0;
    };
    /// What the job hears while the request is in flight, on the job's thread.
    struct Listener
    {
        std::function<void()> mayHaveArrived; ///< sent, encrypted, some bytes uploaded, or headers came
        std::function<void(qint64)> announcedLength; ///< the answer's Content-Length, when it gives one
    };
    /// How the request ended, once the reply finished.
    struct Outcome
    {
        std::optional<int> httpStatus; ///< none when no HTTP answer came
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray retryAfter; ///< the Retry-After header, raw
    };

    virtual ~NetworkBackend() = default;
    /// A QNetworkAccessManager for the calling thread.
    virtual std::unique_ptr<QNetworkAccessManager> createManager() const = 0;
    /// Starts `request` on `manager`, following redirects only to places as safe; `listener` runs while
    /// `context` lives. The caller connects QIODevice's readyRead itself, and the end through onFinished.
    virtual QNetworkReply* start(QNetworkAccessManager& manager, const Request& request, QObject* context,
                                 Listener listener) const = 0;
    /// Connects `onFinished` to the reply's end, while `context` lives.
    virtual void onFinished(QNetworkReply& reply, QObject* context, std::function<void()> onFinished) const = 0;
    virtual Outcome outcome(const QNetworkReply& reply) const = 0;
    /// Whether `host` is an IP address; a loopback one (127.0.0.0/8, ::1); exactly 127.0.0.1 or ::1.
    virtual bool isIpAddress(const QString& host) const = 0;
    virtual bool isLoopbackAddress(const QString& host) const = 0;
    virtual bool isLocalHostAddress(const QString& host) const = 0;
};

/// The network module's backend, loaded on the first call; a missing module ends the program with a
/// message (no provider could be reached, and no URL checked).
const NetworkBackend& network();

/// The module's one exported function returns its backend, alive until the process ends.
inline constexpr char networkModuleName[] = "network";
inline constexpr char networkBackendSymbol[] = "backoffice_network_backend";

} // namespace backoffice
