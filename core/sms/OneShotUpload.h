// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace backoffice {

/// A request body that can be read once and never rewound. Qt's HTTP stack silently re-sends a
/// request whose connection dropped before the answer, POST included; for "send an SMS" that could
/// send it twice. With this body Qt cannot rewind, so it reports ContentReSendError instead.
class OneShotUpload : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUpload(QByteArray data, QObject* parent = nullptr);

    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return pos() >= m_data.size(); }
    /// Allowed until the first byte was read; refused afterwards.
    bool reset() override;
    bool seek(qint64 position) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_consumed = false;
};

} // namespace backoffice
