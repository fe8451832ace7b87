// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: lupdate run over the sources finds no text that translations/backoffice_de.ts lacks or leaves
// unfinished, and no entry there is stale; every plural has its English forms; a translation keeps the source's
// placeholders, HTML tags and distinct mnemonics; the embedded .qm files and Qt's own German texts load, and
// backoffice-cli speaks the system's language.
#include "translations/Translators.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace backoffice;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< "", "unfinished", "vanished" or "obsolete"
    QStringList translations; ///< one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const { return context + u": \""_s + source + u'"'; }
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages << message;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message
                = TsMessage {context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}, {}};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (xml.name() == u"numerusform") {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

std::map<QString, TsMessage> byKey(const QList<TsMessage>& messages)
{
    std::map<QString, TsMessage> keyed;
    for (const TsMessage& message : messages)
        keyed[message.key()] = message;
    return keyed;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(BACKOFFICE_TRANSLATIONS_DIR) + u"/backoffice_"_s + language + u".ts"_s;
}

bool finished(const TsMessage& message, int forms)
{
    if (!message.type.isEmpty() || message.translations.size() != forms)
        return false;
    return std::none_of(message.translations.cbegin(), message.translations.cend(),
                        [](const QString& text) { return text.isEmpty(); });
}

QStringList sortedMatches(const QString& text, const QRegularExpression& pattern)
{
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured(0);
    found.sort();
    return found;
}

/// The letter after a single '&' ("&&" is a literal ampersand), lower case; null without a mnemonic.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return text[i + 1].toLower();
    }
    return {};
}

/// A translator for the duration of a test, for texts looked up through QCoreApplication::translate.
class InstalledTranslator
{
public:
    explicit InstalledTranslator(const QString& file) { m_loaded = m_translator.load(file); }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    bool install() { return m_loaded && QCoreApplication::installTranslator(&m_translator); }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<TsMessage> m_sources; ///< what lupdate finds in the sources now, nothing translated
    QList<TsMessage> m_german;
    QList<TsMessage> m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fresh = m_dir.filePath(u"sources.ts"_s);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(
            QStringLiteral(BACKOFFICE_LUPDATE),
            {u"-locations"_s, u"none"_s, u"@"_s + QStringLiteral(BACKOFFICE_LUPDATE_SOURCES), u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(240000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        m_sources = readTs(fresh);
        QVERIFY2(m_sources.size() > 700, qPrintable(QString::number(m_sources.size())));
        m_german = readTs(tsPath(u"de"_s));
        m_english = readTs(tsPath(u"en"_s));
    }

    void everyTextInTheSourcesHasAFinishedGermanTranslation()
    {
        const std::map<QString, TsMessage> german = byKey(m_german);
        QStringList problems;
        for (const TsMessage& source : std::as_const(m_sources)) {
            const auto found = german.find(source.key());
            if (found == german.end())
                problems << u"not in backoffice_de.ts: "_s + source.name();
            else if (found->second.numerus != source.numerus)
                problems << u"plural in one and not the other: "_s + source.name();
            else if (!finished(found->second, source.numerus ? 2 : 1))
                problems << u"not finished: "_s + source.name();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(u'\n')
                            + u"\nRun 'cmake --build build --target update_translations' and translate these."_s));
    }

    void noGermanEntryIsStale()
    {
        QSet<QString> current;
        for (const TsMessage& source : std::as_const(m_sources))
            current << source.key();
        QStringList stale;
        for (const TsMessage& message : std::as_const(m_german)) {
            if (!current.contains(message.key()) || message.type == u"vanished" || message.type == u"obsolete")
                stale << message.name();
        }
        QVERIFY2(stale.isEmpty(), qPrintable(u"no longer in the sources:\n"_s + stale.join(u'\n')));
    }

    void everyPluralHasBothEnglishForms()
    {
        const std::map<QString, TsMessage> english = byKey(m_english);
        QStringList problems;
        for (const TsMessage& source : std::as_const(m_sources)) {
            if (!source.numerus)
                continue;
            const auto found = english.find(source.key());
            if (found == english.end() || !finished(found->second, 2))
                problems << source.name();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"plural forms missing in backoffice_en.ts:\n"_s + problems.join(u'\n')));
        QVERIFY(std::all_of(m_english.cbegin(), m_english.cend(), [](const TsMessage& m) { return m.numerus; }));
    }

