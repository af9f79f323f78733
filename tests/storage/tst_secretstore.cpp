// The keychain against a real gnome-keyring in a private D-Bus session (label "keychain",
// run through tests/with-keyring.sh). The locked-keyring and no-session-bus cases run in
// child processes with their own environment and must end with a clear message in time.
#include "connectionprofile.h"
#include "keyresolver.h"
#include "profilestore.h"
#include "secretstore.h"
#include "settings.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace rl;

namespace {

const QString kService = QStringLiteral("RunLens-test");
constexpr int kChildTimeoutMs = 3000;
constexpr int kMarginMs = 1500;

// Runs one keychain job and waits for its single answer.
struct Waiter
{
    std::optional<SecretResult> result;
    int calls = 0;
    SecretCallback callback()
    {
        return [this](const SecretResult &r) {
            ++calls;
            result = r;
        };
    }
};

SecretResult waitFor(Waiter &w, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!w.result && t.elapsed() < timeoutMs) {
        QTest::qWait(5);
    }
    return w.result.value_or(SecretResult {});
}

// Child mode: one job ("read" an existing entry or "write" one), then print
// "status elapsed message".
int runProbeChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int timeoutMs = QString::fromLocal8Bit(argv[2]).toInt();
    const bool write = argc >= 4 && qstrcmp(argv[3], "write") == 0;
    SecretStore store(kService);
    store.setTimeoutMs(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    int code = 1;
    auto report = [&](const SecretResult &r) {
        std::printf("%d %lld %s\n", int(r.status), static_cast<long long>(timer.elapsed()),
                    r.message.toUtf8().constData());
        std::fflush(stdout);
        code = 0;
        app.quit();
    };
    if (write) {
        store.writeKey(QStringLiteral("ensure-keyring"), QStringLiteral("y"), &app, report);
    } else {
        store.readKey(QStringLiteral("ensure-keyring"), &app, report);
    }
    app.exec();
    return code;
}

struct ChildResult
{
    SecretResult::Status status = SecretResult::Status::Failed;
    qint64 jobMs = -1;
    QString message;
    qint64 wallMs = -1;
};

