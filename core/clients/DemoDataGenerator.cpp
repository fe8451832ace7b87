// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clients/DemoDataGenerator.h"

#include "core/audit/AuditLog.h"
#include "core/clients/ClientRepository.h"
#include "core/clients/PhoneNumber.h"
#include "core/common/Logging.h"
#include "core/operators/Authorizer.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>

#include <openssl/rand.h>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace backoffice {

namespace {
const std::array firstNames {
    u"Anna"_s,   u"Lukas"_s,   u"Sophie"_s,  u"Maximilian"_s, u"Emma"_s,   u"Noah"_s,    u"Olivia"_s,  u"Liam"_s,
    u"Amelia"_s, u"Oliver"_s,  u"Isla"_s,    u"George"_s,     u"Léa"_s,    u"Hugo"_s,    u"Chloé"_s,   u"Louis"_s,
    u"Giulia"_s, u"Lorenzo"_s, u"Sofia"_s,   u"Matteo"_s,     u"Lucía"_s,  u"Mateo"_s,   u"Martina"_s, u"Pablo"_s,
    u"Julia"_s,  u"Jakub"_s,   u"Zuzanna"_s, u"Antoni"_s,     u"Saanvi"_s, u"Arjun"_s,   u"Yuki"_s,    u"Haruto"_s,
    u"Mia"_s,    u"Elias"_s,   u"Freya"_s,   u"Oscar"_s,      u"Ava"_s,    u"William"_s, u"Ines"_s,    u"Tomás"_s,
    u"Daan"_s,   u"Sanne"_s,   u"Astrid"_s,  u"Erik"_s,       u"Ana"_s,    u"João"_s,    u"Mariana"_s, u"Rafael"_s,
    u"Wei"_s,    u"Mei"_s,     u"Aisha"_s,   u"Omar"_s,       u"Thandi"_s, u"Sipho"_s,   u"Chen"_s,    u"Priya"_s,
};
const std::array lastNames {
    u"Müller"_s,     u"Schmidt"_s,   u"Schneider"_s, u"Fischer"_s,  u"Weber"_s,    u"Smith"_s,    u"Jones"_s,
    u"Taylor"_s,     u"Brown"_s,     u"Williams"_s,  u"Wilson"_s,   u"Martin"_s,   u"Bernard"_s,  u"Dubois"_s,
    u"Lefèvre"_s,    u"Moreau"_s,    u"Rossi"_s,     u"Russo"_s,    u"Ferrari"_s,  u"Esposito"_s, u"Bianchi"_s,
    u"García"_s,     u"Fernández"_s, u"López"_s,     u"Martínez"_s, u"Sánchez"_s,  u"Nowak"_s,    u"Kowalski"_s,
    u"Wiśniewski"_s, u"Sharma"_s,    u"Patel"_s,     u"Gupta"_s,    u"Sato"_s,     u"Suzuki"_s,   u"Takahashi"_s,
    u"Johnson"_s,    u"Miller"_s,    u"Davis"_s,     u"Anderson"_s, u"de Jong"_s,  u"Jansen"_s,   u"Visser"_s,
    u"Andersson"_s,  u"Johansson"_s, u"Silva"_s,     u"Santos"_s,   u"Oliveira"_s, u"Wang"_s,     u"Li"_s,
    u"Zhang"_s,      u"Khan"_s,      u"Hassan"_s,    u"Nkosi"_s,    u"Dlamini"_s,  u"Tan"_s,      u"Lim"_s,
    u"O'Brien"_s,    u"MacDonald"_s, u"Novak"_s,     u"Horvath"_s,  u"Keller"_s,   u"Huber"_s,    u"Gruber"_s,
};
const std::array domains {u"gmail.com"_s,  u"outlook.com"_s,   u"yahoo.com"_s,   u"gmx.de"_s,
                          u"web.de"_s,     u"orange.fr"_s,     u"libero.it"_s,   u"proton.me"_s,
                          u"icloud.com"_s, u"hotmail.co.uk"_s, u"wp.pl"_s,       u"t-online.de"_s,
                          u"free.fr"_s,    u"bluewin.ch"_s,    u"yahoo.co.jp"_s, u"example.org"_s};
// Countries of the demo numbers; their weight is their position's share of the draws.
const std::array regions {u"GB"_s, u"DE"_s, u"FR"_s, u"IT"_s, u"ES"_s, u"NL"_s, u"PL"_s, u"CH"_s, u"AT"_s, u"SE"_s,
                          u"US"_s, u"CA"_s, u"AU"_s, u"IN"_s, u"JP"_s, u"BR"_s, u"SG"_s, u"AE"_s, u"ZA"_s};

/// Lower-case ASCII for an e-mail's local part: accents dropped, spaces and apostrophes removed.
QString emailPart(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString ascii;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            ascii += c;
        else if (c == u'ł')
            ascii += u'l';
    }
    return ascii;
}

