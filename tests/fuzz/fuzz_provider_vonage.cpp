// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every parser of Vonage's answers (account/get-balance, sms/json, the Reports
// API's records), fed the input as the body of an answer with each status code Vonage sends.
#include "core/sms/VonageProvider.h"
#include "tests/fuzz/FuzzProviderResult.h"

#include <array>
#include <cstddef>
#include <cstdint>

using namespace backoffice;
using backoffice::fuzz::touch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static constexpr std::array<int, 8> statuses {200, 400, 401, 403, 422, 429, 500, 503};
    HttpResponse response;
    response.body = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const int status : statuses) {
        response.status = status;
        touch(VonageProvider::parseAccount(response));
        touch(VonageProvider::parseBalance(response));
        touch(VonageProvider::parseSent(response));
        touch(VonageProvider::parseMessageStatus(response, QStringLiteral("0A0000000123ABCD1")));
        (void)VonageProvider::errorFromResponse(response).describe();
    }
    return 0;
}
