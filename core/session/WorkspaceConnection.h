// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/Workspace.h"

namespace backoffice {

/// The connection under a Workspace, for core code that builds services over it (CallerVerification,
/// DatabaseCopyService), for the CLI's commands that still make their services themselves, and for
/// tests. The UI never includes this header: it gets services from Workspace, never a connection.
class WorkspaceConnection
{
public:
    static const Database& of(const Workspace& workspace) { return *workspace.m_database; }
};

} // namespace backoffice
