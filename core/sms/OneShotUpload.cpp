// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sms/OneShotUpload.h"

#include <cstring>

namespace backoffice {

OneShotUpload::OneShotUpload(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotUpload::reset()
{
    return !m_consumed && QIODevice::reset();
}

bool OneShotUpload::seek(qint64 position)
{
    if (m_consumed && position < pos())
        return false;
    return QIODevice::seek(position);
}

qint64 OneShotUpload::readData(char* data, qint64 maxSize)
{
    const qint64 available = m_data.size() - pos();
    const qint64 count = std::min(maxSize, available);
    if (count <= 0)
        return available <= 0 ? 0 : -1;
    std::memcpy(data, m_data.constData() + pos(), size_t(count));
    m_consumed = true;
    return count;
}

} // namespace backoffice
