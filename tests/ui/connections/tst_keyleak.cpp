// The leak test (labels keychain;gui): a GUI session stores a key through the profile dialog
// (remember in keychain), runs against an in-process LocalServer that requires that key, saves
// the run in the history, exports it and writes a log; then every file RunLens wrote is
// scanned for the key and its base64 forms. Zero hits.
#include "activeconnection.h"
#include "apiclient.h"
#include "connectionbar.h"
#include "connectioncontext.h"
#include "connectionsguihelpers.h"
#include "historystore.h"
#include "keyresolver.h"
#include "localserver.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "runsession.h"
#include "secretstore.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace rl;
using rl::testing::child;

namespace {

QFile *g_log = nullptr;

// Everything Qt logs during the session goes to a log file, as a crash/diagnostic log would.
void logToFile(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    if (g_log) {
        g_log->write(msg.toUtf8() + '\n');
        g_log->flush();
    }
}

QList<QByteArray> needles(const QString &key)
{
    const QByteArray k = key.toUtf8();
    QList<QByteArray> out { k, k.toBase64(), k.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                            QByteArray("Bearer " + k).toBase64(), QUrl::toPercentEncoding(key) };
    // base64 at the other two alignments: the key inside a longer base64 blob.
    for (const QByteArray &prefix : { QByteArray("x"), QByteArray("xy") }) {
        const QByteArray b = QByteArray(prefix + k).toBase64();
        out.append(b.mid(4, b.size() - 8)); // the middle, unaffected by neighbours
    }
    return out;
}

// Files under root (the keyring's own encrypted store excluded) that contain any needle.
QStringList filesContaining(const QString &root, const QList<QByteArray> &patterns, int *scanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/keyrings/"))) {
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        ++*scanned;
        const QByteArray data = f.readAll();
        for (const QByteArray &p : patterns) {
            if (data.contains(p)) {
                hits.append(path + QLatin1String(" (") + QString::fromLatin1(p.left(6)) + QLatin1String("…)"));
            }
        }
    }
    return hits;
}

} // namespace

class TestKeyLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariableIsSet("RUNLENS_TEST_KEYRING_PASSWORD"),
                 "run through tests/with-keyring.sh (label keychain)");
    }

    void scannerFindsAPlantedKey()
    {
        // The scan below can fail: a planted key and a planted base64 key are both found.
        QTemporaryDir dir;
        const QString key = QStringLiteral("sk-planted-0123456789abcdef");
        QFile plain(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("header " + key.toUtf8());
        plain.close();
        QFile encoded(dir.filePath(QStringLiteral("sub/encoded.bin")));
        QDir().mkpath(dir.filePath(QStringLiteral("sub")));
        QVERIFY(encoded.open(QIODevice::WriteOnly));
        encoded.write(QByteArray("zz" + key.toUtf8() + "tail").toBase64());
        encoded.close();
        int scanned = 0;
        const QStringList hits = filesContaining(dir.path(), needles(key), &scanned);
        QCOMPARE(scanned, 2);
        QVERIFY(hits.join(QLatin1Char(' ')).contains(QLatin1String("plain.txt")));
        QVERIFY(hits.join(QLatin1Char(' ')).contains(QLatin1String("encoded.bin")));
    }

    void noKeyInAnyFileAfterASession()
    {
        const QString key = QStringLiteral("sk-leaktest-") + QString::number(QDateTime::currentMSecsSinceEpoch())
            + QStringLiteral("-Zq9");
        QTemporaryDir root;
        QVERIFY(root.isValid());

        QFile log(root.filePath(QStringLiteral("logs/runlens.log")));
        QDir().mkpath(root.filePath(QStringLiteral("logs")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        g_log = &log;
        const QtMessageHandler previous = qInstallMessageHandler(&logToFile);

        LocalServer server;
        LocalServerOptions serverOptions;
        serverOptions.apiKey = key;
        serverOptions.delayMs = 0;
        QVERIFY2(server.start(serverOptions), qPrintable(server.errorString()));

        {
            Settings settings(root.filePath(QStringLiteral("config/runlens.ini")));
            ConnectionContext context(&settings, QStringLiteral("RunLens-leak-test"));
            LocalServerOptions builtIn;
            builtIn.delayMs = 0;
            context.active()->setLocalServerOptions(builtIn);
            ConnectionBar bar(&context);
            bar.show();
            context.active()->activate();

            // The profile dialog: a key remembered in the keychain.
            QTest::mouseClick(child<QToolButton>(&bar, "newToolButton"), Qt::LeftButton);
            QTRY_VERIFY(bar.profileDialog());
            ProfileDialog *dialog = bar.profileDialog();
            QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Keyed local"));
            QTest::keyClicks(child<QLineEdit>(dialog, "baseUrlLineEdit"), server.baseUrl().toString());
            QTest::keyClicks(child<QLineEdit>(dialog, "apiKeyLineEdit"), key);
            auto *remember = child<QRadioButton>(dialog, "rememberKeyRadioButton");
            QTRY_VERIFY(remember->isEnabled());
            QVERIFY(remember->isChecked());
            QSignalSpy resolved(context.keys(), &KeyResolver::resolved);
            QSignalSpy ready(context.active(), &ActiveConnection::ready);
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!resolved.isEmpty(), 10000);
            QCOMPARE(resolved.last().at(2).value<KeySource>(), KeySource::Keychain);
            QTRY_VERIFY(context.active()->isReady());
            const Connection connection = context.active()->connection();
            QCOMPARE(connection.apiKey, key);

            // A run through the engine, against the server that insists on that key.
            ApiClient client(connection);
            RunSession session(&client);
            QSignalSpy finished(&session, &RunSession::finished);
            QSignalSpy failed(&session, &RunSession::failed);
            CreateThreadAndRunRequest runRequest;
            runRequest.assistantId = QStringLiteral("asst_runlens_echo");
            Message message;
            message.role = QStringLiteral("user");
            message.content = MessageContent { MessageContent::Kind::Text, QStringLiteral("leak check"), {} };
            runRequest.thread.ensure().messages = QList<Message> { message };
            runRequest.stream = true;
            const QByteArray body = runRequest.toJsonBytes();
            const QDateTime started = QDateTime::currentDateTimeUtc();
            session.start(runRequest);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 20000);
            QVERIFY(failed.isEmpty());
            const QJsonObject finalRun = finished.first().first().toJsonObject();
            QCOMPARE(finalRun.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
            qInfo("run %s finished: %s", qPrintable(session.runId()), qPrintable(session.assistantText()));

            // History, with the request's real headers handed in (the store must scrub them).
            QList<QPair<QString, QString>> headers;
            const QNetworkRequest request = connection.request(QStringLiteral("/threads/runs"));
            for (const QByteArray &name : request.rawHeaderList()) {
                headers.append({ QString::fromLatin1(name), QString::fromUtf8(request.rawHeader(name)) });
            }
            QVERIFY(!headers.isEmpty());
            HistoryStore history(root.filePath(QStringLiteral("data/history.sqlite")));
            QVERIFY(history.open());
            HistoryEntry entry;
            entry.startedAt = started;
            entry.profileName = context.profiles()->activeProfile().name;
            entry.baseUrl = connection.baseUrl;
            entry.requestBody = body;
            entry.requestHeaders = headers;
            entry.finalRunJson = QJsonDocument(finalRun).toJson(QJsonDocument::Compact);
            entry.status = session.status();
            entry.durationMs = session.elapsedMs();
            const qint64 id = history.add(entry);
            QVERIFY(id > 0);

            // Export the stored record as a user would.
            const HistoryEntry saved = history.load(id);
            QJsonArray exportedHeaders;
            for (const auto &[name, value] : saved.requestHeaders) {
                exportedHeaders.append(
                    QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
            }
            QDir().mkpath(root.filePath(QStringLiteral("exports")));
            QFile exported(root.filePath(QStringLiteral("exports/run.json")));
            QVERIFY(exported.open(QIODevice::WriteOnly));
            exported.write(
                QJsonDocument(
                    QJsonObject { { QStringLiteral("profile"), saved.profileName },
                                  { QStringLiteral("baseUrl"), saved.baseUrl },
                                  { QStringLiteral("headers"), exportedHeaders },
                                  { QStringLiteral("request"), QString::fromUtf8(saved.requestBody) },
                                  { QStringLiteral("run"), QJsonDocument::fromJson(saved.finalRunJson).object() } })
                    .toJson());
            exported.close();
            settings.sync();
        }
        server.stop();
        qInstallMessageHandler(previous);
        g_log = nullptr;
        log.close();

        // The scan: the temporary root and the test-mode standard locations.
        const QList<QByteArray> patterns = needles(key);
        int scanned = 0;
        QStringList hits = filesContaining(root.path(), patterns, &scanned);
        QVERIFY2(scanned >= 4, qPrintable(QString::number(scanned))); // settings, history, export, log
        for (const auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                     QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation }) {
            const QString dir = QStandardPaths::writableLocation(location);
            if (QDir(dir).exists()) {
                hits += filesContaining(dir, patterns, &scanned);
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));

        // And the files are really there with real content (so an empty scan means something).
        QFile settingsFile(root.filePath(QStringLiteral("config/runlens.ini")));
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray ini = settingsFile.readAll();
        QVERIFY(ini.contains("Keyed local"));
        QVERIFY(ini.contains(server.baseUrl().toString().toUtf8()) || ini.contains("127.0.0.1"));
        QFile exportFile(root.filePath(QStringLiteral("exports/run.json")));
        QVERIFY(exportFile.open(QIODevice::ReadOnly));
        const QByteArray exportedText = exportFile.readAll();
        QVERIFY(exportedText.contains("[redacted]"));
        QVERIFY(exportedText.contains("completed"));

        // The key is still where it belongs.
        SecretStore secrets(QStringLiteral("RunLens-leak-test"));
        bool done = false;
        QString fromKeychain;
        Settings reread(root.filePath(QStringLiteral("config/runlens.ini")));
        const QString activeId = reread.value(SettingKeys::activeProfileId);
        secrets.readKey(activeId, this, [&](const SecretResult &r) {
            fromKeychain = r.key;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(fromKeychain, key);
    }
};

QTEST_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
