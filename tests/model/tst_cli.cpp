// runlens-cli check / format, run as a separate process.
#include "jsontext.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"), args);
    Run run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString dataFile(const char *name)
{
    return QStringLiteral(RUNLENS_TEST_DATA_DIR "/requests/") + QString::fromUtf8(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void checkValidFile();
    void checkValidStdin();
    void checkInvalidPrintsProblems();
    void checkWarningsGoToStderr();
    void checkUnreadableFile();
    void checkSyntaxErrorHasLineAndColumn();
    void checkNonObjectIsInvalid();
    void checkNeedsOneFile();
    void formatPrintsSpecOrder();
    void formatInvalid();
    void endlessInputIsCapped();
    void fileOverTheCapIsRefused();
    void controlCharacterInAStringIsNotJson();

private:
    QTemporaryDir m_dir;
    QString write(const QByteArray &content);
};

void TestCli::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestCli::write(const QByteArray &content)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("body%1.json").arg(++counter));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestCli::checkValidFile()
{
    const Run run = runCli({ QStringLiteral("check"), dataFile("digest_typical.json") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, QByteArray());
}

void TestCli::checkValidStdin()
{
    const Run run = runCli({ QStringLiteral("check"), QStringLiteral("-") }, R"({"assistant_id":"asst_1"})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
}

void TestCli::checkInvalidPrintsProblems()
{
    const QString file = write(
        R"({"assistant_id":"a","temperature":2.5,"thread":{"messages":[{"role":"user","content":[{"type":"text","text":"x"},{"type":"image_url","image_url":{"url":"ftp://h/a.png"}}]}]}})");
    const Run run = runCli({ QStringLiteral("check"), file });
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.contains("temperature: Temperature must be between 0 and 2 (it is 2.5)."));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
        return l.startsWith("thread.messages[0].content[1].image_url.url: ");
    }));
}

void TestCli::checkWarningsGoToStderr()
{
    const QString file = write(R"({"assistant_id":"a","temperature":0.5,"top_p":0.5})");
    const Run run = runCli({ QStringLiteral("check"), file });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.startsWith("top_p: "), run.err.constData());

    // An error and a warning: the error goes to stdout, the warning still to stderr.
    const Run mixed = runCli({ QStringLiteral("check"), QStringLiteral("-") }, R"({"temperature":0.5,"top_p":0.5})");
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY(mixed.out.startsWith("assistant_id: "));
    QVERIFY(!mixed.out.contains("top_p"));
    QVERIFY(mixed.err.startsWith("top_p: "));
}

void TestCli::checkUnreadableFile()
{
    const Run run = runCli({ QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.json")) });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY(run.err.contains("missing.json"));

    const Run empty = runCli({ QStringLiteral("check"), write("  \n") });
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains("empty"));
}

void TestCli::checkSyntaxErrorHasLineAndColumn()
{
    const Run run = runCli({ QStringLiteral("check"), QStringLiteral("-") }, "{\n  \"assistant_id\": \"a\",\n  x\n}");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 3, column"), run.err.constData());
    // The same reader gives the position to the other commands.
    const rl::JsonTextResult result = rl::readJsonText("{\"a\": x}");
    QVERIFY(!result.ok);
    QCOMPARE(result.line, 1);
    QCOMPARE(result.column, 7);
}

void TestCli::checkNonObjectIsInvalid()
{
    const Run run = runCli({ QStringLiteral("check"), QStringLiteral("-") }, "42");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.startsWith("(body): "));
}

void TestCli::checkNeedsOneFile()
{
    const Run run = runCli({ QStringLiteral("check") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Usage"));
}

void TestCli::formatPrintsSpecOrder()
{
    const QString file = write(R"({"stream":true,"model":"gpt-4o","assistant_id":"asst_1","temperature":null})");
    const Run run = runCli({ QStringLiteral("format"), file });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QByteArray("{\n"
                        "    \"assistant_id\": \"asst_1\",\n"
                        "    \"model\": \"gpt-4o\",\n"
                        "    \"temperature\": null,\n"
                        "    \"stream\": true\n"
                        "}\n"));
    const Run example = runCli({ QStringLiteral("format"), dataFile("spec_streaming_with_functions.json") });
    QCOMPARE(example.exitCode, 0);
    QFile original(dataFile("spec_streaming_with_functions.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(rl::readJsonText(example.out).value, rl::readJsonText(original.readAll()).value);
}

void TestCli::formatInvalid()
{
    const Run run = runCli({ QStringLiteral("format"), QStringLiteral("-") }, R"({"assistant_id":"a","top_p":3})");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.startsWith("top_p: "));
    QVERIFY(!run.out.contains('{'));
    const Run broken = runCli({ QStringLiteral("format"), QStringLiteral("-") }, "{");
    QCOMPARE(broken.exitCode, 2);
}

void TestCli::endlessInputIsCapped()
{
    // check - < /dev/zero: stops at the cap with a clear message, instead of reading forever.
    QProcess process;
    process.setStandardInputFile(QStringLiteral("/dev/zero"));
    process.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"), { QStringLiteral("check"), QStringLiteral("-") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("standard input is larger than 64 MiB"), err.constData());
}

void TestCli::fileOverTheCapIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(64) * 1024 * 1024 + 1)); // sparse: no disk used
    file.close();
    for (const char *command : { "check", "format" }) {
        const Run run = runCli({ QString::fromLatin1(command), path });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("huge.json is larger than 64 MiB"), run.err.constData());
    }
}

void TestCli::controlCharacterInAStringIsNotJson()
{
    QByteArray body = R"({"assistant_id":"a)";
    body += '\0';
    body += R"("})";
    const Run run = runCli({ QStringLiteral("check"), QStringLiteral("-") }, body);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("control character (U+0000)"), run.err.constData());
    QVERIFY2(run.err.contains("line 1, column 19"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
