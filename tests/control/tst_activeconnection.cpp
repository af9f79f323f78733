// The active connection: the built-in profile starts the in-process local server; other
// profiles get their key through the resolver (no keychain here).
#include "activeconnection.h"
#include "keyresolver.h"
#include "profilestore.h"
#include "settings.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace rl;

class TestActiveConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInServerAnswersWhileThisThreadIsBusy()
    {
        // The built-in server has a thread of its own: a window that is busy (here: this thread
        // sleeping, its event loop not running) does not keep it from answering.
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("runlens.ini")));
        ProfileStore profiles(&settings);
        KeyResolver keys(nullptr);
        ActiveConnection active(&profiles, &keys);
        LocalServerOptions options;
        options.delayMs = 0;
        active.setLocalServerOptions(options);
        QSignalSpy ready(&active, &ActiveConnection::ready);
        active.activate();
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(active.localServer()->serverThread() != QThread::currentThread());
        const quint16 port = active.localServer()->port();

        QByteArray answer;
        std::thread client([port, &answer] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(5000)) {
                return;
            }
            socket.write("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n"
                         "Connection: close\r\n\r\n");
            while (socket.waitForReadyRead(5000)) {
                answer += socket.readAll();
            }
        });
        QThread::msleep(1500); // this thread's event loop stands still meanwhile
        client.join();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QVERIFY(answer.contains("\"data\""));
    }

    void builtInStartsLocalServerThenSwitches()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("runlens.ini")));
        ProfileStore profiles(&settings);
        KeyResolver keys(nullptr);
        keys.setEnvironmentLookup(
            [](const QString &name) { return name == QLatin1String("MY_KEY") ? QStringLiteral("k-123") : QString(); });
        ActiveConnection active(&profiles, &keys);
        LocalServerOptions options;
        options.delayMs = 0;
        active.setLocalServerOptions(options);

        QSignalSpy ready(&active, &ActiveConnection::ready);
        QSignalSpy started(&active, &ActiveConnection::localServerStarted);
        active.activate();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(started.count(), 1);
        const Connection c = ready.first().first().value<Connection>();
        const QUrl url(c.baseUrl);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(c.authStyle, Connection::AuthStyle::None);
        QVERIFY(c.apiKey.isEmpty());
        QVERIFY(active.statusText().contains(QString::number(url.port())));

        // The server answers on that address with no key.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(c.request(QStringLiteral("/models")));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().contains(QLatin1String("data")));
        reply->deleteLater();
        // Something made on the built-in server, to find again after the switches.
        QNetworkRequest create = c.request(QStringLiteral("/assistants"));
        create.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *made = nam.post(create, QByteArrayLiteral("{\"model\":\"gpt-4o\",\"name\":\"Kept\"}"));
        QTRY_VERIFY(made->isFinished());
        const QString madeId = QJsonDocument::fromJson(made->readAll()).object().value(QLatin1String("id")).toString();
        QVERIFY(!madeId.isEmpty());
        made->deleteLater();

        // Switching to a keyed profile: the key from the environment; the built-in server keeps
        // running for the session (issue 14, item 17: it used to stop and lose its state).
        ConnectionProfile p;
        p.name = QStringLiteral("Remote");
        p.connection.baseUrl = QStringLiteral("https://example.invalid/v1");
        p.keyEnvVar = QStringLiteral("MY_KEY");
        const QString id = profiles.add(p);
        QVERIFY(profiles.setActiveProfile(id));
        QTRY_COMPARE(ready.count(), 2);
        const Connection remote = ready.last().first().value<Connection>();
        QCOMPARE(remote.baseUrl, QStringLiteral("https://example.invalid/v1"));
        QCOMPARE(remote.apiKey, QStringLiteral("k-123"));
        QVERIFY(active.localServer()->isRunning());

        // A profile without any key: the resolver asks; cancelling fails the connection.
        ConnectionProfile q = p;
        q.keyEnvVar = QStringLiteral("NOT_SET_ANYWHERE");
        const QString qid = profiles.add(q);
        QSignalSpy needed(&keys, &KeyResolver::keyNeeded);
        QSignalSpy failed(&active, &ActiveConnection::failed);
        QVERIFY(profiles.setActiveProfile(qid));
        QTRY_COMPARE(needed.count(), 1);
        QVERIFY(!active.isReady());
        keys.cancel(qid);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());

        // Back to built-in: the same server, on the same port, with what was made on it.
        QVERIFY(profiles.setActiveProfile(QLatin1String(ConnectionProfile::BuiltInId)));
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY(active.localServer()->isRunning());
        QCOMPARE(ready.last().first().value<Connection>().baseUrl, c.baseUrl);
        QNetworkReply *again = nam.get(c.request(QStringLiteral("/assistants/") + madeId));
        QTRY_VERIFY(again->isFinished());
        QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(again->readAll()).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("Kept"));
        again->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestActiveConnection)
#include "tst_activeconnection.moc"
