#include "apierror.h"
#include "connection.h"
#include "httpexchange.h"

#include <QTest>

using namespace rl;

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void joinsPaths_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "https://api.openai.com/v1"
                               << "/threads/runs"
                               << "https://api.openai.com/v1/threads/runs";
        QTest::newRow("base slash") << "https://api.openai.com/v1/"
                                    << "/threads/runs"
                                    << "https://api.openai.com/v1/threads/runs";
        QTest::newRow("no leading slash") << "https://api.openai.com/v1"
                                          << "threads/runs"
                                          << "https://api.openai.com/v1/threads/runs";
        QTest::newRow("both slashes") << "https://x.example/openai//"
                                      << "//threads"
                                      << "https://x.example/openai/threads";
        QTest::newRow("no path") << "http://127.0.0.1:8080"
                                 << "/models"
                                 << "http://127.0.0.1:8080/models";
        QTest::newRow("spaces") << "  http://h/v1  "
                                << "/models"
                                << "http://h/v1/models";
    }
    void joinsPaths()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        Connection c;
        c.baseUrl = base;
        QCOMPARE(c.endpoint(path).toString(), expected);
    }

    void appendsExtraQuery()
    {
        Connection c;
        c.baseUrl = QStringLiteral("https://r.openai.azure.com/openai");
        c.extraQuery = { { QStringLiteral("api-version"), QStringLiteral("2024-05-01-preview") } };
        const QUrl url = c.endpoint(QStringLiteral("/threads/t/messages"),
                                    { { QStringLiteral("run_id"), QStringLiteral("run 1") } });
        QCOMPARE(
            url.toString(QUrl::FullyEncoded),
            QStringLiteral(
                "https://r.openai.azure.com/openai/threads/t/messages?api-version=2024-05-01-preview&run_id=run%201"));
    }

    void headersPerAuthStyle()
    {
        Connection c;
        c.apiKey = QStringLiteral("sk-secret");
        c.organization = QStringLiteral("org-1");
        c.extraHeaders = { { QStringLiteral("astra-api-token"), QStringLiteral("tok") } };
        QNetworkRequest r = c.request(QStringLiteral("/models"));
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer sk-secret"));
        QVERIFY(!r.hasRawHeader("api-key"));
        QCOMPARE(r.rawHeader("OpenAI-Beta"), QByteArray("assistants=v2"));
        QCOMPARE(r.rawHeader("OpenAI-Organization"), QByteArray("org-1"));
        QVERIFY(!r.hasRawHeader("OpenAI-Project"));
        QCOMPARE(r.rawHeader("astra-api-token"), QByteArray("tok"));

        c.authStyle = Connection::AuthStyle::ApiKeyHeader;
        r = c.request(QStringLiteral("/models"));
        QCOMPARE(r.rawHeader("api-key"), QByteArray("sk-secret"));
        QVERIFY(!r.hasRawHeader("Authorization"));

        c.authStyle = Connection::AuthStyle::None;
        c.sendBetaHeader = false;
        r = c.request(QStringLiteral("/models"));
        QVERIFY(!r.hasRawHeader("api-key"));
        QVERIFY(!r.hasRawHeader("Authorization"));
        QVERIFY(!r.hasRawHeader("OpenAI-Beta"));
    }

    void masksSecrets()
    {
        QCOMPARE(maskSecret(QStringLiteral("Bearer sk-proj-abcdefghijklmnopqrstuvwxyz")),
                 QStringLiteral("Bearer \u2022\u2022\u2022\u2022wxyz"));
        QCOMPARE(maskSecret(QStringLiteral("sk-abcdefghijkl")), QStringLiteral("\u2022\u2022\u2022\u2022ijkl"));
        QCOMPARE(maskSecret(QStringLiteral("Bearer short")), QStringLiteral("Bearer \u2022\u2022\u2022\u2022"));
        QVERIFY(isSecretHeader("Authorization"));
        QVERIFY(isSecretHeader("API-KEY"));
        QVERIFY(isSecretHeader("astra-api-token"));
        QVERIFY(!isSecretHeader("OpenAI-Beta"));
    }

    void sunsetIsPureFunction()
    {
        QVERIFY(isAssistantsSunset(QStringLiteral("api.openai.com"), QStringLiteral("/v1/threads/runs"), 404));
        QVERIFY(isAssistantsSunset(QStringLiteral("API.OpenAI.com"), QStringLiteral("/v1/assistants"), 404));
        QVERIFY(!isAssistantsSunset(QStringLiteral("api.openai.com"), QStringLiteral("/v1/threads/runs"), 500));
        QVERIFY(!isAssistantsSunset(QStringLiteral("api.openai.com"), QStringLiteral("/v1/models"), 404));
        QVERIFY(!isAssistantsSunset(QStringLiteral("127.0.0.1"), QStringLiteral("/v1/threads/runs"), 404));

        ResponseMeta meta;
        ApiError e = ApiError::fromHttp(
            404, meta,
            R"j({"error":{"message":"Invalid URL (POST /v1/threads/runs)","type":"invalid_request_error"}})j",
            QStringLiteral("POST"), QUrl(QStringLiteral("https://api.openai.com/v1/threads/runs")));
        QVERIFY(e.isAssistantsSunset());
        QVERIFY(e.summary().contains(QLatin1String("26 August 2026")));
        QVERIFY(e.details().contains(QLatin1String("local server")));
        QVERIFY(e.details().contains(QLatin1String("base URL")));
    }

    void invalidBetaIsExplained()
    {
        ApiError e = ApiError::fromHttp(
            400, {},
            R"({"error":{"message":"The v1 Assistants API has been deprecated.","type":"invalid_request_error","param":null,"code":"invalid_beta"}})",
            QStringLiteral("POST"), QUrl(QStringLiteral("http://h/v1/threads/runs")));
        QVERIFY(e.isInvalidBeta());
        QVERIFY(e.summary().contains(QLatin1String("OpenAI-Beta")));
        QVERIFY(e.details().contains(QLatin1String("assistants=v2")));
    }

    void readsMetaAndRetryAfter()
    {
        const HeaderList headers { { "x-request-id", "req_42" },
                                   { "openai-processing-ms", "123" },
                                   { "x-ratelimit-remaining-requests", "99" },
                                   { "openai-poll-after-ms", "250" },
                                   { "Retry-After", "3" } };
        const ResponseMeta meta = ResponseMeta::fromHeaders(429, headers);
        QCOMPARE(meta.requestId, QStringLiteral("req_42"));
        QCOMPARE(meta.processingMs, 123);
        QCOMPARE(meta.pollAfterMs, 250);
        QCOMPARE(meta.rateLimits.size(), 1);
        QCOMPARE(retryAfterMs(meta), 3000);
        QCOMPARE(retryAfterMs(ResponseMeta::fromHeaders(429, { { "retry-after-ms", "150" }, { "retry-after", "9" } })),
                 150);
        QCOMPARE(retryAfterMs(ResponseMeta::fromHeaders(429, {})), -1);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
