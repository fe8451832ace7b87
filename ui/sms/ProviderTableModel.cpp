// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sms/ProviderTableModel.h"
#include "core/common/DateTimeText.h"

#include "core/sms/ProviderError.h"
#include "core/sms/ProviderFactory.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::ui {

ProviderTableModel::ProviderTableModel(QObject* parent) : FlatTableModel(ColumnCount, columnTitles(), parent) { }

QList<const char*> ProviderTableModel::columnTitles()
{
    return {QT_TR_NOOP("Name"),       QT_TR_NOOP("Kind"),    QT_TR_NOOP("Enabled"),
            QT_TR_NOOP("Sender"),     QT_TR_NOOP("Balance"), QT_TR_NOOP("Balance read at"),
            QT_TR_NOOP("Last status")};
}

void ProviderTableModel::setProviders(QList<ProviderSummary> providers)
{
    beginResetModel();
    m_providers = std::move(providers);
    endResetModel();
}

const ProviderSummary* ProviderTableModel::providerAt(int row) const
{
    return row >= 0 && row < m_providers.size() ? &m_providers.at(row) : nullptr;
}

int ProviderTableModel::rowOf(qint64 providerId) const
{
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).config.id == providerId)
            return row;
    }
    return -1;
}

QString ProviderTableModel::lastStatusText(const ProviderCheckRecord& check)
{
    QString what;
    switch (check.kind) {
    case CheckKind::Credentials:
        what = tr("Credentials");
        break;
    case CheckKind::Balance:
        what = tr("Balance");
        break;
    case CheckKind::ServiceStatus:
        what = tr("Service status");
        break;
    case CheckKind::TestSms:
        what = tr("Test SMS");
        break;
    case CheckKind::MessageStatus:
        what = tr("Delivery status");
        break;
    }
    QString how;
    switch (check.outcome) {
    case CheckOutcome::Ok:
        how = tr("OK");
        break;
    case CheckOutcome::Warning:
        how = check.failure == u"below_threshold" ? tr("below threshold")
            : check.failure == u"incident"        ? tr("incident reported")
                                                  : tr("warning");
        break;
    case CheckOutcome::Problem: {
        const auto failure = providerFailureFromString(check.failure);
        how = failure                                ? ProviderError::of(*failure).describe()
            : check.failure == u"no_balance"         ? tr("no balance left")
            : check.failure == u"incident"           ? tr("major incident reported")
            : check.failure == u"account_not_active" ? tr("account not active")
                                                     : tr("problem");
        break;
    }
    case CheckOutcome::Cancelled:
        how = tr("cancelled");
        break;
    }
    return tr("%1: %2").arg(what, how);
}

QVariant ProviderTableModel::data(const QModelIndex& index, int role) const
{
    const ProviderSummary* provider = index.isValid() ? providerAt(index.row()) : nullptr;
    if (!provider)
        return {};
    if (role == ProviderIdRole)
        return provider->config.id;
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return provider->config.enabled ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return provider->config.name;
    case Kind: {
        const ProviderKindInfo* info = ProviderFactory::instance().find(provider->config.kind);
        return info ? info->displayName : provider->config.kind;
    }
    case Enabled:
        return provider->config.enabled ? tr("Enabled") : tr("Disabled");
    case Sender:
        return provider->config.sender;
    case Balance:
        if (!provider->lastBalance)
            return tr("not read yet");
        return tr("%1 %2").arg(provider->lastBalance->balance, provider->lastBalance->currency);
    case BalanceReadAt:
        if (!provider->lastBalance)
            return QString();
        return dateTimeText(provider->lastBalance->at);
    case LastStatus:
        if (!provider->health)
            return tr("not checked yet");
        if (role == Qt::ToolTipRole)
            return tr("%1, at %2").arg(lastStatusText(*provider->health), dateTimeText(provider->health->at));
        return lastStatusText(*provider->health);
    default:
        return {};
    }
}

} // namespace backoffice::ui
