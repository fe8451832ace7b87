// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operators/Role.h"

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
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
    switch (role) {
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Support:
        return u"support"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"viewer")
        return Role::Viewer;
    if (t == u"support")
        return Role::Support;
    if (t == u"admin")
        return Role::Admin;
    return std::nullopt;
}

QString permissionToString(Permission permission)
{
    switch (permission) {
    case Permission::ReadClients:
        return u"read-clients"_s;
    case Permission::ReadProviders:
        return u"read-providers"_s;
    case Permission::ReadAudit:
        return u"read-audit"_s;
    case Permission::CheckCode:
        return u"check-code"_s;
    case Permission::Diagnose:
        return u"diagnose"_s;
    case Permission::SendTestSms:
        return u"send-test-sms"_s;
    case Permission::DisableTwoFactor:
        return u"disable-2fa"_s;
    case Permission::ManageProviders:
        return u"manage-providers"_s;
    case Permission::ManageOperators:
        return u"manage-operators"_s;
    case Permission::ImportClients:
        return u"import-clients"_s;
    case Permission::ManageKeys:
        return u"manage-keys"_s;
    case Permission::CopyDatabase:
        return u"copy-database"_s;
    }
    return {};
}

} // namespace backoffice
