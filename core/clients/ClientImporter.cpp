// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/ClientImporter.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/CsvReader.h"
#include "core/clients/ImportLineIndex.h"
#include "core/clients/PhoneNumber.h"
#include "core/common/Logging.h"
#include "core/common/TextSafety.h"
#include "core/operators/Authorizer.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"
#include "core/twofactor/Base32.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <array>

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

// Looked up, and filed by lupdate, under the context "ImportProblem".
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)

public:
    static QString reason(const ImportProblem& problem);
};

QString codePoint(char32_t c)
{
    return u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

/// The words for a problem, with its detail where the sentence needs it.
QString ProblemText::reason(const ImportProblem& problem)
{
    using R = ImportProblem::Reason;
    switch (problem.reason) {
    case R::EmptyFile:
        return tr("the file is empty");
    case R::BadHeader:
        return tr("the header must be exactly %1").arg(problem.detail);
    case R::UnterminatedQuote:
        return tr("not valid CSV (a quoted field is never closed)");
    case R::QuoteInUnquotedField:
        return tr("not valid CSV (a quote inside an unquoted field; quote the field and double the quote)");
    case R::TextAfterClosingQuote:
        return tr("not valid CSV (text after a closing quote)");
    case R::BareCarriageReturn:
        return tr("bare CR line endings (a carriage return without a line feed); save the file with CRLF or LF "
                  "line endings");
    case R::ReadFailed:
        return tr("the file could not be read to its end: %1").arg(problem.detail);
    case R::WrongFieldCount:
        return tr("wrong number of fields (%1, expected %2)").arg(problem.detail).arg(int(ColumnCount));
    case R::InvalidUtf8:
        return tr("not valid UTF-8 (byte %1 at character %2)").arg(problem.detail).arg(problem.position);
    case R::ControlCharacter:
        return tr("control character %1 at character %2").arg(problem.detail).arg(problem.position);
    case R::BidiControl:
        return tr("bidirectional control character %1 at character %2").arg(problem.detail).arg(problem.position);
    case R::TooLong:
        return tr("longer than %1 characters").arg(problem.detail);
    case R::Required:
        return tr("required");
    case R::NotAPositiveInteger:
        return tr("not a positive whole number");
    case R::IdOutOfRange:
        return tr("must be between 1 and %1").arg(MaxClientId);
    case R::DuplicateInFile:
        return tr("duplicate id, first on line %1").arg(problem.detail);
    case R::AlreadyExists:
        return tr("a client with this id already exists");
    case R::BadEmail:
        return tr("not an e-mail address");
    case R::PhoneNotE164:
        return tr("not in E.164 format (+ and country code, digits only)");
    case R::PhoneInvalid:
        return tr("not a valid phone number");
    case R::PhoneNotInNumberingPlan:
        return tr("%1 is not a valid number for %2 according to the numbering plan; imported anyway")
            .arg(problem.detail.section(u' ', 0, 0), problem.detail.section(u' ', 1, 1));
    case R::BadCountry:
        return tr("not an ISO 3166-1 alpha-2 country code");
    case R::UnknownMethod:
        return tr("must be none, authenticator or sms");
    case R::SmsNeedsPhone:
        return tr("SMS confirmation needs a valid phone number");
    case R::MustBeEmpty:
        return tr("must be empty unless twofa_method is authenticator");
    case R::SecretNotBase32:
        if (problem.position > 0)
            return tr("not base32 (letters A-Z and digits 2-7): %1 at character %2")
                .arg(problem.detail)
                .arg(problem.position);
        return tr("not base32 (%1)").arg(problem.detail);
    case R::SecretTooShort:
        return tr("too short: at least %1 bits (%2 base32 characters)")
            .arg(Base32::RecommendedSecretBytes * 8)
            .arg((Base32::RecommendedSecretBytes * 8 + 4) / 5);
    case R::DigitsOutOfRange:
        return tr("must be 6, 7 or 8");
    case R::PeriodOutOfRange:
        return tr("must be between 10 and 120 seconds");
    case R::UnknownAlgorithm:
        return tr("must be SHA1, SHA256 or SHA512");
    }
    return {};
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

bool isDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Parses an optional whole number in [min, max]; empty means `fallback`.
std::optional<int> boundedNumber(const QString& text, int min, int max, int fallback)
{
    if (text.isEmpty())
        return fallback;
    if (!isDigits(text) || text.size() > 4)
        return std::nullopt;
    const int value = text.toInt();
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

/// One import: the checks of every record and the writes, inside the caller's write transaction.
class ImportRun
{
public:
    ImportRun(const Database& database, const SecretCipher& cipher, QDateTime now, ImportOutcome& outcome)
        : m_database(database)
        , m_cipher(cipher)
        , m_now(std::move(now))
        , m_outcome(outcome)
        , m_writer(database)
        , m_lines(database)
    {
    }

    Status begin(qint64 expectedRows)
    {
        // The line of every id in the file, to name the first occurrence of a duplicate.
        if (const Status created = m_lines.create(); !created)
            return created;
        auto maxId = ClientRepository(m_database).maxId();
        if (!maxId)
            return maxId.error();
        m_maxIdBefore = maxId.value();
        return m_writer.begin(expectedRows);
    }

    /// The first record: the header. False when it is wrong (the rows cannot be read then).
    bool header(const CsvRecord& record)
    {
        if (record.error) {
            syntaxProblem(*record.error);
            return false;
        }
        QStringList given;
        for (const CsvField& field : record.fields)
            given << QString::fromUtf8(field.bytes).trimmed();
        if (record.line != 1 || record.fieldCount != ColumnCount || given != ClientImporter::expectedHeader()) {
            report({record.line, {}, ImportProblem::Reason::BadHeader, ClientImporter::expectedHeader().join(u',')});
            return false;
        }
        return true;
    }

    Status row(const CsvRecord& record);

    Status finish()
    {
        if (const Status dropped = m_lines.drop(); !dropped)
            return dropped;
        return m_writer.finish();
    }

    void report(const ImportProblem& problem)
    {
        if (m_outcome.problems.size() < ClientImporter::MaxListed)
            m_outcome.problems.append(problem);
        ++m_outcome.problemCount;
    }

    void syntaxProblem(const CsvSyntaxError& error)
    {
        using R = ImportProblem::Reason;
        R reason = R::UnterminatedQuote;
        switch (error.kind) {
        case CsvSyntaxError::Kind::UnterminatedQuote:
            reason = R::UnterminatedQuote;
            break;
        case CsvSyntaxError::Kind::QuoteInUnquotedField:
            reason = R::QuoteInUnquotedField;
            break;
        case CsvSyntaxError::Kind::TextAfterClosingQuote:
            reason = R::TextAfterClosingQuote;
            break;
        case CsvSyntaxError::Kind::BareCarriageReturn:
            reason = R::BareCarriageReturn;
            break;
        }
        const QStringList& header = ClientImporter::expectedHeader();
        // Line endings concern the whole line, not a column.
        const bool named = reason != R::BareCarriageReturn && error.field >= 1 && error.field <= header.size();
        const QString column = named ? header.at(error.field - 1) : QString();
        report({error.line, column, reason, {}});
    }

private:
    /// Checks the id and records its line; false when it is unusable.
    Result<bool> checkId(qint64 line, const QString& text, qint64* id);

    const Database& m_database;
    const SecretCipher& m_cipher;
    const QDateTime m_now;
    ImportOutcome& m_outcome;
    ClientRepository::BulkWriter m_writer;
    ImportLineIndex m_lines;
    qint64 m_maxIdBefore = 0;
    QHash<QString, bool> m_countries; ///< a few hundred at most
};

Status ImportRun::row(const CsvRecord& record)
{
    using R = ImportProblem::Reason;
    const QStringList& header = ClientImporter::expectedHeader();
    const qint64 line = record.line;
    if (record.error) {
        syntaxProblem(*record.error);
        return Ok {};
    }
    if (record.fieldCount != ColumnCount) {
        report({line, {}, R::WrongFieldCount, QString::number(record.fieldCount)});
        return Ok {};
    }

    const qint64 problemsBefore = m_outcome.problemCount;
    quint32 reported = 0; // one problem per column: the first says what to fix
    auto problem = [&](int column, R reason, const QString& detail = {}, qsizetype position = 0) {
        if (reported & (1U << column))
            return;
        reported |= 1U << column;
        report({line, header.at(column), reason, detail, position});
    };

    // Encoding, characters and length first, whatever the column: nothing unsafe gets further.
    std::array<QString, ColumnCount> f;
    for (int column = 0; column < ColumnCount; ++column) {
        const CsvField& field = record.fields.at(column);
        if (field.overlong) {
            problem(column, R::TooLong, QString::number(ClientImporter::maximumLength(column)));
            continue;
        }
        if (const TextSafety::Utf8Error bad = TextSafety::firstInvalidUtf8(field.bytes)) {
            problem(column, R::InvalidUtf8, u"0x"_s + u"%1"_s.arg(uint(bad.byte), 2, 16, QLatin1Char('0')).toUpper(),
                    bad.position);
            continue;
        }
        QString value = QString::fromUtf8(field.bytes);
        if (const TextSafety::Finding unsafe = TextSafety::firstUnsafe(value)) {
            problem(column, unsafe.kind == TextSafety::Unsafe::Bidi ? R::BidiControl : R::ControlCharacter,
                    codePoint(unsafe.character), unsafe.position);
            continue;
        }
        value = value.trimmed();
        if (TextSafety::characterCount(value) > ClientImporter::maximumLength(column)) {
            problem(column, R::TooLong, QString::number(ClientImporter::maximumLength(column)));
            continue;
        }
        f[column] = value;
    }

    Client client;
    if (!(reported & (1U << Id))) {
        auto idOk = checkId(line, f[Id], &client.id);
        if (!idOk)
            return idOk.error();
    }

    client.firstName = f[FirstName];
    if (client.firstName.isEmpty())
        problem(FirstName, R::Required);
    client.lastName = f[LastName];
    if (client.lastName.isEmpty())
        problem(LastName, R::Required);

    client.email = f[Email];
    if (client.email.isEmpty())
        problem(Email, R::Required);
    else if (!isEmailShaped(client.email))
        problem(Email, R::BadEmail);

    client.phone = u""_s; // not null: the column is NOT NULL with '' for "no number"
    std::optional<ImportProblem> phoneWarning;
    if (!f[Phone].isEmpty()) {
        const PhoneNumberInfo info = PhoneNumber::inspect(f[Phone], PhoneNumber::Depth::Validity);
        switch (info.problem) {
        case PhoneNumberInfo::Problem::NotE164:
            problem(Phone, R::PhoneNotE164);
            break;
        case PhoneNumberInfo::Problem::Empty:
        case PhoneNumberInfo::Problem::Unparsable:
        case PhoneNumberInfo::Problem::NotPossible:
            problem(Phone, R::PhoneInvalid);
            break;
        case PhoneNumberInfo::Problem::Invalid:
            // Possible but unknown to the (maybe older) metadata: refusing it would refuse the whole file.
            phoneWarning = ImportProblem {line, header.at(Phone), R::PhoneNotInNumberingPlan,
                                          info.e164 + u' ' + (info.regionCode.isEmpty() ? u"?"_s : info.regionCode)};
            break;
        case PhoneNumberInfo::Problem::None:
            break;
        }
        client.phone = info.e164;
    }

    client.country = f[Country].toUpper();
    if (client.country.isEmpty()) {
        problem(Country, R::Required);
    } else {
        auto known = m_countries.constFind(client.country);
        if (known == m_countries.constEnd())
            known = m_countries.insert(client.country, isCountryCode(client.country));
        if (!known.value())
            problem(Country, R::BadCountry);
    }

    const std::optional<TwoFactorMethod> method = twoFactorMethodFromString(f[Method]);
    if (f[Method].isEmpty())
        problem(Method, R::Required);
    else if (!method)
        problem(Method, R::UnknownMethod);
    client.method = method.value_or(TwoFactorMethod::None);

    if (method == TwoFactorMethod::Sms && f[Phone].isEmpty())
        problem(Phone, R::SmsNeedsPhone);

    QString secret;
    std::optional<int> digits;
    std::optional<int> period;
    QString algorithm;
    if (method == TwoFactorMethod::Authenticator) {
        // As people copy secrets: any case, grouped with spaces or dashes, '=' padding or not.
        secret = f[Secret].toUpper();
        secret.replace(u'-', u' ');
        while (secret.endsWith(u'='))
            secret.chop(1);
        qsizetype symbols = 0;
        qsizetype badAt = 0;
        for (qsizetype i = 0; i < secret.size() && !badAt; ++i) {
            const QChar c = secret.at(i);
            if ((c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7'))
                ++symbols;
            else if (c != u' ')
                badAt = i + 1;
        }
        if (f[Secret].isEmpty()) {
            problem(Secret, R::Required);
        } else if (badAt) {
            problem(Secret, R::SecretNotBase32, u"'%1'"_s.arg(secret.at(badAt - 1)), badAt);
        } else if (symbols * 5 < Base32::RecommendedSecretBytes * 8) {
            problem(Secret, R::SecretTooShort);
        } else if (auto decoded = Base32::decodeSecret(secret, header.at(Secret), Base32::RecommendedSecretBytes);
                   !decoded) {
            problem(Secret, R::SecretNotBase32, decoded.error().detail); // e.g. a length no bytes can have
        }
        secret.remove(u' ');
        digits = boundedNumber(f[Digits], 6, 8, 6);
        if (!digits)
            problem(Digits, R::DigitsOutOfRange);
        period = boundedNumber(f[Period], 10, 120, 30);
        if (!period)
            problem(Period, R::PeriodOutOfRange);
        algorithm = f[Algorithm].isEmpty() ? u"SHA1"_s : f[Algorithm].toUpper();
        if (algorithm != u"SHA1" && algorithm != u"SHA256" && algorithm != u"SHA512")
            problem(Algorithm, R::UnknownAlgorithm);
    } else {
        for (int column : {Secret, Digits, Period, Algorithm}) {
            if (!f[column].isEmpty())
                problem(column, R::MustBeEmpty);
        }
    }

    if (m_outcome.problemCount != problemsBefore)
        return Ok {};
    if (phoneWarning) {
        if (m_outcome.warnings.size() < ClientImporter::MaxListed)
            m_outcome.warnings.append(*phoneWarning);
        ++m_outcome.warningCount;
    }
    // Once any row is bad everything is rolled back: the remaining rows are only checked.
    if (m_outcome.problemCount > 0)
        return Ok {};

    if (method == TwoFactorMethod::Authenticator) {
        // Sealed in the one format the code check reads (TotpSecretSealing), bound to the client id.
        auto sealed = TotpSecretSealing::seal(m_cipher, client.id, secret);
        if (!sealed)
            return sealed.error();
        AuthenticatorSettings settings;
        settings.sealedSecret = sealed.value();
        settings.digits = *digits;
        settings.period = *period;
        settings.algorithm = algorithm;
        client.authenticator = settings;
    }
    client.createdAt = m_now;
    if (client.method != TwoFactorMethod::None)
        client.enabledAt = m_now;
    auto inserted = m_writer.insert(client);
    if (!inserted)
        return inserted.error();
    ++m_outcome.imported;
    return Ok {};
}

Result<bool> ImportRun::checkId(qint64 line, const QString& text, qint64* id)
{
    using R = ImportProblem::Reason;
    const QString& column = ClientImporter::expectedHeader().at(Id);
    // Reports what is wrong with the id; the row is then refused, its other columns still checked.
    auto unusable = [&](R reason, const QString& detail = {}) {
        report({line, column, reason, detail});
        return false;
    };
    if (text.isEmpty())
        return unusable(R::Required);
    if (!isDigits(text))
        return unusable(R::NotAPositiveInteger);
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || value > quint64(MaxClientId))
        return unusable(R::IdOutOfRange);
    if (value == 0)
        return unusable(R::NotAPositiveInteger);
    *id = qint64(value);
    auto first = m_lines.remember(*id, line);
    if (!first)
        return first.error();
    if (first.value())
        return unusable(R::DuplicateInFile, QString::number(*first.value()));
    if (*id <= m_maxIdBefore) {
        auto exists = m_writer.exists(*id);
        if (!exists)
            return exists.error();
        if (exists.value())
            return unusable(R::AlreadyExists);
    }
    return true;
}
} // namespace

QString ImportProblem::toString() const
{
    QString text = ProblemText::tr("line %1").arg(line);
    if (!column.isEmpty())
        text += u": "_s + column;
    return text + u": "_s + ProblemText::reason(*this);
}

int ClientImporter::maximumLength(int column)
{
    switch (column) {
    case FirstName:
    case LastName:
        return 100;
    case Email:
        return 254; // RFC 5321's limit on a forward path
    case Phone:
        return 32; // E.164 has at most 15 digits; room for spaces and dashes
    case Country:
    case Method:
    case Digits:
    case Period:
    case Algorithm:
    case Id:
        return 32;
    case Secret:
        return 256;
    default:
        return 0;
    }
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

Result<ImportOutcome> ClientImporter::import(const Actor& actor, const QByteArray& csv) const
{
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return import(actor, buffer);
}

Result<ImportOutcome> ClientImporter::import(const Actor& actor, QIODevice& csv) const
{
    if (const Status allowed = Authorizer(m_audit).require(actor, Permission::ImportClients); !allowed)
        return allowed.error();
    QElapsedTimer timer;
    timer.start();
    ImportOutcome outcome;
    // Rolls the transaction back when the file has problems; never leaves this function.
    const Error rejected {Error::Code::InvalidInput, u"csv"_s, {}};
    const Status written = m_database.writeTransaction([&]() -> Status {
        ImportRun run(m_database, m_cipher, m_clock.nowUtc(), outcome);
        // From the size of a file, a low guess at its rows (they rarely take fewer than 64 bytes).
        const qint64 expectedRows = csv.isSequential() ? 0 : (csv.size() - csv.pos()) / 64;
        if (const Status ready = run.begin(expectedRows); !ready)
            return ready;
        // Fields longer than any column allows are cut short (and refused): memory stays bounded.
        CsvReader reader(csv, {4096, ColumnCount + 8});
        CsvRecord record;
        bool headerSeen = false;
        bool headerOk = false;
        while (reader.next(record)) {
            if (!headerSeen) {
                headerSeen = true;
                headerOk = run.header(record);
                if (!headerOk)
                    break;
                continue;
            }
            if (const Status handled = run.row(record); !handled)
                return handled;
        }
        if (reader.readFailed())
            run.report({record.line, {}, ImportProblem::Reason::ReadFailed, csv.errorString()});
        if (!headerSeen && outcome.problemCount == 0)
            run.report({1, {}, ImportProblem::Reason::EmptyFile, {}});
        if (outcome.problemCount > 0)
            return rejected;
        if (const Status finished = run.finish(); !finished)
            return finished;
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::ClientsImported);
        event.after = QString::number(outcome.imported);
        event.details = {{u"count"_s, outcome.imported}};
        if (outcome.warningCount > 0)
            event.details.insert(u"phone_numbers_not_in_plan"_s, outcome.warningCount);
        if (auto logged = m_audit.appendInTransaction(event); !logged)
            return logged.error();
        return Ok {};
    });
    if (!written) {
        const bool onlyRejected = written.error().code == rejected.code && written.error().field == rejected.field;
        if (!onlyRejected || outcome.problemCount == 0)
            return written.error();
        outcome.imported = 0;
        return outcome;
    }
    qCInfo(lcClients) << "imported" << outcome.imported << "clients by" << actor.userName << "in" << timer.elapsed()
                      << "ms";
    return outcome;
}

} // namespace backoffice
