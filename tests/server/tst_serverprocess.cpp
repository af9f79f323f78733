// runlens-server as a process: first line, a request, clean exit on SIGTERM.
#include "serverclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineRequestAndSigterm_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void firstLineRequestAndSigterm()
    {
        QFETCH(int, signal);
        QProcess server;
        server.start(QStringLiteral(RUNLENS_SERVER_EXE),
                     { u"--port"_s, u"0"_s, u"--delay-ms"_s, u"0"_s, u"--api-key"_s, u"sk-test"_s });
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        static const QRegularExpression format(u"^listening on http://127\\.0\\.0\\.1:(\\d+)/v1$"_s);
        const auto m = format.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY(m.captured(1).toInt() > 0);

        ServerClient client(QUrl(line.mid(13)));
        QCOMPARE(client.get(u"/assistants"_s).status, 401);
        client.setApiKey(u"sk-test"_s);
        const auto r = client.post(u"/threads/runs"_s, QJsonObject { { u"assistant_id"_s, u"asst_runlens_echo"_s } });
        QCOMPARE(r.status, 200);
        QCOMPARE(
            client.waitForRun(r.json[u"thread_id"_s].toString(), r.json[u"id"_s].toString())[u"status"_s].toString(),
            u"completed"_s);

        ::kill(pid_t(server.processId()), signal);
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    void badArguments()
    {
        QProcess server;
        server.start(QStringLiteral(RUNLENS_SERVER_EXE), { u"--port"_s, u"notaport"_s });
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains("--port"));
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(QStringLiteral(RUNLENS_SERVER_EXE), { u"--help"_s });
        QVERIFY(p.waitForFinished(5000));
        const QByteArray help = p.readAllStandardOutput();
        for (const char *opt : { "--host", "--port", "--api-key", "--no-beta-check", "--delay-ms", "--expire-s" })
            QVERIFY2(help.contains(opt), opt);
        p.start(QStringLiteral(RUNLENS_SERVER_EXE), { u"--version"_s });
        QVERIFY(p.waitForFinished(5000));
        QVERIFY(p.readAllStandardOutput().startsWith("runlens-server "));
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
