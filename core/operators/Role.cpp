// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/Role.h"

#include "core/common/EnumNames.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
constexpr EnumNames<Role, 3> RoleNames({{
    {Role::Viewer, u"viewer"},
    {Role::Support, u"support"},
    {Role::Admin, u"admin"},
}});

// Stable: audit events name the permission a refusal was about.
constexpr EnumNames<Permission, 12> PermissionNames({{
    {Permission::ReadClients, u"read-clients"},
    {Permission::ReadProviders, u"read-providers"},
    {Permission::ReadAudit, u"read-audit"},
    {Permission::CheckCode, u"check-code"},
    {Permission::Diagnose, u"diagnose"},
    {Permission::SendTestSms, u"send-test-sms"},
    {Permission::DisableTwoFactor, u"disable-2fa"},
    {Permission::ManageProviders, u"manage-providers"},
    {Permission::ManageOperators, u"manage-operators"},
    {Permission::ImportClients, u"import-clients"},
    {Permission::ManageKeys, u"manage-keys"},
    {Permission::CopyDatabase, u"copy-database"},
}});

bool isKnown(Role role)
{
    return role == Role::Viewer || role == Role::Support || role == Role::Admin;
}
} // namespace

bool roleAllows(Role role, Permission permission)
{
    // Anything that is not one of the three roles (a value this build does not know) may do nothing.
    switch (permission) {
    case Permission::ReadClients:
    case Permission::ReadProviders:
    case Permission::ReadAudit:
        return isKnown(role);
    case Permission::CheckCode:
    case Permission::Diagnose:
    case Permission::SendTestSms:
    case Permission::DisableTwoFactor:
        return role == Role::Support || role == Role::Admin;
    case Permission::ManageProviders:
    case Permission::ManageOperators:
    case Permission::ImportClients:
    case Permission::ManageKeys:
    case Permission::CopyDatabase:
        return role == Role::Admin;
    }
    return false;
}

QString roleToString(Role role)
{
    return RoleNames.name(role);
}

std::optional<Role> roleFromString(const QString& text)
{
    return RoleNames.value(text.trimmed().toLower());
}

QString permissionToString(Permission permission)
{
    return PermissionNames.name(permission);
}

} // namespace backoffice
