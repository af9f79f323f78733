// "A second profile with a key in the keychain works after a restart": a profile and its key are
// stored by one AppContext, then a new AppContext on the same files (a restart) finds the key in
// the real keychain and runs against a local server that requires it.
#include "appcontext.h"
#include "connectioncontext.h"
#include "connectionprofile.h"
#include "localserver.h"
#include "profilestore.h"
#include "runcontroller.h"
#include "runsession.h"
#include "secretstore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;

class TestRestartWithKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyFromTheKeychainWorksAfterARestart()
    {
        const QString key = QStringLiteral("sk-restart-%1").arg(QCoreApplication::applicationPid());
        LocalServer server;
        LocalServerOptions options;
        options.apiKey = key;
        options.delayMs = 0;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppContext::Paths paths;
        paths.settingsFile = dir.filePath(QStringLiteral("runlens.ini"));
        paths.historyFile = dir.filePath(QStringLiteral("history.sqlite"));
        paths.keychainService = QStringLiteral("RunLensTest-restart");

        QString profileId;
        {
            AppContext first(paths);
            ConnectionProfile profile;
            profile.name = QStringLiteral("Key-protected server");
            profile.connection.baseUrl = server.baseUrl().toString();
            profile.connection.authStyle = Connection::AuthStyle::Bearer;
            profile.keyEnvVar = QStringLiteral("RUNLENS_TEST_NO_SUCH_VARIABLE");
            profileId = first.connections()->profiles()->add(profile);
            QVERIFY(!profileId.isEmpty());

            bool written = false;
            first.connections()->secrets()->writeKey(profileId, key, this, [&written](const SecretResult &result) {
                QVERIFY2(result.ok(), qPrintable(result.message));
                written = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
            QVERIFY(first.connections()->profiles()->setActiveProfile(profileId));
        }

        // The restart: everything is read back from the settings file and the keychain.
        AppContext second(paths);
        QSignalSpy ready(&second, &AppContext::connectionReady);
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        QCOMPARE(second.runs()->connection().apiKey, key);
        QCOMPARE(second.runs()->connection().baseUrl, server.baseUrl().toString());

        QSignalSpy ended(second.runs(), &RunController::sessionEnded);
        CreateThreadAndRunRequest request
            = CreateThreadAndRunRequest::fromJson(
                  QJsonDocument::fromJson(R"({"assistant_id":"asst_runlens_echo","stream":true,)"
                                          R"("thread":{"messages":[{"role":"user","content":"hi"}]}})")
                      .object())
                  .request;
        RunSession *session = second.runs()->send(request);
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() > 0, 20000);
        QCOMPARE(session->status(), QStringLiteral("completed"));

        // Deleting the profile deletes its key.
        QVERIFY(second.connections()->profiles()->remove(profileId));
        bool checked = false;
        second.connections()->secrets()->readKey(profileId, this, [&checked](const SecretResult &result) {
            QCOMPARE(result.status, SecretResult::Status::NotFound);
            checked = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(checked, 10000);
    }
};

QTEST_GUILESS_MAIN(TestRestartWithKey)
#include "tst_restartwithkey.moc"
