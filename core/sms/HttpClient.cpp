// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/HttpClient.h"

#include <QUrl>

namespace backoffice {

HttpClient::HttpClient(QNetworkAccessManager* network, HttpOptions options) : m_network(network), m_options(options) { }

HttpJob* HttpClient::get(const QUrl& url, const HttpJob::Credentials& credentials)
{
    return new HttpJob(m_network, m_options, QByteArrayLiteral("GET"), url, {}, credentials);
}

HttpJob* HttpClient::post(const QUrl& url, const QByteArray& form, const HttpJob::Credentials& credentials)
{
    return new HttpJob(m_network, m_options, QByteArrayLiteral("POST"), url, form, credentials);
}

QByteArray HttpClient::formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray encoded;
    for (const auto& [name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

} // namespace backoffice
