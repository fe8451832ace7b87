// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/ProviderJob.h"

namespace backoffice {

ProviderJob::ProviderJob(QObject* parent) : QObject(parent) { }

void ProviderJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_http)
        m_http->cancel();
}

void ProviderJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace backoffice
