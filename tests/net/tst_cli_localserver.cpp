#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// runlens-cli run against the real built-in local server (runlens-server --port 0 --delay-ms 0).
class TestCliLocalServer : public QObject
{
    Q_OBJECT

    rl::test::ServerProcess m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QByteArray &body, const QStringList &extra)
    {
        const QString path = m_dir.filePath(QStringLiteral("body.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        f.write(body);
        f.close();
        return cli(QStringList { QStringLiteral("run"), path, QStringLiteral("--base-url"), m_baseUrl } + extra);
    }

    static Result cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        env.remove(QStringLiteral("OPENAI_BASE_URL"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"), args);
        Result r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray body(const char *assistant, const char *text, const char *scenario = nullptr)
    {
        QJsonObject o { { QStringLiteral("assistant_id"), QString::fromLatin1(assistant) },
                        { QStringLiteral("thread"),
                          QJsonObject { { QStringLiteral("messages"),
                                          QJsonArray { QJsonObject {
                                              { QStringLiteral("role"), QStringLiteral("user") },
                                              { QStringLiteral("content"), QString::fromLatin1(text) } } } } } } };
        if (scenario) {
            o.insert(QStringLiteral("metadata"),
                     QJsonObject { { QStringLiteral("runlens_scenario"), QString::fromLatin1(scenario) } });
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), m_server.error().constData());
        m_baseUrl = m_server.baseUrl();
    }

    void cleanupTestCase() { m_server.stop(); }

    void streamedRun()
    {
        const Result r = run(body("asst_runlens_echo", "Hello there"), { QStringLiteral("--stream") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Hello there")), qPrintable(r.out));
        QVERIFY(r.err.startsWith(QLatin1String("status: queued\nstatus: in_progress\n")));
        QVERIFY(r.err.endsWith(QLatin1String("status: completed\n")));
    }

    void polledRun()
    {
        const Result r = run(body("asst_runlens_echo", "Hello there"), { QStringLiteral("--no-stream") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Hello there")), qPrintable(r.out));
        QVERIFY(r.err.endsWith(QLatin1String("status: completed\n")));
    }

    void weatherToolCall_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("streamed") << "--stream";
        QTest::newRow("polled") << "--no-stream";
    }
    void weatherToolCall()
    {
        QFETCH(QString, mode);
        const Result r = run(body("asst_runlens_weather", "What is the weather in Paris?"),
                             { mode, QStringLiteral("--tool-output"), QStringLiteral("get_weather={\"temp\":21}") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("status: requires_action\n")));
        QVERIFY2(r.out.contains(QLatin1String("{\"temp\":21}")), qPrintable(r.out));
    }

    void scenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("code");
        QTest::newRow("fail streamed") << "fail"
                                       << "--stream" << 12;
        QTest::newRow("fail polled") << "fail"
                                     << "--no-stream" << 12;
        QTest::newRow("incomplete") << "incomplete"
                                    << "--stream" << 11;
        QTest::newRow("expire") << "expire"
                                << "--no-stream" << 14;
        QTest::newRow("drop recovers") << "drop"
                                       << "--stream" << 0;
    }
    void scenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, mode);
        QFETCH(int, code);
        const QByteArray b = body("asst_runlens_echo", "Hi", scenario.toLatin1().constData());
        const Result r = run(b, { mode });
        QVERIFY2(r.exitCode == code, qPrintable(r.err));
    }

    // After a dropped stream, stdout still ends with the whole reply (the rest recovered by polling).
    void dropPrintsWholeReply()
    {
        const QByteArray text = "Please echo this rather long sentence back to me, word for word, thank you";
        const Result polled = run(body("asst_runlens_echo", text.constData()), { QStringLiteral("--no-stream") });
        QCOMPARE(polled.exitCode, 0);
        QVERIFY(polled.out.contains(QLatin1String("word for word")));
        const Result dropped = run(body("asst_runlens_echo", text.constData(), "drop"), { QStringLiteral("--stream") });
        QCOMPARE(dropped.exitCode, 0);
        QVERIFY2(dropped.err.contains(QLatin1String("ended before the run reached a final status")),
                 qPrintable(dropped.err));
        QCOMPARE(dropped.out, polled.out);
    }

    void unknownAssistantHintsAtTheId()
    {
        const Result r = run(body("asst_nope", "Hi"), {});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("No assistant found with id 'asst_nope'.\nCheck the assistant id")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("Check the base URL")));
    }

    void cancelSlowRun()
    {
        const Result r = run(body("asst_runlens_echo", "Hi", "slow"),
                             { QStringLiteral("--stream"), QStringLiteral("--cancel-after"), QStringLiteral("0.5") });
        QCOMPARE(r.exitCode, 13);
        QVERIFY(r.err.contains(QLatin1String("status: cancelling\n")));
    }

    void unansweredToolCallExits10()
    {
        const Result r = run(body("asst_runlens_weather", "Weather in Oslo?"), { QStringLiteral("--stream") });
        QCOMPARE(r.exitCode, 10);
    }

    // runlens-cli run --save-stream, then runlens-cli replay of the file: the same lines on stderr,
    // the same text on stdout, the same events (at the same times) and the same exit status.
    void replayPrintsWhatRunPrinted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::newRow("completed") << body("asst_runlens_echo", "Say \"this\" again, with ümlauts") << QStringList()
                                   << 0;
        QTest::newRow("failed") << body("asst_runlens_echo", "Hi", "fail") << QStringList() << 12;
        QTest::newRow("incomplete") << body("asst_runlens_echo", "Hi", "incomplete") << QStringList() << 11;
        QTest::newRow("tool call answered")
            << body("asst_runlens_weather", "What is the weather in Paris?")
            << QStringList { QStringLiteral("--tool-output"), QStringLiteral("get_weather={\"temp\":21}") } << 0;
        QTest::newRow("tool call unanswered")
            << body("asst_runlens_weather", "Weather in Oslo?") << QStringList() << 10;
    }
    void replayPrintsWhatRunPrinted()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        const QString saved = m_dir.filePath(QStringLiteral("run.sse"));
        const QString runEvents = m_dir.filePath(QStringLiteral("run.ndjson"));
        const QString replayEvents = m_dir.filePath(QStringLiteral("replay.ndjson"));
        const Result ran = run(body,
                               QStringList { QStringLiteral("--stream"), QStringLiteral("--save-stream"), saved,
                                             QStringLiteral("--events"), runEvents }
                                   + extra);
        QVERIFY2(ran.exitCode == code, qPrintable(ran.err));
        for (const bool recordedSpeed : { false, true }) {
            QStringList args { QStringLiteral("replay"), saved, QStringLiteral("--events"), replayEvents };
            if (recordedSpeed) {
                args << QStringLiteral("--recorded-speed");
            }
            const Result replayed = cli(args + extra);
            QCOMPARE(replayed.exitCode, ran.exitCode);
            QCOMPARE(replayed.err, ran.err);
            QCOMPARE(replayed.out, ran.out);
            const QList<QJsonObject> original = records(runEvents);
            const QList<QJsonObject> again = records(replayEvents);
            QCOMPARE(again.size(), original.size());
            for (int i = 0; i < original.size(); ++i) {
                QJsonObject a = original.at(i);
                QJsonObject b = again.at(i);
                QVERIFY2(qAbs(a.take(QLatin1String("t")).toDouble() - b.take(QLatin1String("t")).toDouble()) <= 2,
                         qPrintable(QString::number(i)));
                QCOMPARE(b, a);
            }
        }
    }

    // A stream captured elsewhere (curl -N: no times) replays too, from standard input as well.
    void replayOfACurlCapture()
    {
        const QByteArray b = body("asst_runlens_echo", "Captured with curl");
        const QString path = m_dir.filePath(QStringLiteral("capture-body.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(b).replace("{\"assistant_id\"", "{\"stream\":true,\"assistant_id\""));
        f.close();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   { QStringLiteral("-sS"), QStringLiteral("-N"), m_baseUrl + QStringLiteral("/threads/runs"),
                     QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"), QStringLiteral("-H"),
                     QStringLiteral("OpenAI-Beta: assistants=v2"), QStringLiteral("--data-binary"),
                     QLatin1Char('@') + path });
        QVERIFY2(curl.waitForFinished(20000) && curl.exitCode() == 0, curl.readAllStandardError().constData());
        const QByteArray capture = curl.readAllStandardOutput();
        QVERIFY(capture.contains("event: thread.run.completed"));
        const QString capturePath = m_dir.filePath(QStringLiteral("capture.sse"));
        QFile c(capturePath);
        QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
        c.write(capture);
        c.close();
        const Result ran = run(b, { QStringLiteral("--stream") });
        const Result replayed = cli({ QStringLiteral("replay"), capturePath, QStringLiteral("--recorded-speed") });
        QCOMPARE(replayed.exitCode, 0);
        QCOMPARE(replayed.err, ran.err);
        QCOMPARE(replayed.out, ran.out);

        QProcess fromStdin;
        fromStdin.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"),
                        { QStringLiteral("replay"), QStringLiteral("-") });
        QVERIFY(fromStdin.waitForStarted());
        fromStdin.write(capture);
        fromStdin.closeWriteChannel();
        QVERIFY(fromStdin.waitForFinished(20000));
        QCOMPARE(fromStdin.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(fromStdin.readAllStandardOutput()), ran.out);
    }

    // A saved stream that ends before the run did (the server dropped it) says so: a replay cannot
    // poll the server for the rest.
    void replayOfAStreamThatEndsEarly()
    {
        const QString saved = m_dir.filePath(QStringLiteral("dropped.sse"));
        const Result ran = run(body("asst_runlens_echo", "Hi there", "drop"),
                               { QStringLiteral("--stream"), QStringLiteral("--save-stream"), saved });
        QCOMPARE(ran.exitCode, 0); // the run itself recovered by polling
        const Result replayed = cli({ QStringLiteral("replay"), saved });
        QCOMPARE(replayed.exitCode, 3);
        QVERIFY2(replayed.err.contains(QLatin1String("The saved stream ends while the run is \"in_progress\"")),
                 qPrintable(replayed.err));
    }

    void replayExplainsBadInput()
    {
        const QString json = m_dir.filePath(QStringLiteral("not-a-stream.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"error": {"message": "Invalid API key.", "type": "invalid_request_error"}})");
        f.close();
        Result r = cli({ QStringLiteral("replay"), json });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QLatin1String("not an event stream but an error answer from a server: Invalid API key.")),
            qPrintable(r.err));
        r = cli({ QStringLiteral("replay"), m_dir.filePath(QStringLiteral("missing.sse")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot read")), qPrintable(r.err));
        r = cli({ QStringLiteral("replay"), json, QStringLiteral("--base-url"), m_baseUrl });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("a replay sends nothing")), qPrintable(r.err));
        const QString other = m_dir.filePath(QStringLiteral("other.sse"));
        QFile o(other);
        QVERIFY(o.open(QIODevice::WriteOnly | QIODevice::Truncate));
        o.write("event: ping\ndata: {\"n\": 1}\n\n");
        o.close();
        r = cli({ QStringLiteral("replay"), other });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("none of a run")), qPrintable(r.err));
    }

private:
    static QList<QJsonObject> records(const QString &path)
    {
        QList<QJsonObject> out;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.isEmpty()) {
                    out << QJsonDocument::fromJson(line).object();
                }
            }
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(TestCliLocalServer)
#include "tst_cli_localserver.moc"
