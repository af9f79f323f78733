// runlens-cli code and CodeExport: the exported curl and raw HTTP run against the real built-in
// server (runlens-server), the Python compiles and holds the same body, no key is ever written.
#include "codeexport.h"
#include "connection.h"
#include "createthreadandrunrequest.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rl;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runProcess(const QString &program, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENAI_BASE_URL"));
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(5000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A body with everything that is hard to quote: both quotes, a backslash, a dollar, a
// backtick, a new line, non-ASCII text, a word that looks like the here-document's end.
const char kTrickyBody[] = R"({"assistant_id": "asst_runlens_echo", "stream": true,
    "thread": {"messages": [{"role": "user",
        "content": "It's \"quoted\" \\ $HOME `date` Grüße ✓\nJSON\nend"}]},
    "metadata": {"case": "o'brien"}, "temperature": 0.5, "parallel_tool_calls": false,
    "tool_choice": null})";

CreateThreadAndRunRequest requestFrom(const char *json)
{
    return CreateThreadAndRunRequest::fromJson(QJsonDocument::fromJson(json).object()).request;
}

} // namespace

class TestCliCode : public QObject
{
    Q_OBJECT

    rl::test::ServerProcess m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;

    Result code(const QByteArray &body, const QStringList &extra)
    {
        const QString path = m_dir.filePath(QStringLiteral("body.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        f.write(body);
        f.close();
        return runProcess(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"),
                          QStringList { QStringLiteral("code"), path } + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), m_server.error().constData());
        m_baseUrl = m_server.baseUrl();
    }

    void cleanupTestCase() { m_server.stop(); }

    void noSecretIsEverWritten()
    {
        Connection connection;
        connection.baseUrl
            = QStringLiteral("https://user:pw-secret-77@example.test/v1?deployment=east&sig=sig-secret-55");
        connection.apiKey = QStringLiteral("sk-very-secret-123");
        connection.organization = QStringLiteral("org-1");
        connection.extraHeaders = { { QStringLiteral("X-Api-Token"), QStringLiteral("tok-hidden-999") },
                                    { QStringLiteral("X-Trace"), QStringLiteral("visible-42") } };
        connection.extraQuery = { { QStringLiteral("api-version"), QStringLiteral("2024-05-01") } };
        const CreateThreadAndRunRequest request = requestFrom(kTrickyBody);
        for (const QString &name : CodeExport::names()) {
            for (const auto style :
                 { Connection::AuthStyle::Bearer, Connection::AuthStyle::ApiKeyHeader, Connection::AuthStyle::None }) {
                connection.authStyle = style;
                const QString text = CodeExport::render(*CodeExport::fromName(name), connection, request);
                QVERIFY2(!text.contains(QLatin1String("sk-very-secret")), qPrintable(name));
                QVERIFY2(!text.contains(QLatin1String("tok-hidden")), qPrintable(name));
                // Nor the base URL's password or a secret-looking query value (read from SIG).
                QVERIFY2(!text.contains(QLatin1String("pw-secret")) && !text.contains(QLatin1String("user:")),
                         qPrintable(name + QLatin1Char('\n') + text));
                QVERIFY2(!text.contains(QLatin1String("sig-secret")) && text.contains(QLatin1String("SIG")),
                         qPrintable(name + QLatin1Char('\n') + text));
                QVERIFY2(text.contains(QLatin1String("X_API_TOKEN")), qPrintable(name + QLatin1Char('\n') + text));
                QVERIFY2(text.contains(QLatin1String("visible-42")), qPrintable(name));
                QVERIFY2(text.contains(QLatin1String("2024-05-01")), qPrintable(name));
                // The base URL's own query reaches the SDKs' default query too.
                QVERIFY2(text.contains(QLatin1String("deployment")) && text.contains(QLatin1String("east")),
                         qPrintable(name + QLatin1Char('\n') + text));
                QVERIFY2(!text.contains(QLatin1String("v1?deployment")) || name == QLatin1String("curl")
                             || name == QLatin1String("http"),
                         qPrintable(name + QLatin1Char('\n') + text));
                QCOMPARE(text.contains(QLatin1String("OPENAI_API_KEY")), style != Connection::AuthStyle::None);
            }
        }
        QCOMPARE(CodeExport::secretHeaderVariable(QStringLiteral("X-Trace")), QString());
        QCOMPARE(CodeExport::secretHeaderVariable(QStringLiteral("Authorization")), QStringLiteral("AUTHORIZATION"));
        QCOMPARE(CodeExport::secretHeaderVariable(QStringLiteral("x-goog-api-key")), QStringLiteral("X_GOOG_API_KEY"));
    }

    void curlRunsAgainstTheBuiltInServer()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
            QFAIL("curl is not installed (packaging/install-deps.sh installs it)");
        }
        const Result exported = code(kTrickyBody,
                                     { QStringLiteral("--lang"), QStringLiteral("curl"), QStringLiteral("--base-url"),
                                       m_baseUrl, QStringLiteral("--auth"), QStringLiteral("none") });
        QCOMPARE(exported.exitCode, 0);
        const QByteArray command = "curl -sS -N '" + m_baseUrl.toUtf8() + "/threads/runs'";
        QVERIFY2(exported.out.contains(command), exported.out.constData());
        const Result ran = runProcess(QStringLiteral("bash"), { QStringLiteral("-e") }, exported.out.constData());
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        QVERIFY2(ran.out.contains("event: thread.run.completed"), ran.out.constData());
        // The echo assistant quotes the message it received: no character was lost to the shell.
        for (const char *piece : { R"(It's \"quoted\" \\ $HOME `date`)", "Grüße ✓" }) {
            QVERIFY2(ran.out.contains(piece), QByteArray(QByteArray(piece) + '\n' + ran.out.right(600)).constData());
        }
    }

    // With a key, a secret header and a secret query value, all read from variables in the
    // shell, and a header full of shell characters: the command still runs and completes.
    void curlWithSecretsFromVariablesRuns()
    {
        Connection connection;
        connection.baseUrl = m_baseUrl + QStringLiteral("?sig=");
        connection.authStyle = Connection::AuthStyle::Bearer;
        connection.extraHeaders = { { QStringLiteral("X-Api-Token"), QStringLiteral("unused") },
                                    { QStringLiteral("X-Note"), QStringLiteral(R"(it's "quoted" $HOME `x` \ !)") } };
        const QString text = CodeExport::render(CodeExport::Language::Curl, connection, requestFrom(kTrickyBody));
        QVERIFY2(text.contains(QLatin1String("\"$SIG\"")), qPrintable(text));
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-from-the-environment"));
        env.insert(QStringLiteral("X_API_TOKEN"), QStringLiteral("token-from-the-environment"));
        env.insert(QStringLiteral("SIG"), QStringLiteral("abc123"));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"), { QStringLiteral("-e") });
        QVERIFY(bash.waitForStarted());
        bash.write(text.toUtf8());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(30000));
        const QByteArray out = bash.readAllStandardOutput();
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        QVERIFY2(out.contains("event: thread.run.completed"), out.right(400).constData());
    }

    void httpIsTheExactRequest()
    {
        const CreateThreadAndRunRequest request = requestFrom(kTrickyBody);
        Connection connection;
        connection.baseUrl = m_baseUrl;
        connection.authStyle = Connection::AuthStyle::None;
        const QByteArray text = CodeExport::render(CodeExport::Language::Http, connection, request).toUtf8();
        const qsizetype split = text.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        QCOMPARE(text.mid(split + 4), request.toJsonBytes());
        const QByteArray length = "Content-Length: " + QByteArray::number(request.toJsonBytes().size()) + "\r\n";
        QVERIFY(text.contains(length));

        // Sent as it is over a socket, the built-in server runs it.
        const QUrl url(m_baseUrl);
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(text);
        QByteArray answer;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         socket.waitForReadyRead(100);
                         answer += socket.readAll();
                         return answer.contains("event: thread.run.completed");
                     },
                     20000),
                 answer.right(400).constData());
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
    }

    void pythonCompilesAndHoldsTheSameBody()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
            QFAIL("python3 is not installed (packaging/install-deps.sh installs it)");
        }
        // Through the command line (valid bodies only), and through CodeExport itself for a body
        // with a field the package does not know, which goes into extra_body.
        const char kPolled[] = R"({"assistant_id": "a", "stream": false, "temperature": 0.5,
            "response_format": {"type": "json_object"}, "tools": [{"type": "code_interpreter"}]})";
        const char kUnknown[] = R"({"assistant_id": "a", "stream": false, "x_custom": [true, null]})";
        for (const char *body : { kTrickyBody, kPolled, kUnknown }) {
            Result exported;
            if (body == kUnknown) {
                exported.exitCode = 0;
                exported.out
                    = CodeExport::render(CodeExport::Language::Python, Connection(), requestFrom(body)).toUtf8();
            } else {
                exported = code(body, { QStringLiteral("--lang"), QStringLiteral("python") });
            }
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
            const QString script = m_dir.filePath(QStringLiteral("run.py"));
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(exported.out);
            f.close();
            const Result compiled
                = runProcess(QStringLiteral("python3"), { QStringLiteral("-m"), QStringLiteral("py_compile"), script });
            QVERIFY2(compiled.exitCode == 0, QByteArray(compiled.err + "\n" + exported.out).constData());
            // The body = {...} and extra_body = {...} literals, read back by Python, are the request.
            const QByteArray check = R"(
import ast, json, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
values = {}
for node in tree.body:
    if isinstance(node, ast.Assign) and node.targets[0].id in ("body", "extra_body"):
        values[node.targets[0].id] = ast.literal_eval(node.value)
merged = dict(values["body"], **values.get("extra_body", {}))
print(json.dumps(merged, sort_keys=True, ensure_ascii=False))
)";
            const Result read
                = runProcess(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromUtf8(check), script });
            QVERIFY2(read.exitCode == 0, read.err.constData());
            const QJsonObject expected = requestFrom(body).toJson();
            QCOMPARE(QJsonDocument::fromJson(read.out).object(), expected);
            QCOMPARE(exported.out.contains("extra_body"), QByteArray(body).contains("x_custom"));
        }
    }

    void badInputIsExplained()
    {
        Result r = code(kTrickyBody, { QStringLiteral("--lang"), QStringLiteral("cobol") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--lang cobol is not one of curl, python, node, http"), r.err.constData());
        r = code(kTrickyBody, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--lang is required"), r.err.constData());
        r = code(kTrickyBody,
                 { QStringLiteral("--lang"), QStringLiteral("curl"), QStringLiteral("--base-url"),
                   QStringLiteral("ftp://x") });
        QCOMPARE(r.exitCode, 2);
        r = code(R"({"assistant_id": "a", "temperature": 5})", { QStringLiteral("--lang"), QStringLiteral("node") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("temperature"), r.out.constData());
        r = code(R"({"assistant_id": "a",)", { QStringLiteral("--lang"), QStringLiteral("node") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCode)
#include "tst_cli_code.moc"
