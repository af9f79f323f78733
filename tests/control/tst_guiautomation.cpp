// The whole GUI path from the command line: runlens FILE --base-url URL --send --quit-when-done
// --save-run PATH, against a real runlens-server process, in a throw-away home.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestGuiAutomation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_server.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-server"),
                       { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--delay-ms"),
                         QStringLiteral("0"), QStringLiteral("--expire-s"), QStringLiteral("2") });
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        static const QRegularExpression format(QStringLiteral("^listening on (http://\\S+/v1)$"));
        const auto match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_baseUrl = match.captured(1);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    void runEndsWithTheCliExitStatus_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("streamed, completed")
            << QByteArray(R"({"assistant_id":"asst_runlens_echo","stream":true,)"
                          R"("thread":{"messages":[{"role":"user","content":"Hello from the GUI"}]}})")
            << 0 << QStringLiteral("completed");
        QTest::newRow("polled, completed")
            << QByteArray(R"({"assistant_id":"asst_runlens_echo","stream":false,)"
                          R"("thread":{"messages":[{"role":"user","content":"Hello, polling"}]}})")
            << 0 << QStringLiteral("completed");
        QTest::newRow("failed scenario") << QByteArray(
            R"({"assistant_id":"asst_runlens_echo","stream":true,"metadata":{"runlens_scenario":"fail"},)"
            R"("thread":{"messages":[{"role":"user","content":"This will fail"}]}})")
                                         << 12 << QStringLiteral("failed");
        QTest::newRow("incomplete scenario")
            << QByteArray(R"({"assistant_id":"asst_runlens_echo","stream":true,)"
                          R"("metadata":{"runlens_scenario":"incomplete"},)"
                          R"("thread":{"messages":[{"role":"user","content":"Cut me short"}]}})")
            << 11 << QStringLiteral("incomplete");
        QTest::newRow("tool call left unanswered expires")
            << QByteArray(R"({"assistant_id":"asst_runlens_weather","stream":true,)"
                          R"("thread":{"messages":[{"role":"user","content":"get_weather for Paris"}]}})")
            << 14 << QStringLiteral("expired");
    }

    void runEndsWithTheCliExitStatus()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(QString, status);

        const QString requestPath = m_home.filePath(QStringLiteral("request.json"));
        const QString runPath
            = m_home.filePath(QStringLiteral("run-%1.json").arg(QString::fromUtf8(QTest::currentDataTag())));
        const QString textPath
            = m_home.filePath(QStringLiteral("text-%1.txt").arg(QString::fromUtf8(QTest::currentDataTag())));
        writeFile(requestPath, body);

        QProcess gui;
        gui.setProcessEnvironment(environment());
        gui.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens"),
                  { requestPath, QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--send"),
                    QStringLiteral("--quit-when-done"), QStringLiteral("--save-run"), runPath,
                    QStringLiteral("--save-text"), textPath });
        QVERIFY(gui.waitForStarted());
        QVERIFY2(gui.waitForFinished(60000), "the GUI did not quit when the run ended");
        const QByteArray errors = gui.readAllStandardError();
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QVERIFY2(gui.exitCode() == exitCode, errors.constData());

        QFile saved(runPath);
        QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(runPath));
        const QJsonObject run = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(run.value(QStringLiteral("object")).toString(), QStringLiteral("thread.run"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), status);

        // The reply's text, as runlens-cli would print it: the echo quotes the user's words.
        QFile text(textPath);
        QVERIFY2(text.open(QIODevice::ReadOnly), qPrintable(textPath));
        const QString reply = QString::fromUtf8(text.readAll());
        const QString userWords = QJsonDocument::fromJson(body)
                                      .object()
                                      .value(QStringLiteral("thread"))
                                      .toObject()
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("content"))
                                      .toString();
        if (status == QLatin1String("completed")) {
            QVERIFY2(reply.contains(userWords) && reply.contains(QStringLiteral("RunLens local server")),
                     qPrintable(reply));
        }
    }

    void invalidRequestIsNotSent()
    {
        const QString requestPath = m_home.filePath(QStringLiteral("invalid.json"));
        writeFile(requestPath, R"({"assistant_id":"","thread":{"messages":[{"role":"user","content":"hi"}]}})");
        QProcess gui;
        gui.setProcessEnvironment(environment());
        gui.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens"),
                  { requestPath, QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--send"),
                    QStringLiteral("--quit-when-done") });
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY(gui.readAllStandardError().contains("not sent"));
    }

    void unreadableFileIsReported()
    {
        QProcess gui;
        gui.setProcessEnvironment(environment());
        gui.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens"),
                  { m_home.filePath(QStringLiteral("missing.json")), QStringLiteral("--base-url"), m_baseUrl,
                    QStringLiteral("--send"), QStringLiteral("--quit-when-done") });
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY(gui.readAllStandardError().contains("missing.json"));
    }

    void badOptionsAreExplained()
    {
        QProcess gui;
        gui.setProcessEnvironment(environment());
        gui.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens"),
                  { QStringLiteral("--base-url"), QStringLiteral("nope") });
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY(gui.readAllStandardError().contains("http://"));
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return env;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QTemporaryDir m_home;
    QProcess m_server;
    QString m_baseUrl;
};

QTEST_GUILESS_MAIN(TestGuiAutomation)
#include "tst_guiautomation.moc"
