// The key lookup order without a keychain: session key, environment variable, then asking.
#include "connectionprofile.h"
#include "keyresolver.h"

#include <QSignalSpy>
#include <QTest>

using namespace rl;

namespace {
QString fakeEnv(const QString &name)
{
    return name == QLatin1String("RL_TEST_KEY") ? QStringLiteral("env-key") : QString();
}

ConnectionProfile keyedProfile(const QString &envVar)
{
    ConnectionProfile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Server");
    p.keyEnvVar = envVar;
    p.connection.authStyle = Connection::AuthStyle::Bearer;
    return p;
}
} // namespace

class TestKeyResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noKeyNeeded()
    {
        KeyResolver r(nullptr);
        QSignalSpy resolved(&r, &KeyResolver::resolved);
        r.resolve(ConnectionProfile::builtInLocal());
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().at(2).value<KeySource>(), KeySource::NotNeeded);
    }

    void environmentWhenNoKeychain()
    {
        KeyResolver r(nullptr);
        r.setEnvironmentLookup(&fakeEnv);
        QSignalSpy resolved(&r, &KeyResolver::resolved);
        QSignalSpy needed(&r, &KeyResolver::keyNeeded);
        r.resolve(keyedProfile(QStringLiteral("RL_TEST_KEY")));
        QCOMPARE(needed.count(), 0);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().at(1).toString(), QStringLiteral("env-key"));
        QCOMPARE(resolved.first().at(2).value<KeySource>(), KeySource::Environment);
    }

    void realEnvironmentIsReadByDefault()
    {
        qputenv("RL_TEST_REAL_ENV_KEY", "from-process-env");
        KeyResolver r(nullptr);
        QSignalSpy resolved(&r, &KeyResolver::resolved);
        r.resolve(keyedProfile(QStringLiteral("RL_TEST_REAL_ENV_KEY")));
        qunsetenv("RL_TEST_REAL_ENV_KEY");
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.first().at(1).toString(), QStringLiteral("from-process-env"));
    }

    void asksWhenNothingFoundThenSessionKeyWins()
    {
        KeyResolver r(nullptr);
        r.setEnvironmentLookup(&fakeEnv);
        QSignalSpy resolved(&r, &KeyResolver::resolved);
        QSignalSpy needed(&r, &KeyResolver::keyNeeded);
        r.resolve(keyedProfile(QStringLiteral("UNSET_VAR")));
        QCOMPARE(resolved.count(), 0);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(needed.first().at(0).toString(), QStringLiteral("p1"));
        QCOMPARE(needed.first().at(2).toString(), QStringLiteral("UNSET_VAR"));
        QCOMPARE(needed.first().at(3).toBool(), false); // no keychain: do not offer "remember"

        r.provideKey(QStringLiteral("p1"), QStringLiteral("typed-key"), true /* no keychain: session only */);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(resolved.last().at(2).value<KeySource>(), KeySource::Prompt);
        QVERIFY(r.hasSessionKey(QStringLiteral("p1")));

        // Next time: the session key, before the environment, without asking.
        r.resolve(keyedProfile(QStringLiteral("RL_TEST_KEY")));
        QCOMPARE(resolved.count(), 2);
        QCOMPARE(resolved.last().at(1).toString(), QStringLiteral("typed-key"));
        QCOMPARE(resolved.last().at(2).value<KeySource>(), KeySource::Session);
        QCOMPARE(needed.count(), 1);

        r.forgetSessionKey(QStringLiteral("p1"));
        r.resolve(keyedProfile(QStringLiteral("RL_TEST_KEY")));
        QCOMPARE(resolved.last().at(2).value<KeySource>(), KeySource::Environment);
    }

    void cancelFails()
    {
        KeyResolver r(nullptr);
        r.setEnvironmentLookup(&fakeEnv);
        QSignalSpy failed(&r, &KeyResolver::failed);
        r.resolve(keyedProfile(QString()));
        r.cancel(QStringLiteral("p1"));
        QCOMPARE(failed.count(), 1);
        r.cancel(QStringLiteral("p1")); // nothing pending any more
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyResolver)
#include "tst_keyresolver.moc"