    void translationsKeepPlaceholdersAndTags()
    {
        static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
        static const QRegularExpression tag(u"</?[a-zA-Z][a-zA-Z0-9]*"_s);
        QStringList problems;
        for (const TsMessage& message : std::as_const(m_german)) {
            for (const QString& translation : message.translations) {
                if (sortedMatches(translation, placeholder) != sortedMatches(message.source, placeholder))
                    problems << u"placeholders differ: "_s + message.name() + u" → "_s + translation;
                if (sortedMatches(translation, tag) != sortedMatches(message.source, tag))
                    problems << u"HTML tags differ: "_s + message.name() + u" → "_s + translation;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mnemonicsDistinctInEnglishStayDistinctInGerman()
    {
        // Within one context (one dialog or page), two texts whose English mnemonics differ must not share one in
        // German, and a text with a mnemonic keeps one. A menu bar title and a text elsewhere (a menu's item, a
        // dialog's button) never take the key at the same time, as "&Bearbeiten" and "&Beenden" in every German menu.
        static const QSet<QString> menuBarTitles {u"&File"_s, u"&Edit"_s, u"&Help"_s, u"&Operator"_s};
        const auto apart = [](const TsMessage& a, const TsMessage& b) {
            return a.context != b.context || menuBarTitles.contains(a.source) != menuBarTitles.contains(b.source);
        };
        QStringList problems;
        for (qsizetype i = 0; i < m_german.size(); ++i) {
            const TsMessage& first = m_german[i];
            const QChar english = mnemonic(first.source);
            if (english.isNull() || first.numerus)
                continue;
            const QChar german = mnemonic(first.translations.value(0));
            if (german.isNull())
                problems << u"mnemonic lost: "_s + first.name();
            for (qsizetype j = i + 1; j < m_german.size(); ++j) {
                const TsMessage& second = m_german[j];
                if (apart(first, second) || second.numerus)
                    continue;
                const QChar otherEnglish = mnemonic(second.source);
                if (!otherEnglish.isNull() && otherEnglish != english && !german.isNull()
                    && mnemonic(second.translations.value(0)) == german)
                    problems << u"%1: \"%2\" and \"%3\" share Alt+%4"_s.arg(first.context, first.translations.value(0),
                                                                            second.translations.value(0), german);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void germanTextsAndPluralsLoad()
    {
        InstalledTranslator german(u":/i18n/backoffice_de.qm"_s);
        QVERIFY(german.install());
        QCOMPARE(QCoreApplication::translate("backoffice::ui::MainWindow", "&File"), u"&Datei"_s);
        QVERIFY(QCoreApplication::translate("backoffice::ui::DisableTwoFactorDialog",
                                            "Disabling two-factor authentication removes a layer of protection from "
                                            "the client's account. Do it only at the client's explicit request and "
                                            "under the client's own responsibility.")
                    .startsWith(u"Das Deaktivieren der Zwei-Faktor-Authentifizierung (2FA)"_s));
        QCOMPARE(QCoreApplication::translate("backoffice::ui::ClientsPage", "%Ln client(s)", nullptr, 1), u"1 Kunde"_s);
        QCOMPARE(QCoreApplication::translate("backoffice::ui::ClientsPage", "%Ln client(s)", nullptr, 3),
                 u"3 Kunden"_s);
        QCOMPARE(QCoreApplication::translate("AuditVerification", "The audit log is intact: %n event(s) checked.",
                                             nullptr, 1),
                 u"Das Audit-Log ist intakt: 1 Ereignis geprüft."_s);
        QCOMPARE(QCoreApplication::translate("ImportProblem", "line %1").arg(7), u"Zeile 7"_s);
    }

    void englishPluralsLoad()
    {
        InstalledTranslator english(u":/i18n/backoffice_en.qm"_s);
        QVERIFY(english.install());
        QCOMPARE(QCoreApplication::translate("backoffice::ui::ClientsPage", "%Ln client(s)", nullptr, 1),
                 u"1 client"_s);
        QCOMPARE(QCoreApplication::translate("backoffice::ui::ClientsPage", "%Ln client(s)", nullptr, 2),
                 u"2 clients"_s);
        QCOMPARE(QCoreApplication::translate("backoffice::ui::SmsDeliveryPage", "%n cause(s)", nullptr, 1),
                 u"1 cause"_s);
        // English needs only its plurals: every other text is the source itself.
        QCOMPARE(QCoreApplication::translate("backoffice::ui::MainWindow", "&File"), u"&File"_s);
    }

    void qtsOwnGermanTextsAreInstalled()
    {
        // Debian's qt6-translations-l10n: the standard buttons, the file dialog, the context menus.
        QTranslator qtbase;
        QVERIFY2(qtbase.load(QLocale(QLocale::German), u"qtbase"_s, u"_"_s,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "qtbase_de.qm is missing: install qt6-translations-l10n");
        QCOMPARE(qtbase.translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void theTranslationFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("translation");
        QTest::newRow("German") << u"de_DE"_s << u"de"_s;
        QTest::newRow("Austrian German falls back to German") << u"de_AT"_s << u"de"_s;
        QTest::newRow("English") << u"en_GB"_s << u"en"_s;
        QTest::newRow("a language without a translation gets English") << u"fr_FR"_s << u"en"_s;
        QTest::newRow("the C locale gets English") << u"C"_s << u"en"_s;
    }

    void theTranslationFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, translation);
        QCOMPARE(translations::translationFor(QLocale(locale)), translation);
    }

    void theLanguagesOfferedAreTheEmbeddedOnes()
    {
        QCOMPARE(translations::availableLanguages(), (QStringList {u"de"_s, u"en"_s}));
        QCOMPARE(translations::localeFor(u"de"_s).language(), QLocale::German);
        QCOMPARE(translations::localeFor(QString()), QLocale::system());
    }

    void theCommandLineSpeaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << u"de"_s << u"Das Audit-Log ist intakt: 0 Ereignisse geprüft."_s;
        QTest::newRow("English, with its plural") << u"en"_s << u"The audit log is intact: 0 events checked."_s;
    }

    void theCommandLineSpeaksTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANGUAGE"_s, language);
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(BACKOFFICE_CLI_PATH),
                  {u"--db"_s, m_dir.filePath(u"cli.sqlite"_s), u"audit"_s, u"verify"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()).trimmed(), expected);
    }

    // Last: what it installs stays installed.
    void installShowsTheApplicationInTheLocale()
    {
        translations::install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        QCOMPARE(QCoreApplication::translate("backoffice::ui::ClientsPage", "%Ln client(s)", nullptr, 1234),
                 u"1.234 Kunden"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
