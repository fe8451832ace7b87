// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/NetworkBackend.h"

#include "core/common/RuntimeModule.h"

#include <QCoreApplication>

namespace backoffice {

const NetworkBackend& network()
{
    static const NetworkBackend* const loaded = [] {
        const Result<QFunctionPointer> factory = RuntimeModule::function(networkModuleName, networkBackendSymbol);
        if (!factory)
            qFatal("%s",
                   qPrintable(QCoreApplication::translate("NetworkBackend",
                                                          "Back Office is installed incompletely: the "
                                                          "network module could not be loaded (%1).")
                                  .arg(factory.error().detail)));
        return reinterpret_cast<NetworkBackendFactory>(factory.value())();
    }();
    return *loaded;
}

} // namespace backoffice