template<std::size_t N> QList<QString> emailParts(const std::array<QString, N>& names)
{
    QList<QString> parts;
    for (const QString& name : names)
        parts.append(emailPart(name));
    return parts;
}

/// A random 160-bit base32 secret (32 characters), as an authenticator app would be given.
QByteArray randomBase32Secret()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return {};
    QByteArray secret(32, '\0');
    for (int i = 0; i < 32; ++i)
        secret[i] = alphabet[bytes[i] & 31];
    return secret;
}
} // namespace

const QList<DemoDataGenerator::MobileRange>& DemoDataGenerator::mobileRanges()
{
    static const QList<MobileRange> ranges = [] {
        QList<MobileRange> found;
        std::mt19937 probe(20261123);
        for (const QString& region : regions) {
            const QString example = PhoneNumber::exampleMobile(region);
            if (example.isEmpty())
                continue;
            // The most trailing digits that can vary while every probe stays a valid mobile number.
            for (int free = std::min<int>(7, int(example.size()) - 4); free >= 3; --free) {
                const QString prefix = example.left(example.size() - free);
                bool allMobile = true;
                for (int i = 0; i < 60 && allMobile; ++i) {
                    QString suffix;
                    for (int d = 0; d < free; ++d)
                        suffix += QChar(u'0' + (i == 0 ? 0 : i == 1 ? 9 : int(probe() % 10)));
                    const PhoneNumberInfo info = PhoneNumber::inspect(prefix + suffix);
                    allMobile = info.isValid()
                        && (info.type == PhoneNumberInfo::Type::Mobile
                            || info.type == PhoneNumberInfo::Type::FixedLineOrMobile);
                }
                if (allMobile) {
                    found.append({region, prefix, free});
                    break;
                }
            }
        }
        return found;
    }();
    return ranges;
}

DemoDataGenerator::DemoDataGenerator(const SecretCipher& cipher, quint64 seed, const Clock& clock)
    : m_cipher(cipher), m_clock(clock), m_random(seed), m_seed(seed)
{
}

int DemoDataGenerator::pick(int size)
{
    return int(m_random() % quint64(size));
}

