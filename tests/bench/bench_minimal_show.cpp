// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for bench_cli_show: the least a Qt program must do to answer
// `backoffice-cli clients show ID --json` -- open the SQLite file, look the client up by id, print the
// same JSON. Deliberately none of Back Office: no migrations check, no keychain, no sign-in.
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue utc(const QVariant& stored, bool nullWhenMissing)
{
    if (stored.isNull())
        return nullWhenMissing ? QJsonValue(QJsonValue::Null) : QJsonValue(QString());
    QDateTime time = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time.toString(Qt::ISODate);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_minimal_show DATABASE ID\n");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 1;
    QSqlQuery query(db);
    query.prepare(
        u"SELECT id, first_name, last_name, email, phone, country, created_at, twofa_method, "
        u"twofa_enabled_at, row_version, totp_algorithm, totp_digits, totp_period FROM clients WHERE id = ?"_s);
    query.addBindValue(QString::fromLocal8Bit(argv[2]).toLongLong());
    if (!query.exec() || !query.next())
        return 1;
    const QString method = query.value(7).toString();
    QJsonObject twofa {{u"method"_s, method}, {u"enabled_at"_s, utc(query.value(8), true)}};
    if (method == u"authenticator") {
        twofa.insert(u"algorithm"_s, query.value(10).toString());
        twofa.insert(u"digits"_s, query.value(11).toInt());
        twofa.insert(u"period"_s, query.value(12).toInt());
    }
    if (method == u"sms")
        twofa.insert(u"phone"_s, query.value(4).toString());
    const QJsonObject client {{u"id"_s, query.value(0).toLongLong()},
                              {u"first_name"_s, query.value(1).toString()},
                              {u"last_name"_s, query.value(2).toString()},
                              {u"email"_s, query.value(3).toString()},
                              {u"phone"_s, query.value(4).toString()},
                              {u"country"_s, query.value(5).toString()},
                              {u"created_at"_s, utc(query.value(6), false)},
                              {u"row_version"_s, query.value(9).toLongLong()},
                              {u"twofa"_s, twofa}};
    const QByteArray json = QJsonDocument(client).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
