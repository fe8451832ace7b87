// SPDX-License-Identifier: GPL-3.0-or-later
// otpauth:// URIs (what an authenticator's QR code holds) on arbitrary text. Invariants: a refusal is
// InvalidInput naming a field; an accepted URI has a secret of at least 80 bits and TOTP parameters
// in range, and its toString() parses again to the same issuer, account, secret and parameters.
#include "core/twofactor/Base32.h"
#include "core/twofactor/OtpAuthUri.h"

#include "tests/fuzz/FuzzRequire.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace backoffice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = OtpAuthUri::parse(text);
    if (!parsed) {
        fuzzRequire(parsed.error().code == Error::Code::InvalidInput, "a refusal is InvalidInput");
        fuzzRequire(!parsed.error().field.isEmpty(), "a refusal names the part at fault");
        return 0;
    }
    const OtpAuthUri& uri = parsed.value();
    fuzzRequire(uri.secret.size() >= Base32::MinimumSecretBytes, "the secret has the minimum length");
    fuzzRequire(!uri.accountName.isEmpty(), "the account name is not empty");
    auto again = OtpAuthUri::parse(uri.toString());
    if (!again) {
        std::fprintf(stderr, "re-parse of %s failed: %s\n", qPrintable(uri.toString()),
                     qPrintable(again.error().toString()));
        std::abort();
    }
    fuzzRequire(again.value().secret == uri.secret, "the secret survives toString");
    fuzzRequire(again.value().issuer == uri.issuer, "the issuer survives toString");
    fuzzRequire(again.value().accountName == uri.accountName, "the account survives toString");
    fuzzRequire(again.value().parameters.algorithm == uri.parameters.algorithm
                    && again.value().parameters.digits == uri.parameters.digits
                    && again.value().parameters.period == uri.parameters.period,
                "the parameters survive toString");
    return 0;
}
