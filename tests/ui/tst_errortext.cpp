// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's words for core errors that caller verification brought: every VerificationRefusal, the
// disable reason rule, and a stale disable that names who disabled the client and when.
#include "core/common/DateTimeText.h"
#include "core/verification/VerificationRefusal.h"
#include "ui/common/ErrorText.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void everyRefusalHasItsOwnWords()
    {
        QSet<QString> seen;
        for (int i = int(VerificationRefusal::ChannelNotAllowed); i <= int(VerificationRefusal::ClientChanged); ++i) {
            const auto refusal = VerificationRefusal(i);
            const QString text = ErrorText::describe(VerificationRefusals::make(refusal, u"email"_s));
            QVERIFY2(!text.isEmpty(), qPrintable(VerificationRefusals::name(refusal)));
            QVERIFY2(!text.contains(u"Check the field"_s), qPrintable(text)); // not the generic fallback
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }

    void refusalsSayWhatToDoNext()
    {
        QVERIFY(ErrorText::describe(VerificationRefusals::make(VerificationRefusal::SimSwapped))
                    .contains(u"may not be the client"_s));
        QVERIFY(ErrorText::describe(VerificationRefusals::make(VerificationRefusal::NotVerified))
                    .contains(u"ask a colleague to approve"_s));
        QCOMPARE(ErrorText::describe(VerificationRefusals::make(VerificationRefusal::RequestPending, u"12"_s)),
                 u"A disable request for this client is already waiting for approval (request 12)."_s);
        QCOMPARE(ErrorText::describe(VerificationRefusals::make(VerificationRefusal::NoDestination, u"sms"_s)),
                 u"The client has no phone number on file."_s);
        const QString iso = u"2026-12-02T10:42:00Z"_s;
        QVERIFY(ErrorText::describe(VerificationRefusals::make(VerificationRefusal::TooManySends, iso))
                    .contains(dateTimeText(QDateTime::fromString(iso, Qt::ISODate))));
    }

    void theReasonRule()
    {
        QCOMPARE(ErrorText::describe(Error::invalid(u"reason"_s, u"min-length:10"_s)),
                 u"Give a meaningful reason: a ticket reference (like SUP-1234) or at least 10 characters."_s);
        QCOMPARE(ErrorText::describe(Error::invalid(u"reason"_s, u"too-long:1000"_s)),
                 u"The reason is longer than 1000 characters."_s);
    }

    void aStaleDisableNamesWhoDisabledTheClientAndWhen()
    {
        // As TwoFactorService::whoDisabled makes it: "ISO-TIME USER".
        const Error stale {Error::Code::Conflict, u"already-disabled"_s, u"2026-12-02T10:42:00.000Z ada"_s};
        const QDateTime at = QDateTime::fromString(u"2026-12-02T10:42:00Z"_s, Qt::ISODate);
        QCOMPARE(ErrorText::describe(stale),
                 u"Two-factor authentication was already disabled by ada at %1; nothing was changed."_s.arg(
                     QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
        const Error unknown {Error::Code::Conflict, u"client"_s, u"7"_s};
        QCOMPARE(ErrorText::describe(unknown), u"The client was changed by someone else; look at it again."_s);
    }
};

QTEST_MAIN(TestErrorText)
#include "tst_errortext.moc"
