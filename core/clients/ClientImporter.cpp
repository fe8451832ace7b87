// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientImporter.h"

#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/CsvReader.h"
#include "clients/PhoneNumber.h"
#include "common/Logging.h"
#include "operators/Authorizer.h"
#include "secrets/SecretCipher.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
enum Column
{
    Id,
    FirstName,
    LastName,
    Email,
    Phone,
    Country,
    Method,
    Secret,
    Digits,
    Period,
    Algorithm,
    ColumnCount
};

QString reasonText(ImportProblem::Reason reason)
{
    using R = ImportProblem::Reason;
    switch (reason) {
    case R::EmptyFile:
        return QCoreApplication::translate("ImportProblem", "the file is empty");
    case R::BadHeader:
        return QCoreApplication::translate("ImportProblem", "the header must be exactly");
    case R::CsvSyntax:
        return QCoreApplication::translate("ImportProblem", "not valid CSV");
    case R::WrongFieldCount:
        return QCoreApplication::translate("ImportProblem", "wrong number of fields");
    case R::Required:
        return QCoreApplication::translate("ImportProblem", "required");
    case R::NotAPositiveInteger:
        return QCoreApplication::translate("ImportProblem", "not a positive whole number");
    case R::DuplicateInFile:
        return QCoreApplication::translate("ImportProblem", "duplicate id, first on line");
    case R::AlreadyExists:
        return QCoreApplication::translate("ImportProblem", "a client with this id already exists");
    case R::BadEmail:
        return QCoreApplication::translate("ImportProblem", "not an e-mail address");
    case R::PhoneNotE164:
        return QCoreApplication::translate("ImportProblem", "not in E.164 format (+ and country code, digits only)");
    case R::PhoneInvalid:
        return QCoreApplication::translate("ImportProblem", "not a valid phone number");
    case R::BadCountry:
        return QCoreApplication::translate("ImportProblem", "not an ISO 3166-1 alpha-2 country code");
    case R::UnknownMethod:
        return QCoreApplication::translate("ImportProblem", "must be none, authenticator or sms");
    case R::SmsNeedsPhone:
        return QCoreApplication::translate("ImportProblem", "SMS confirmation needs a valid phone number");
    case R::MustBeEmpty:
        return QCoreApplication::translate("ImportProblem", "must be empty unless twofa_method is authenticator");
    case R::SecretNotBase32:
        return QCoreApplication::translate("ImportProblem", "not base32 (letters A-Z and digits 2-7)");
    case R::SecretTooShort:
        return QCoreApplication::translate("ImportProblem", "too short: at least 80 bits (16 base32 characters)");
    case R::DigitsOutOfRange:
        return QCoreApplication::translate("ImportProblem", "must be 6, 7 or 8");
    case R::PeriodOutOfRange:
        return QCoreApplication::translate("ImportProblem", "must be between 10 and 120 seconds");
    case R::UnknownAlgorithm:
        return QCoreApplication::translate("ImportProblem", "must be SHA1, SHA256 or SHA512");
    }
    return {};
}

/// The secret as it is sealed: upper case, without spaces, dashes or `=` padding. Empty when the
/// text holds anything but base32 characters.
QString normalisedBase32(const QString& text)
{
    QString secret = text.toUpper();
    secret.remove(QRegularExpression(u"[\\s\\-]"_s));
    while (secret.endsWith(u'='))
        secret.chop(1);
    static const QRegularExpression alphabet(u"^[A-Z2-7]+$"_s);
    return alphabet.match(secret).hasMatch() ? secret : QString();
}

bool isEmailShaped(const QString& text)
{
    static const QRegularExpression shape(u"^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}$"_s);
    return shape.match(text).hasMatch();
}

bool isCountryCode(const QString& text)
{
    static const QRegularExpression shape(u"^[A-Z]{2}$"_s);
    return shape.match(text).hasMatch() && QLocale::codeToTerritory(text) != QLocale::AnyTerritory;
}

/// Parses an optional whole number in [min, max]; empty means `fallback`.
std::optional<int> boundedNumber(const QString& text, int min, int max, int fallback)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}
} // namespace