ChildResult runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    ChildResult out;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(kChildTimeoutMs * 4)) {
        p.kill();
        p.waitForFinished();
        return out;
    }
    out.wallMs = t.elapsed();
    const QString line = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();
    const QStringList parts = line.split(QLatin1Char(' '));
    if (parts.size() >= 2) {
        out.status = SecretResult::Status(parts.at(0).toInt());
        out.jobMs = parts.at(1).toLongLong();
        out.message = parts.mid(2).join(QLatin1Char(' '));
    }
    return out;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariableIsSet("RUNLENS_TEST_KEYRING_PASSWORD"),
                 "run through tests/with-keyring.sh (label keychain)");
    }

    void storeReadReplaceDeletePerProfile()
    {
        SecretStore store(kService);
        QCOMPARE(store.service(), kService);
        const QString a = ConnectionProfile::newId();
        const QString b = ConnectionProfile::newId();

        Waiter w1;
        store.writeKey(a, QStringLiteral("key-a-1"), this, w1.callback());
        QVERIFY2(waitFor(w1).ok(), qPrintable(w1.result->message));
        Waiter w2;
        store.writeKey(b, QStringLiteral("key-b"), this, w2.callback());
        QVERIFY(waitFor(w2).ok());
        QCOMPARE(store.availability(), SecretStore::Availability::Available);

        Waiter r1;
        store.readKey(a, this, r1.callback());
        QCOMPARE(waitFor(r1).key, QStringLiteral("key-a-1"));

        Waiter w3;
        store.writeKey(a, QStringLiteral("key-a-2"), this, w3.callback());
        QVERIFY(waitFor(w3).ok());
        Waiter r2;
        store.readKey(a, this, r2.callback());
        QCOMPARE(waitFor(r2).key, QStringLiteral("key-a-2"));

        Waiter d;
        store.deleteKey(a, this, d.callback());
        QVERIFY(waitFor(d).ok());
        Waiter r3;
        store.readKey(a, this, r3.callback());
        QCOMPARE(waitFor(r3).status, SecretResult::Status::NotFound);
        QVERIFY(r3.result->key.isEmpty());

        Waiter r4; // the other profile's key is untouched
        store.readKey(b, this, r4.callback());
        QCOMPARE(waitFor(r4).key, QStringLiteral("key-b"));

        Waiter p;
        store.probe(this, p.callback());
        QVERIFY(waitFor(p).ok());
        QCOMPARE(p.calls, 1);
    }

    void deletingAProfileDeletesItsKey()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("runlens.ini")));
        SecretStore secrets(kService);
        ProfileStore profiles(&settings, &secrets);
        ConnectionProfile p;
        p.name = QStringLiteral("Doomed");
        p.connection.baseUrl = QStringLiteral("https://example.invalid/v1");
        const QString id = profiles.add(p);

        Waiter w;
        secrets.writeKey(id, QStringLiteral("doomed-key"), this, w.callback());
        QVERIFY(waitFor(w).ok());
        QVERIFY(profiles.remove(id));

        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                Waiter r;
                secrets.readKey(id, this, r.callback());
                return waitFor(r).status == SecretResult::Status::NotFound;
            }(),
            5000);
    }

    void resolverPrefersKeychainOverEnvironment()
    {
        SecretStore secrets(kService);
        KeyResolver resolver(&secrets);
        resolver.setEnvironmentLookup([](const QString &) { return QStringLiteral("env-key"); });
        ConnectionProfile p;
        p.id = ConnectionProfile::newId();
        p.name = QStringLiteral("Keyed");

        QSignalSpy resolved(&resolver, &KeyResolver::resolved);
        resolver.resolve(p); // nothing in the keychain yet: the environment
        QTRY_COMPARE(resolved.count(), 1);
        QCOMPARE(resolved.last().at(2).value<KeySource>(), KeySource::Environment);

        Waiter w;
        secrets.writeKey(p.id, QStringLiteral("chain-key"), this, w.callback());
        QVERIFY(waitFor(w).ok());
        resolver.resolve(p);
        QTRY_COMPARE(resolved.count(), 2);
        QCOMPARE(resolved.last().at(1).toString(), QStringLiteral("chain-key"));
        QCOMPARE(resolved.last().at(2).value<KeySource>(), KeySource::Keychain);

        // "Remember" from the prompt writes to the keychain.
        resolver.setEnvironmentLookup([](const QString &) { return QString(); });
        ConnectionProfile q = p;
        q.id = ConnectionProfile::newId();
        QSignalSpy needed(&resolver, &KeyResolver::keyNeeded);
        resolver.resolve(q);
        QTRY_COMPARE(needed.count(), 1);
        QCOMPARE(needed.last().at(3).toBool(), true); // keychain usable: offer "remember"
        resolver.provideKey(q.id, QStringLiteral("typed-and-remembered"), true);
        QTRY_COMPARE(resolved.count(), 3);
        QVERIFY(!resolver.hasSessionKey(q.id));
        Waiter r;
        secrets.readKey(q.id, this, r.callback());
        QCOMPARE(waitFor(r).key, QStringLiteral("typed-and-remembered"));
    }

    void timeoutReportsOnceAndIgnoresTheLateAnswer()
    {
        SecretStore store(kService);
        store.setTimeoutMs(1); // shorter than any D-Bus round trip
        Waiter w;
        QElapsedTimer t;
        t.start();
        store.writeKey(ConnectionProfile::newId(), QStringLiteral("late"), this, w.callback());
        const SecretResult r = waitFor(w);
        QCOMPARE(r.status, SecretResult::Status::Timeout);
        QVERIFY(r.message.contains(QLatin1String("did not answer")));
        QVERIFY(t.elapsed() < 1000);
        QTest::qWait(300); // the real answer arrives meanwhile and is dropped
        QCOMPARE(w.calls, 1);
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    }

    void lockedKeyringGivesClearMessageInTime_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("mustReportLocked");
        // libsecret searches unlocked items only: a read in a locked keyring answers "not found"
        // (the resolver then goes on to the environment and the prompt); a write reports the lock.
        QTest::newRow("read") << QStringLiteral("read") << false;
        QTest::newRow("write") << QStringLiteral("write") << true;
    }

    void lockedKeyringGivesClearMessageInTime()
    {
        // Make sure the login keyring exists on disk (created with the test password).
        {
            SecretStore store(kService);
            Waiter w;
            store.writeKey(QStringLiteral("ensure-keyring"), QStringLiteral("x"), this, w.callback());
            QVERIFY(waitFor(w).ok());
        }
        QTemporaryDir runtime;
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        // A second daemon on the same keyring files, unlocked with the wrong password (P8).
        const QString script
            = QStringLiteral(
                  "echo -n wrong-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
                  "exec \"$0\" --probe-child %1 \"$1\"")
                  .arg(kChildTimeoutMs);
        QFETCH(QString, op);
        const ChildResult r = runChild(QStringLiteral("dbus-run-session"),
                                       { QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                                         QCoreApplication::applicationFilePath(), op },
                                       env);
        QFETCH(bool, mustReportLocked);
        QVERIFY2(r.jobMs >= 0, "the child did not answer");
        QVERIFY2(r.jobMs < kChildTimeoutMs + kMarginMs, qPrintable(QString::number(r.jobMs)));
        const QString what = QString::number(int(r.status)) + QLatin1Char(' ') + r.message;
        if (mustReportLocked) {
            QVERIFY2(r.status == SecretResult::Status::Locked || r.status == SecretResult::Status::Timeout,
                     qPrintable(what));
            QVERIFY(r.message.contains(QLatin1String("locked")));
        } else {
            QVERIFY2(r.status == SecretResult::Status::NotFound || r.status == SecretResult::Status::Locked
                         || r.status == SecretResult::Status::Timeout,
                     qPrintable(what));
        }
    }

    void noSessionBusGivesClearMessageInTime()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.remove(QStringLiteral("DISPLAY"));
        const ChildResult r = runChild(QCoreApplication::applicationFilePath(),
                                       { QStringLiteral("--probe-child"), QString::number(kChildTimeoutMs) }, env);
        QVERIFY2(r.jobMs >= 0, "the child did not answer");
        QCOMPARE(r.status, SecretResult::Status::Unavailable);
        QVERIFY(r.message.contains(QLatin1String("No keychain is available")));
        QVERIFY(r.message.contains(QLatin1String("never stores keys in plain text")));
        QVERIFY2(r.jobMs < kChildTimeoutMs + kMarginMs, qPrintable(QString::number(r.jobMs)));
        QVERIFY(r.wallMs < kChildTimeoutMs * 3);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--probe-child") == 0) {
        return runProbeChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
