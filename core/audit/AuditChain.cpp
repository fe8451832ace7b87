// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::AuditChain {

QString genesisHash()
{
    return QString(64, u'0');
}

QString legacyHash(const QString& previousHash, const QByteArray& canonicalContent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalContent);
    return QString::fromLatin1(hash.result().toHex());
}

QString eventMac(const QByteArray& key, const QString& previousHash, const QByteArray& canonicalContent)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(previousHash.toLatin1());
    mac.addData("\n", 1);
    mac.addData(canonicalContent);
    return QString::fromLatin1(mac.result().toHex());
}

QString headMac(const QByteArray& key, const QString& databaseId, const AuditHead& head)
{
    // A versioned, newline-separated text: no field can be shifted into its neighbour.
    const QString text = u"backoffice-audit-head-v1\n%1\n%2\n%3\n%4\n%5\n%6"_s.arg(databaseId)
                             .arg(head.lastId)
                             .arg(head.lastHash)
                             .arg(head.eventCount)
                             .arg(head.keyedFrom)
                             .arg(head.recreatedAt);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(text.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

bool sameMac(const QString& a, const QString& b)
{
    const QByteArray left = a.toLatin1();
    const QByteArray right = b.toLatin1();
    return left.size() == right.size() && CRYPTO_memcmp(left.constData(), right.constData(), size_t(left.size())) == 0;
}

} // namespace backoffice::AuditChain
