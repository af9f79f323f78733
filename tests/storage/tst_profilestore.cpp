// Typed settings and connection profiles on a temporary settings file.
#include "connectionprofile.h"
#include "profilestore.h"
#include "settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("runlens.ini"));
    }

    void settingsDefaultsAndRoundTrip()
    {
        {
            Settings s(m_path);
            QCOMPARE(s.fileName(), m_path);
            QCOMPARE(s.value(SettingKeys::welcomeShown), false);
            QCOMPARE(s.value(SettingKeys::keychainTimeoutMs), 5000);
            QVERIFY(s.value(SettingKeys::activeProfileId).isEmpty());
            QVERIFY(!s.contains(SettingKeys::welcomeShown));
            s.setValue(SettingKeys::welcomeShown, true);
            s.setValue(SettingKeys::keychainTimeoutMs, 1234);
            s.setValue(SettingKeys::profileOrder, QStringList { QStringLiteral("a") });
        }
        Settings again(m_path);
        QCOMPARE(again.value(SettingKeys::welcomeShown), true);
        QCOMPARE(again.value(SettingKeys::keychainTimeoutMs), 1234);
        QCOMPARE(again.value(SettingKeys::profileOrder), QStringList { QStringLiteral("a") });
        again.reset(SettingKeys::keychainTimeoutMs);
        QCOMPARE(again.value(SettingKeys::keychainTimeoutMs), 5000);
    }

    // QSettings shares one cache per file inside a process, so a round trip through the same
    // path can hide a key that does not survive on disk (a group named "general" is written as
    // "[%General]" and read back as "General"). Reading a copy under another name reads the disk.
    void settingsSurviveANewProcess()
    {
        {
            Settings s(m_path);
            s.setValue(SettingKeys::welcomeShown, true);
            s.setValue(SettingKeys::activeProfileId, QStringLiteral("p1"));
            s.setValue(SettingKeys::keychainTimeoutMs, 777);
            s.setValue(SettingKeys::mainWindowGeometry, QByteArray("geometry"));
            s.sync();
        }
        const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
        QVERIFY(QFile::copy(m_path, copy));
        Settings fresh(copy);
        QCOMPARE(fresh.value(SettingKeys::welcomeShown), true);
        QCOMPARE(fresh.value(SettingKeys::activeProfileId), QStringLiteral("p1"));
        QCOMPARE(fresh.value(SettingKeys::keychainTimeoutMs), 777);
        QCOMPARE(fresh.value(SettingKeys::mainWindowGeometry), QByteArray("geometry"));
    }

    void settingsSingleItemList()
    {
        Settings s(m_path);
        // A single-item list read back from INI is a plain string: still a list.
        s.raw().setValue(QLatin1String(SettingKeys::profileOrder.name), QStringLiteral("one"));
        QCOMPARE(s.value(SettingKeys::profileOrder), QStringList { QStringLiteral("one") });
    }

    void defaultPathIsInTestLocation() { QVERIFY(Settings::defaultFilePath().contains(QLatin1String("qttest"))); }

    void firstStartHasBuiltInActive()
    {
        Settings s(m_path);
        ProfileStore store(&s);
        const auto all = store.profiles();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().builtIn);
        QCOMPARE(all.first().id, QLatin1String(ConnectionProfile::BuiltInId));
        QCOMPARE(store.activeProfileId(), QLatin1String(ConnectionProfile::BuiltInId));
        QVERIFY(store.activeProfile().builtIn);
        QVERIFY(!store.activeProfile().needsKey());
    }

    void crudAndPersistence()
    {
        QString id;
        QString copyId;
        {
            Settings s(m_path);
            ProfileStore store(&s);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);

            ConnectionProfile p;
            p.name = QStringLiteral("Azure");
            p.connection.baseUrl = QStringLiteral("https://res.openai.azure.com/openai");
            p.connection.authStyle = Connection::AuthStyle::ApiKeyHeader;
            p.connection.extraQuery = { { QStringLiteral("api-version"), QStringLiteral("2024-05-01-preview") } };
            p.connection.extraHeaders = { { QStringLiteral("X-One"), QStringLiteral("1") },
                                          { QStringLiteral("X-Two"), QStringLiteral("2") } };
            p.connection.organization = QStringLiteral("org-1");
            p.connection.pollIntervalMs = 2500;
            p.connection.apiKey = QStringLiteral("must-not-be-saved");
            p.keyEnvVar = QStringLiteral("AZURE_KEY");
            id = store.add(p);
            QVERIFY(!id.isEmpty());
            QCOMPARE(changed.count(), 1);
            QVERIFY(store.profile(id).connection.apiKey.isEmpty());

            ConnectionProfile edited = store.profile(id);
            edited.connection.project = QStringLiteral("proj-9");
            QVERIFY(store.update(edited));
            QVERIFY(!store.update(ConnectionProfile::builtInLocal()));

            copyId = store.duplicate(id);
            QVERIFY(!copyId.isEmpty());
            QVERIFY(copyId != id);
            QCOMPARE(store.profile(copyId).name, QStringLiteral("Azure (copy)"));
            QCOMPARE(store.profiles().size(), 3);

            QVERIFY(store.setActiveProfile(copyId));
            QCOMPARE(activeChanged.count(), 1);
            QVERIFY(!store.setActiveProfile(QStringLiteral("nope")));
            QVERIFY(!store.remove(QLatin1String(ConnectionProfile::BuiltInId)));
        }
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("must-not-be-saved"));
        }
        Settings s(m_path);
        ProfileStore store(&s);
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.activeProfileId(), copyId);
        const ConnectionProfile p = store.profile(id);
        QCOMPARE(p.name, QStringLiteral("Azure"));
        QCOMPARE(p.connection.authStyle, Connection::AuthStyle::ApiKeyHeader);
        QCOMPARE(p.connection.extraHeaders.size(), 2);
        QCOMPARE(p.connection.extraHeaders.at(1).first, QStringLiteral("X-Two"));
        QCOMPARE(p.connection.extraQuery.first().second, QStringLiteral("2024-05-01-preview"));
        QCOMPARE(p.connection.organization, QStringLiteral("org-1"));
        QCOMPARE(p.connection.project, QStringLiteral("proj-9"));
        QCOMPARE(p.connection.pollIntervalMs, 2500);
        QCOMPARE(p.keyEnvVar, QStringLiteral("AZURE_KEY"));

        // Removing the active profile falls back to the built-in one.
        QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        QVERIFY(store.remove(copyId));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.activeProfileId(), QLatin1String(ConnectionProfile::BuiltInId));
        QCOMPARE(activeChanged.count(), 1);
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(!store.contains(copyId));
    }

    void unknownActiveIdFallsBackToBuiltIn()
    {
        {
            Settings s(m_path);
            s.setValue(SettingKeys::activeProfileId, QStringLiteral("gone"));
        }
        Settings s(m_path);
        ProfileStore store(&s);
        QCOMPARE(store.activeProfileId(), QLatin1String(ConnectionProfile::BuiltInId));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
