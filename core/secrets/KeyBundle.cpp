// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeyBundle.h"

#include "core/audit/AuditKeyRing.h"
#include "core/secrets/SecretCipher.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

QByteArray KeyBundle::encode() const
{
    return (dataKey + auditKey).toBase64();
}

Result<KeyBundle> KeyBundle::decode(const QByteArray& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error::invalid(u"key"_s, u"not base64"_s);
    const QByteArray& bytes = decoded.decoded;
    if (bytes.size() != SecretCipher::KeySize && bytes.size() != SecretCipher::KeySize + AuditKeyRing::KeySize)
        return Error::invalid(u"key"_s,
                              u"%1 bytes, a key export has %2 (or %3 from before keyed audit logs)"_s.arg(bytes.size())
                                  .arg(SecretCipher::KeySize + AuditKeyRing::KeySize)
                                  .arg(SecretCipher::KeySize));
    KeyBundle bundle;
    bundle.dataKey = bytes.left(SecretCipher::KeySize);
    bundle.auditKey = bytes.mid(SecretCipher::KeySize);
    return bundle;
}

} // namespace backoffice
