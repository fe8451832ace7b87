// SPDX-License-Identifier: GPL-3.0-or-later
// Base32 on arbitrary text and bytes. Invariants: whatever decode() accepts re-encodes to text that
// decodes to the same bytes; encode() of any bytes decodes back to them, with or without padding;
// decodeSecret() accepts exactly what decode() accepts at the minimum length or more.
#include "core/twofactor/Base32.h"

#include "tests/fuzz/FuzzRequire.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace backoffice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        auto decoded = Base32::decode(text);
        if (decoded) {
            const QString again = Base32::encode(decoded.value());
            auto redecoded = Base32::decode(again);
            fuzzRequire(redecoded.ok() && redecoded.value() == decoded.value(), "accepted text re-encodes faithfully");
        } else {
            fuzzRequire(decoded.error().code == Error::Code::InvalidInput, "a refusal is InvalidInput");
            fuzzRequire(!decoded.error().detail.isEmpty(), "a refusal says why");
        }
        auto secret = Base32::decodeSecret(text);
        fuzzRequire(secret.ok() == (decoded.ok() && decoded.value().size() >= Base32::MinimumSecretBytes),
                    "decodeSecret is decode plus the minimum");
    }
    for (const auto padding : {Base32::Padding::Omit, Base32::Padding::Include}) {
        const QString encoded = Base32::encode(bytes, padding);
        if (bytes.isEmpty())
            continue;
        auto back = Base32::decode(encoded);
        fuzzRequire(back.ok() && back.value() == bytes, "encoded bytes decode back");
    }
    return 0;
}
