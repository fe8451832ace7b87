// SPDX-License-Identifier: GPL-3.0-or-later
// A client's details with what an import let through or a database may hold: a phone number outside
// the ranges the numbering plan knows gets a note, and control or bidi characters are shown escaped.
#include "core/session/Workspace.h"
#include "tests/support/TestDatabase.h"
#include "ui/clients/ClientDetailsDialog.h"

#include <QLabel>
#include <QTest>

using namespace backoffice;
using namespace backoffice::ui;
using namespace Qt::Literals::StringLiterals;

class TestClientDetailsPhone : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    const Actor m_actor {u"sam"_s, Role::Support};

    QLabel* label(const ClientDetailsDialog& dialog, const QString& accessibleText)
    {
        for (QLabel* candidate : dialog.findChildren<QLabel*>()) {
            if (candidate->accessibleDescription() == accessibleText)
                return candidate;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_workspace = std::make_unique<Workspace>(m_db->shared());
    }

    void numberOutsideTheNumberingPlanIsImportedButNoted_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("note");
        QTest::newRow("range the plan does not know")
            << u"+444012345678"_s << u"Not a valid number for GB according to the numbering plan"_s;
        QTest::newRow("valid mobile") << u"+447400123456"_s << QString();
        QTest::newRow("no number") << QString() << QString();
    }

    void numberOutsideTheNumberingPlanIsImportedButNoted()
    {
        QFETCH(QString, phone);
        QFETCH(QString, note);
        Client client = test::makeClient(7, u"Ada"_s, u"Lovelace"_s, TwoFactorMethod::Sms);
        client.phone = phone;
        m_db->addClient(client);
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 7);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLabel* phoneNote = label(dialog, u"Phone number note"_s);
        QVERIFY(phoneNote);
        QCOMPARE(phoneNote->isVisible(), !note.isEmpty());
        QVERIFY2(phoneNote->text().startsWith(note), qPrintable(phoneNote->text()));
    }

    void controlAndBidiCharactersAreShownEscaped()
    {
        Client client = test::makeClient(8, u"Gr\x1b[2Jace"_s, u"\u202eHopper"_s);
        client.email = u"grace\u009b@example.com"_s;
        m_db->addClient(client);
        ClientDetailsDialog dialog(m_workspace->clients(), m_workspace->twoFactor(), m_actor, 8);
        QCOMPARE(label(dialog, u"Name"_s)->text(), u"Gr\\u001b[2Jace \\u202eHopper"_s);
        QCOMPARE(label(dialog, u"E-mail"_s)->text(), u"grace\\u009b@example.com"_s);
        QCOMPARE(label(dialog, u"Name"_s)->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestClientDetailsPhone)
#include "tst_clientdetails_phone.moc"