Result<Client> DemoDataGenerator::makeClient(qint64 id)
{
    static const QList<QString> firstParts = emailParts(firstNames);
    static const QList<QString> lastParts = emailParts(lastNames);
    const QList<MobileRange>& ranges = mobileRanges();
    if (ranges.isEmpty())
        return Error {Error::Code::Internal, {}, u"libphonenumber has no example mobile numbers"_s};

    Client client;
    client.id = id;
    const int first = pick(int(firstNames.size()));
    const int last = pick(int(lastNames.size()));
    client.firstName = firstNames.at(first);
    client.lastName = lastNames.at(last);
    const int style = pick(4);
    QString local = style == 0 ? firstParts.at(first) + u'.' + lastParts.at(last)
        : style == 1           ? firstParts.at(first).left(1) + lastParts.at(last)
        : style == 2           ? lastParts.at(last) + u'.' + firstParts.at(first)
                               : firstParts.at(first) + lastParts.at(last);
    local += QString::number(pick(1000));
    client.email = local + u'@' + domains.at(pick(int(domains.size())));

    const MobileRange& range = ranges.at(pick(int(ranges.size())));
    QString phone = range.prefix;
    for (int d = 0; d < range.freeDigits; ++d)
        phone += QChar(u'0' + pick(10));
    client.phone = phone;
    client.country = range.region;

    const QDateTime now = m_clock.nowUtc();
    client.createdAt = now.addSecs(-qint64(60 + m_random() % (4LL * 365 * 24 * 3600)));
    const int draw = pick(100);
    client.method = draw < 34 ? TwoFactorMethod::None
        : draw < 67           ? TwoFactorMethod::Authenticator
                              : TwoFactorMethod::Sms;
    if (client.method != TwoFactorMethod::None) {
        const qint64 since = client.createdAt.secsTo(now);
        client.enabledAt = client.createdAt.addSecs(qint64(m_random() % quint64(std::max<qint64>(since, 1))));
    }
    if (client.method == TwoFactorMethod::Authenticator) {
        const QByteArray secret = randomBase32Secret();
        if (secret.isEmpty())
            return Error {Error::Code::Internal, {}, u"the system random source failed"_s};
        auto sealed = TotpSecretSealing::seal(m_cipher, id, QString::fromLatin1(secret));
        if (!sealed)
            return sealed.error();
        AuthenticatorSettings settings;
        settings.sealedSecret = sealed.value();
        // Most apps use the defaults; a few clients have stronger settings.
        const int variant = pick(20);
        settings.algorithm = variant == 0 ? u"SHA256"_s : variant == 1 ? u"SHA512"_s : u"SHA1"_s;
        settings.digits = variant == 2 ? 8 : 6;
        client.authenticator = settings;
    }
    return client;
}

Result<qint64> DemoDataGenerator::generate(const Database& database, const AuditLog& audit, const Actor& actor,
                                           qint64 count, const Progress& progress)
{
    if (const Status allowed = Authorizer(audit).require(actor, Permission::ImportClients); !allowed)
        return allowed.error();
    if (count <= 0)
        return Error::invalid(u"count"_s, u"must be at least 1"_s);

    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    const Status done = database.writeTransaction([&]() -> Status {
        auto maxId = ClientRepository(database).maxId();
        if (!maxId)
            return maxId.error();
        const qint64 firstId = maxId.value() + 1;
        // Ids stay within what every consumer reads exactly (a double, a JSON number).
        if (firstId - 1 > MaxClientId - count)
            return Error::invalid(u"count"_s, u"the ids would pass %1"_s.arg(MaxClientId));
        ClientRepository::BulkWriter writer(database);
        if (const Status ready = writer.begin(count); !ready)
            return ready;
        // Progress counts rows, plus a quarter of them for building the indexes at the end of a bulk load.
        const qint64 work = count >= ClientRepository::BulkThreshold ? count + count / 4 : count;
        constexpr qint64 progressEvery = 5000;
        while (written < count) {
            auto made = makeClient(firstId + written);
            if (!made)
                return made.error();
            if (auto inserted = writer.insert(made.value()); !inserted)
                return inserted.error();
            ++written;
            if (progress && (written % progressEvery == 0 || written == count) && !progress(written, work))
                return Error {Error::Code::Cancelled, {}, {}};
        }
        if (const Status finished = writer.finish(); !finished)
            return finished;
        if (progress && work != count && !progress(work, work))
            return Error {Error::Code::Cancelled, {}, {}};
        AuditEvent event;
        event.at = m_clock.nowUtc();
        event.operatorName = actor.userName;
        event.action = QString::fromLatin1(AuditAction::DemoDataCreated);
        event.after = QString::number(count);
        event.details = {{u"count"_s, count}, {u"first_id"_s, firstId}, {u"seed"_s, QString::number(m_seed)}};
        if (auto logged = audit.appendInTransaction(event); !logged)
            return logged.error();
        return Ok {};
    });
    if (!done)
        return done.error();
    qCInfo(lcClients) << "created" << count << "demo clients in" << timer.elapsed() << "ms";
    return count;
}

} // namespace backoffice
