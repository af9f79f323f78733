#include "launchoptions.h"
#include "runoutcome.h"

#include <QDir>
#include <QTest>

using rl::LaunchOptions;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void emptyArgumentsMeanAPlainStart()
    {
        const auto options = LaunchOptions::parse({ QStringLiteral("runlens") });
        QVERIFY(options.ok);
        QVERIFY(options.requestFile.isEmpty());
        QVERIFY(!options.send);
        QVERIFY(!options.quitWhenDone);
        QVERIFY(options.baseUrl.isEmpty());
    }

    void everyOptionIsRead()
    {
        const auto options = LaunchOptions::parse(
            { QStringLiteral("runlens"), QStringLiteral("body.json"), QStringLiteral("--base-url"),
              QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("--send"), QStringLiteral("--quit-when-done"),
              QStringLiteral("--save-run"), QStringLiteral("/tmp/run.json"), QStringLiteral("--save-text"),
              QStringLiteral("/tmp/reply.txt") });
        QVERIFY2(options.ok, qPrintable(options.error));
        QCOMPARE(options.requestFile, QDir::current().absoluteFilePath(QStringLiteral("body.json")));
        QCOMPARE(options.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY(options.send);
        QVERIFY(options.quitWhenDone);
        QCOMPARE(options.saveRunPath, QStringLiteral("/tmp/run.json"));
        QCOMPARE(options.saveTextPath, QStringLiteral("/tmp/reply.txt"));
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("missing url") << QStringList { QStringLiteral("--base-url") } << QStringLiteral("--base-url");
        QTest::newRow("url without scheme")
            << QStringList { QStringLiteral("--base-url"), QStringLiteral("localhost") } << QStringLiteral("http://");
        QTest::newRow("ftp url") << QStringList { QStringLiteral("--base-url"), QStringLiteral("ftp://x/v1") }
                                 << QStringLiteral("http://");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--sned") } << QStringLiteral("--sned");
        QTest::newRow("two files") << QStringList { QStringLiteral("a.json"), QStringLiteral("b.json") }
                                   << QStringLiteral("b.json");
        QTest::newRow("quit without send")
            << QStringList { QStringLiteral("--quit-when-done") } << QStringLiteral("--send");
        QTest::newRow("save-run without path")
            << QStringList { QStringLiteral("--save-run") } << QStringLiteral("--save-run");
        QTest::newRow("save-text without path")
            << QStringList { QStringLiteral("--save-text") } << QStringLiteral("--save-text");
    }

    void badInputIsExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        args.prepend(QStringLiteral("runlens"));
        const auto options = LaunchOptions::parse(args);
        QVERIFY(!options.ok);
        QVERIFY2(options.error.contains(needle), qPrintable(options.error));
    }

    void exitCodesMatchTheCli_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("completed") << QStringLiteral("completed") << 0 << true;
        QTest::newRow("requires_action") << QStringLiteral("requires_action") << 10 << false;
        QTest::newRow("incomplete") << QStringLiteral("incomplete") << 11 << true;
        QTest::newRow("failed") << QStringLiteral("failed") << 12 << true;
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << 13 << true;
        QTest::newRow("expired") << QStringLiteral("expired") << 14 << true;
        QTest::newRow("in_progress") << QStringLiteral("in_progress") << 3 << false;
        QTest::newRow("queued") << QStringLiteral("queued") << 3 << false;
    }

    void exitCodesMatchTheCli()
    {
        QFETCH(QString, status);
        QFETCH(int, code);
        QFETCH(bool, terminal);
        QCOMPARE(rl::exitCodeForRunStatus(status), code);
        QCOMPARE(rl::isTerminalRunStatus(status), terminal);
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
