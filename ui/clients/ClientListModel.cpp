// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListModel.h"
#include "core/common/DateTimeText.h"
#include "ui/common/ErrorText.h"

#include <QLocale>

namespace backoffice::ui {

ClientListModel::ClientListModel(const ClientRepository& clients, QObject* parent)
    : FlatTableModel(ColumnCount, columnTitles(), parent), m_repository(clients)
{
}

QList<const char*> ClientListModel::columnTitles()
{
    return {QT_TR_NOOP("ID"),      QT_TR_NOOP("Name"), QT_TR_NOOP("E-mail"),    QT_TR_NOOP("Phone"),
            QT_TR_NOOP("Country"), QT_TR_NOOP("2FA"),  QT_TR_NOOP("Enabled at")};
}

QString ClientListModel::methodText(TwoFactorMethod method)
{
    switch (method) {
    case TwoFactorMethod::None:
        return tr("None");
    case TwoFactorMethod::Authenticator:
        return tr("Google Authenticator");
    case TwoFactorMethod::Sms:
        return tr("SMS");
    }
    return {};
}

void ClientListModel::setQuery(const QString& text, std::optional<TwoFactorMethod> method)
{
    m_query.text = text;
    m_query.method = method;
    runQuery();
}

void ClientListModel::reload()
{
    runQuery();
}

void ClientListModel::runQuery()
{
    // Views (and QAbstractItemModelTester) may ask for more rows while the reset signals are
    // delivered; no rows are added until the reset is complete.
    m_resetting = true;
    beginResetModel();
    m_clients.clear();
    m_exhausted = false;
    m_lastError.clear();
    auto page = m_repository.search(m_query, 0, BatchSize);
    if (page) {
        m_clients = page.value();
        m_exhausted = m_clients.size() < BatchSize;
    } else {
        m_exhausted = true;
        m_lastError = ErrorText::describe(page.error());
    }
    // One more than the cap tells "exactly 10,000" from "more than 10,000".
    auto counted = m_repository.count(m_query, CountCap + 1);
    m_count = counted ? std::min(counted.value(), CountCap) : 0;
    m_countCapped = counted && counted.value() > CountCap;
    if (!counted && m_lastError.isEmpty())
        m_lastError = ErrorText::describe(counted.error());
    endResetModel();
    m_resetting = false;
    emit countChanged(m_count, m_countCapped);
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
}

void ClientListModel::updateClient(const Client& client)
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == client.id) {
            Client shown = client;
            shown.authenticator.reset(); // the list never holds secrets
            m_clients[row] = shown;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const Client& client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return client.id;
        case NameColumn:
            return client.displayName();
        case EmailColumn:
            return client.email;
        case PhoneColumn:
            return client.phone;
        case CountryColumn:
            return client.country;
        case MethodColumn:
            return methodText(client.method);
        case EnabledAtColumn:
            return dateTimeText(client.enabledAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EnabledAtColumn && client.enabledAt.isValid())
            return preciseDateTimeText(client.enabledAt);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ClientIdRole:
        return client.id;
    case RowVersionRole:
        return client.rowVersion;
    }
    return {};
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_resetting;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_resetting)
        return;
    auto page = m_repository.search(m_query, int(m_clients.size()), BatchSize);
    if (!page) {
        m_exhausted = true;
        m_lastError = ErrorText::describe(page.error());
        emit queryFailed(m_lastError);
        return;
    }
    const QList<Client>& more = page.value();
    m_exhausted = more.size() < BatchSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_clients.size()), int(m_clients.size() + more.size() - 1));
    m_clients.append(more);
    endInsertRows();
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    using Key = ClientQuery::SortKey;
    static constexpr Key keys[ColumnCount]
        = {Key::Id, Key::Name, Key::Email, Key::Phone, Key::Country, Key::Method, Key::EnabledAt};
    if (column < 0 || column >= ColumnCount)
        return;
    if (m_query.sortKey == keys[column] && m_query.order == order && !m_clients.isEmpty())
        return;
    m_query.sortKey = keys[column];
    m_query.order = order;
    runQuery();
}

} // namespace backoffice::ui
