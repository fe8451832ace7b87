// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain wrapper against a real Secret Service (gnome-keyring in a private D-Bus session, see
// TESTING.md), and without any D-Bus session at all, where it must say the keychain is unavailable.
#include "core/common/RuntimeModule.h"
#include "core/secrets/SecretStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <cstring>

using namespace backoffice;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto childFlag = "--child-read-without-dbus";
const QString testService = u"backoffice-test"_s;

QString uniqueKey()
{
    return u"test/%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

/// Run in a child process whose D-Bus address leads nowhere: prints the error code of a read.
int readWithoutDbus()
{
    KeychainSecretStore store(testService);
    auto read = store.readBlocking(uniqueKey(), 20000);
    QTextStream out(stdout);
    if (read.ok()) {
        out << "ok" << Qt::endl;
        return 0;
    }
    out << "error " << int(read.error().code) << Qt::endl;
    return 0;
}

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void theKeychainModuleLoadsFromTheBuildTreeAndAMissingOneIsNamed()
    {
        // The keychain is reached through a module (libbackoffice_keychain.so) core loads on first use.
        QVERIFY(RuntimeModule::function("keychain", "backoffice_keychain_backend").ok());
        const auto missingFunction = RuntimeModule::function("keychain", "no_such_function");
        QVERIFY(!missingFunction);
        QCOMPARE(missingFunction.error().field, u"module"_s);
        const auto missingModule = RuntimeModule::function("no-such-module", "backoffice_keychain_backend");
        QVERIFY(!missingModule);
        QCOMPARE(missingModule.error().code, Error::Code::Internal);
        QVERIFY2(missingModule.error().detail.contains(u"libbackoffice_no-such-module"_s),
                 qPrintable(missingModule.error().detail));
    }

    void initTestCase()
    {
        if (!haveSessionBus())
            QSKIP("needs a D-Bus session with a Secret Service (run under dbus-run-session, see TESTING.md)");
    }

    void writeReadRemoveRoundTrip()
    {
        KeychainSecretStore store(testService);
        const QString key = uniqueKey();
        const QByteArray value("\x00\x01 binary \xff value", 18);
        const Status written = store.writeBlocking(key, value);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toString()));

        auto read = store.readBlocking(key);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read.value(), value);

        QVERIFY(store.removeBlocking(key).ok());
        auto gone = store.readBlocking(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
    }

    void overwriteReplacesTheValue()
    {
        KeychainSecretStore store(testService);
        const QString key = uniqueKey();
        QVERIFY(store.writeBlocking(key, "first").ok());
        QVERIFY(store.writeBlocking(key, "second").ok());
        QCOMPARE(store.readBlocking(key).value(), QByteArray("second"));
        QVERIFY(store.removeBlocking(key).ok());
    }

    void missingEntryIsNotFound()
    {
        KeychainSecretStore store(testService);
        auto read = store.readBlocking(uniqueKey());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::NotFound);
    }

    void removingAMissingEntryIsFine()
    {
        KeychainSecretStore store(testService);
        QVERIFY(store.removeBlocking(uniqueKey()).ok());
    }

    void entriesOfTwoServicesAreSeparate()
    {
        KeychainSecretStore ours(testService);
        KeychainSecretStore theirs(testService + u"-other"_s);
        const QString key = uniqueKey();
        QVERIFY(ours.writeBlocking(key, "ours").ok());
        auto read = theirs.readBlocking(key);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::NotFound);
        QVERIFY(ours.removeBlocking(key).ok());
    }

    void asyncReadReportsOnTheCallersThread()
    {
        KeychainSecretStore store(testService);
        const QString key = uniqueKey();
        QVERIFY(store.writeBlocking(key, "async").ok());
        QObject context;
        std::optional<Result<QByteArray>> outcome;
        store.read(key, &context, [&](Result<QByteArray> result) { outcome = std::move(result); });
        QVERIFY(!outcome.has_value()); // nothing finishes inside the call
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QCOMPARE(outcome->value(), QByteArray("async"));
        QVERIFY(store.removeBlocking(key).ok());
    }

    void dataKeyNamesAreScopedPerDatabase()
    {
        QVERIFY(SecretKeys::dataKey(u"aaaa"_s) != SecretKeys::dataKey(u"bbbb"_s));
        QVERIFY(SecretKeys::dataKey(u"aaaa"_s).contains(u"aaaa"_s));
    }

    void withoutDbusTheKeychainIsUnavailable()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/backoffice-test-bus"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childFlag)});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QString output = QString::fromLatin1(child.readAllStandardOutput()).trimmed();
        QCOMPARE(output, u"error %1"_s.arg(int(Error::Code::KeychainUnavailable)));
    }
};

int main(int argc, char* argv[])
{
    // Helper mode for withoutDbusTheKeychainIsUnavailable: this same binary, started with the flag.
    if (argc == 2 && std::strcmp(argv[1], childFlag) == 0) {
        QCoreApplication app(argc, argv);
        return readWithoutDbus();
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
