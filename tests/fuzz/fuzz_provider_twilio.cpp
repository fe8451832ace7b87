// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every parser of Twilio's answers (REST API 2010-04-01, Lookup v2), fed the input as the body of an
// answer with each status code Twilio sends. A parser may refuse anything; it must never crash, hang or leak.
#include "core/lookup/TwilioLookup.h"
#include "core/sms/TwilioProvider.h"
#include "tests/fuzz/FuzzProviderResult.h"

#include <array>
#include <cstddef>
#include <cstdint>

using namespace backoffice;
using backoffice::fuzz::touch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static constexpr std::array<int, 9> statuses {200, 201, 400, 401, 404, 429, 500, 503, 302};
    HttpResponse response;
    response.body = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const int status : statuses) {
        response.status = status;
        touch(TwilioProvider::parseAccount(response, false));
        touch(TwilioProvider::parseAccount(response, true));
        touch(TwilioProvider::parseBalance(response));
        touch(TwilioProvider::parseSent(response));
        touch(TwilioProvider::parseMessageStatus(response));
        touch(TwilioLookup::parse(response));
        (void)TwilioProvider::errorFromResponse(response).describe();
    }
    return 0;
}
