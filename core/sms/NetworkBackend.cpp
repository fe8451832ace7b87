// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/NetworkBackend.h"

#include "core/common/RuntimeModule.h"

namespace backoffice {

const NetworkBackend& network()
{
    static const NetworkBackend* const loaded
        = RuntimeModule::required<const NetworkBackend>(networkModuleName, networkBackendSymbol);
    return *loaded;
}

} // namespace backoffice
