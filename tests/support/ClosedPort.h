// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace backoffice::test {

/// A port on 127.0.0.1 where nothing listens (it just did, for a moment): a server that is not there.
inline int closedLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace backoffice::test
