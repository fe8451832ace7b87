// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditText.h"

#include "core/common/DateTimeText.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

namespace {
std::optional<QJsonObject> asObject(const QString& text)
{
    if (!text.startsWith(u'{'))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return AuditText::tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? AuditText::tr("yes") : AuditText::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? AuditText::tr("(none)") : value.toString();
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

QString fieldText(const QString& key)
{
    static const QHash<QString, const char*> names {
        {u"kind"_s, QT_TRANSLATE_NOOP("AuditText", "Kind")},
        {u"name"_s, QT_TRANSLATE_NOOP("AuditText", "Name")},
        {u"enabled"_s, QT_TRANSLATE_NOOP("AuditText", "Enabled")},
        {u"account_id"_s, QT_TRANSLATE_NOOP("AuditText", "Account")},
        {u"api_key_sid"_s, QT_TRANSLATE_NOOP("AuditText", "API key SID")},
        {u"sender"_s, QT_TRANSLATE_NOOP("AuditText", "Sender")},
        {u"base_url"_s, QT_TRANSLATE_NOOP("AuditText", "API address")},
        {u"status_page_url"_s, QT_TRANSLATE_NOOP("AuditText", "Status page")},
        {u"reports_base_url"_s, QT_TRANSLATE_NOOP("AuditText", "Reports address")},
        {u"lookup_base_url"_s, QT_TRANSLATE_NOOP("AuditText", "Lookup address")},
        {u"low_balance_threshold"_s, QT_TRANSLATE_NOOP("AuditText", "Low-balance threshold")},
        {u"timeout_ms"_s, QT_TRANSLATE_NOOP("AuditText", "Timeout (ms)")},
    };
    if (const auto found = names.constFind(key); found != names.constEnd())
        return AuditText::tr(found.value());
    QString words = key;
    words.replace(u'_', u' ');
    return words;
}
} // namespace

QString AuditText::changedElsewhere(const std::optional<RecordChange>& change)
{
    if (!change)
        return tr("Changed while this window was open.");
    return tr("Changed while this window was open: %1 by %2 at %3.")
        .arg(action(change->action), change->operatorName, dateTimeText(change->at));
}

QString AuditText::action(const QString& action)
{
    static const QHash<QString, const char*> names {
        {QString::fromLatin1(AuditAction::TwoFactorDisabled), QT_TR_NOOP("Two-factor authentication disabled")},
        {QString::fromLatin1(AuditAction::CodeChecked), QT_TR_NOOP("Authenticator code checked")},
        {QString::fromLatin1(AuditAction::Diagnosed), QT_TR_NOOP("Client diagnosed")},
        {QString::fromLatin1(AuditAction::ClientsImported), QT_TR_NOOP("Clients imported")},
        {QString::fromLatin1(AuditAction::DemoDataCreated), QT_TR_NOOP("Demo clients created")},
        {QString::fromLatin1(AuditAction::PermissionRefused), QT_TR_NOOP("Permission refused")},
        {QString::fromLatin1(AuditAction::ProviderCreated), QT_TR_NOOP("SMS provider added")},
        {QString::fromLatin1(AuditAction::ProviderEdited), QT_TR_NOOP("SMS provider changed")},
        {QString::fromLatin1(AuditAction::ProviderRemoved), QT_TR_NOOP("SMS provider removed")},
        {QString::fromLatin1(AuditAction::ProviderEnabled), QT_TR_NOOP("SMS provider enabled")},
        {QString::fromLatin1(AuditAction::ProviderDisabled), QT_TR_NOOP("SMS provider disabled")},
        {QString::fromLatin1(AuditAction::ProviderCredentialChanged), QT_TR_NOOP("SMS provider credential changed")},
        {QString::fromLatin1(AuditAction::TestSmsSent), QT_TR_NOOP("Test SMS sent")},
        {QString::fromLatin1(AuditAction::EmailSettingsChanged), QT_TR_NOOP("E-mail settings changed")},
        {QString::fromLatin1(AuditAction::EmailPasswordChanged), QT_TR_NOOP("E-mail password changed")},
        {QString::fromLatin1(AuditAction::PhoneLookedUp), QT_TR_NOOP("Phone number looked up")},
        {QString::fromLatin1(AuditAction::SignedIn), QT_TR_NOOP("Signed in")},
        {QString::fromLatin1(AuditAction::SignInFailed), QT_TR_NOOP("Sign-in failed")},
        {QString::fromLatin1(AuditAction::LockedOut), QT_TR_NOOP("Operator locked out")},
        {QString::fromLatin1(AuditAction::OperatorCreated), QT_TR_NOOP("Operator created")},
        {QString::fromLatin1(AuditAction::OperatorDisabled), QT_TR_NOOP("Operator disabled")},
        {QString::fromLatin1(AuditAction::OperatorEnabled), QT_TR_NOOP("Operator enabled")},
        {QString::fromLatin1(AuditAction::OperatorRoleChanged), QT_TR_NOOP("Operator role changed")},
        {QString::fromLatin1(AuditAction::OperatorPasswordReset), QT_TR_NOOP("Operator password reset")},
        {QString::fromLatin1(AuditAction::IdleLockChanged), QT_TR_NOOP("Idle lock changed")},
        {QString::fromLatin1(AuditAction::ChainAnchored), QT_TR_NOOP("Audit log anchored")},
        {QString::fromLatin1(AuditAction::KeysExported), QT_TR_NOOP("Keys exported")},
        {QString::fromLatin1(AuditAction::KeysImported), QT_TR_NOOP("Keys imported")},
        {QString::fromLatin1(AuditAction::DatabaseCopied), QT_TR_NOOP("Database copied")},
    };
    if (const auto found = names.constFind(action); found != names.constEnd())
        return tr(found.value());
    return action;
}

QString AuditText::changeSummary(const AuditEvent& event)
{
    if (event.before.isEmpty() && event.after.isEmpty())
        return QString();
    const std::optional<QJsonObject> before = asObject(event.before);
    const std::optional<QJsonObject> after = asObject(event.after);
    if (before && after) {
        QStringList changes;
        QStringList keys = before->keys();
        for (const QString& key : after->keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        for (const QString& key : keys) {
            if (before->value(key) != after->value(key))
                changes << tr("%1: %2 → %3")
                               .arg(fieldText(key), valueText(before->value(key)), valueText(after->value(key)));
        }
        return changes.isEmpty() ? tr("no change") : changes.join(u"; "_s);
    }
    if (before || after) {
        // Added or removed settings: the name says which, the tooltip has the rest.
        const QJsonObject& object = before ? *before : *after;
        const QString name = object.value(u"name"_s).toString();
        const QString other = before ? event.after : event.before;
        const QString named = name.isEmpty() ? tr("settings") : name;
        if (before)
            return other.isEmpty() ? tr("%1 removed").arg(named) : tr("%1 → %2").arg(named, other);
        return other.isEmpty() ? tr("%1 added").arg(named) : tr("%1 → %2").arg(other, named);
    }
    if (event.before.isEmpty())
        return tr("→ %1").arg(event.after);
    if (event.after.isEmpty())
        return tr("%1 →").arg(event.before);
    return tr("%1 → %2").arg(event.before, event.after);
}

QString AuditText::changeInFull(const AuditEvent& event)
{
    const auto pretty = [](const QString& text) {
        if (const auto object = asObject(text))
            return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Indented)).trimmed();
        return text;
    };
    QStringList parts;
    if (!event.before.isEmpty())
        parts << tr("Before: %1").arg(pretty(event.before));
    if (!event.after.isEmpty())
        parts << tr("After: %1").arg(pretty(event.after));
    return parts.join(u'\n');
}

} // namespace backoffice::ui
