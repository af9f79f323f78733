#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// runlens-cli run against the real built-in local server (runlens-server --port 0 --delay-ms 0).
class TestCliLocalServer : public QObject
{
    Q_OBJECT

    QProcess m_server;
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
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        env.remove(QStringLiteral("OPENAI_BASE_URL"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"),
                QStringList { QStringLiteral("run"), path, QStringLiteral("--base-url"), m_baseUrl } + extra);
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
        m_server.start(
            QStringLiteral(RUNLENS_BINARY_DIR "/runlens-server"),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--delay-ms"), QStringLiteral("0") });
        QVERIFY(m_server.waitForStarted(5000));
        QByteArray banner;
        QVERIFY(QTest::qWaitFor(
            [&] {
                banner += m_server.readAllStandardOutput();
                return banner.contains('\n');
            },
            10000));
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("(http://\\S+)")).match(QString::fromUtf8(banner));
        QVERIFY2(m.hasMatch(), banner.constData());
        m_baseUrl = m.captured(1);
    }
    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

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
};

QTEST_GUILESS_MAIN(TestCliLocalServer)
#include "tst_cli_localserver.moc"
