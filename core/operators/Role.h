// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace backoffice {

/// What an operator may do. Checked by the core services on every call; the UI only mirrors it.
enum class Role
{
    Viewer, ///< reads clients, providers and the audit log
    Support, ///< also checks codes, diagnoses, sends test SMS, disables a client's 2FA
    Admin, ///< also manages providers, their credentials and operators
};

enum class Permission
{
    ReadClients,
    ReadProviders,
    ReadAudit,
    CheckCode,
    Diagnose,
    SendTestSms,
    DisableTwoFactor,
    ManageProviders,
    ManageOperators,
    ImportClients, ///< bulk-adds clients (CSV import, demo data): stands in for the client UI
    ManageKeys, ///< exports or imports the database's keys: with them and a copy of the file, every secret opens
    CopyDatabase, ///< copies the whole database into another (`db copy`): every client, operator and event
};

bool roleAllows(Role role, Permission permission);
QString roleToString(Role role); ///< "viewer", "support", "admin": stored and typed on the CLI
std::optional<Role> roleFromString(const QString& text);
QString permissionToString(Permission permission); ///< stable name, used in audit events

} // namespace backoffice
