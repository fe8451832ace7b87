// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Statuspage status.json parser, fed the input as the body of an answer
// with each status code a status page sends.
#include "core/sms/StatusPageChecker.h"

#include <array>
#include <cstddef>
#include <cstdint>

using namespace backoffice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static constexpr std::array<int, 5> statuses {200, 404, 429, 500, 503};
    HttpResponse response;
    response.body = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const int status : statuses) {
        response.status = status;
        const ProviderResult<ServiceStatus> result = StatusPageChecker::parse(response);
        if (result.ok())
            (void)serviceIndicatorToString(result->indicator);
        else
            (void)result.error().describe();
    }
    return 0;
}