QString ImportProblem::toString() const
{
    QString text = QCoreApplication::translate("ImportProblem", "line %1").arg(line);
    if (!column.isEmpty())
        text += u": "_s + column;
    text += u": "_s + reasonText(reason);
    if (!detail.isEmpty())
        text += u' ' + detail;
    return text;
}

const QStringList& ClientImporter::expectedHeader()
{
    static const QStringList header {u"id"_s,          u"first_name"_s,  u"last_name"_s,     u"email"_s,
                                     u"phone"_s,       u"country"_s,     u"twofa_method"_s,  u"totp_secret"_s,
                                     u"totp_digits"_s, u"totp_period"_s, u"totp_algorithm"_s};
    return header;
}

ClientImporter::ClientImporter(const Database& database, const AuditLog& audit, const SecretCipher& cipher,
                               const Clock& clock)
    : m_database(database), m_audit(audit), m_cipher(cipher), m_clock(clock)
{
}

ImportOutcome ClientImporter::validate(const QString& csv, QList<Client>* clients) const
{
    using R = ImportProblem::Reason;
    ImportOutcome outcome;
    QList<ImportProblem>& problems = outcome.problems;
    const QStringList& header = expectedHeader();
    QString text = csv;
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark some spreadsheets write
        text.remove(0, 1);

    const CsvReader::Parsed parsed = CsvReader::parse(text);
    for (const CsvSyntaxError& error : parsed.errors) {
        QString how;
        switch (error.kind) {
        case CsvSyntaxError::Kind::UnterminatedQuote:
            how = u"(a quoted field is never closed)"_s;
            break;
        case CsvSyntaxError::Kind::QuoteInUnquotedField:
            how = u"(a quote inside an unquoted field; quote the field and double the quote)"_s;
            break;
        case CsvSyntaxError::Kind::TextAfterClosingQuote:
            how = u"(text after a closing quote)"_s;
            break;
        }
        const QString column = error.field <= header.size() ? header.at(error.field - 1) : QString();
        problems.append({error.line, column, R::CsvSyntax, how});
    }
    if (parsed.records.isEmpty()) {
        if (problems.isEmpty())
            problems.append({1, {}, R::EmptyFile, {}});
        return outcome;
    }
    const CsvRecord& headerRecord = parsed.records.first();
    QStringList givenHeader = headerRecord.fields;
    for (QString& name : givenHeader)
        name = name.trimmed();
    if (headerRecord.line != 1 || givenHeader != header) {
        problems.append({headerRecord.line, {}, R::BadHeader, header.join(u',')});
        return outcome;
    }

    QSqlQuery existing(m_database.connection());
    existing.setForwardOnly(true);
    const bool canCheckExisting = existing.prepare(u"SELECT 1 FROM clients WHERE id = ?"_s);
    const QDateTime now = m_clock.nowUtc();
    QHash<qint64, int> firstLineOfId;
    QList<Client> ready;

    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        const CsvRecord& record = parsed.records.at(r);
        const int line = record.line;
        if (record.fields.size() != ColumnCount) {
            problems.append(
                {line, {}, R::WrongFieldCount, u"(%1, expected %2)"_s.arg(record.fields.size()).arg(int(ColumnCount))});
            continue;
        }
        QStringList f = record.fields;
        for (QString& value : f)
            value = value.trimmed();
        const qsizetype problemsBefore = problems.size();
        auto problem = [&](Column column, R reason, const QString& detail = {}) {
            problems.append({line, header.at(column), reason, detail});
        };

        Client client;
        bool idOk = false;
        client.id = f.at(Id).toLongLong(&idOk);
        if (f.at(Id).isEmpty()) {
            problem(Id, R::Required);
        } else if (!idOk || client.id <= 0) {
            problem(Id, R::NotAPositiveInteger);
        } else if (firstLineOfId.contains(client.id)) {
            problem(Id, R::DuplicateInFile, QString::number(firstLineOfId.value(client.id)));
        } else {
            firstLineOfId.insert(client.id, line);
            if (canCheckExisting) {
                existing.addBindValue(client.id);
                if (existing.exec() && existing.next())
                    problem(Id, R::AlreadyExists);
                existing.finish();
            }
        }

        client.firstName = f.at(FirstName);
        if (client.firstName.isEmpty())
            problem(FirstName, R::Required);
        client.lastName = f.at(LastName);
        if (client.lastName.isEmpty())
            problem(LastName, R::Required);

        client.email = f.at(Email);
        if (client.email.isEmpty())
            problem(Email, R::Required);
        else if (!isEmailShaped(client.email))
            problem(Email, R::BadEmail);

        bool phoneValid = false;
        client.phone = QStringLiteral(""); // not null: the column is NOT NULL with '' for "no number"
        if (!f.at(Phone).isEmpty()) {
            const PhoneNumberInfo info = PhoneNumber::inspect(f.at(Phone));
            if (info.problem == PhoneNumberInfo::Problem::NotE164)
                problem(Phone, R::PhoneNotE164);
            else if (!info.isValid())
                problem(Phone, R::PhoneInvalid);
            else
                phoneValid = true;
            client.phone = info.e164;
        }

        client.country = f.at(Country).toUpper();
        if (client.country.isEmpty())
            problem(Country, R::Required);
        else if (!isCountryCode(client.country))
            problem(Country, R::BadCountry);

        const std::optional<TwoFactorMethod> method = twoFactorMethodFromString(f.at(Method));
        if (f.at(Method).isEmpty())
            problem(Method, R::Required);
        else if (!method)
            problem(Method, R::UnknownMethod);
        client.method = method.value_or(TwoFactorMethod::None);

        if (method == TwoFactorMethod::Sms && !phoneValid && f.at(Phone).isEmpty())
            problem(Phone, R::SmsNeedsPhone);

        if (method == TwoFactorMethod::Authenticator) {
            AuthenticatorSettings settings;
            const QString secret = normalisedBase32(f.at(Secret));
            if (f.at(Secret).isEmpty())
                problem(Secret, R::Required);
            else if (secret.isEmpty())
                problem(Secret, R::SecretNotBase32);
            else if (secret.size() * 5 < 80)
                problem(Secret, R::SecretTooShort);
            const std::optional<int> digits = boundedNumber(f.at(Digits), 6, 8, 6);
            if (!digits)
                problem(Digits, R::DigitsOutOfRange);
            const std::optional<int> period = boundedNumber(f.at(Period), 10, 120, 30);
            if (!period)
                problem(Period, R::PeriodOutOfRange);
            const QString algorithm = f.at(Algorithm).isEmpty() ? u"SHA1"_s : f.at(Algorithm).toUpper();
            if (algorithm != u"SHA1" && algorithm != u"SHA256" && algorithm != u"SHA512")
                problem(Algorithm, R::UnknownAlgorithm);
            if (problems.size() == problemsBefore) {
                // Sealed in the one format the code check reads (TotpSecretSealing), bound to the client id.
                auto sealed = TotpSecretSealing::seal(m_cipher, client.id, secret);
                if (!sealed) {
                    problem(Secret, R::SecretNotBase32, sealed.error().toString());
                } else {
                    settings.sealedSecret = sealed.value();
                    settings.digits = *digits;
                    settings.period = *period;
                    settings.algorithm = algorithm;
                    client.authenticator = settings;
                }
            }
        } else {
            for (Column column : {Secret, Digits, Period, Algorithm}) {
                if (!f.at(column).isEmpty())
                    problem(column, R::MustBeEmpty);
            }
        }

        client.createdAt = now;
        if (client.method != TwoFactorMethod::None)
            client.enabledAt = now;
        if (problems.size() == problemsBefore)
            ready.append(client);
    }
    if (problems.isEmpty() && clients)
        *clients = ready;
    return outcome;
}

Result<ImportOutcome> ClientImporter::import(const Actor& actor, const QString& csv) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ImportClients); !allowed)
        return allowed.error();
    QList<Client> clients;
    ImportOutcome outcome = validate(csv, &clients);
    if (!outcome.ok())
        return outcome;

    const ClientRepository repository(m_database);
    const Status written = m_database.writeTransaction([&]() -> Status {
        auto inserted = repository.insertInTransaction(clients);
        if (!inserted)
            return inserted.error();
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::ClientsImported);
        event.after = QString::number(clients.size());
        event.details = {{u"count"_s, qint64(clients.size())}};
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        return Ok {};
    });
    if (!written)
        return written.error();
    outcome.imported = int(clients.size());
    qCInfo(lcClients) << "imported" << outcome.imported << "clients by" << actor.userName;
    return outcome;
}

} // namespace backoffice
