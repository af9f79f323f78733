#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace rl {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What the server said about one response, beside its body.
struct ResponseMeta
{
    int httpStatus = 0; // 0 when no response arrived
    QString requestId; // x-request-id
    int processingMs = -1; // openai-processing-ms, -1 when absent
    QString openaiVersion; // openai-version
    QString organization; // openai-organization
    int pollAfterMs = -1; // openai-poll-after-ms, -1 when absent
    QString contentType;
    HeaderList rateLimits; // every x-ratelimit-* header, in the order received
    HeaderList headers; // every response header, in the order received
    qint64 elapsedMs = 0; // from sending the request to the end of the response (or now)
    int attempts = 1; // 1 + the number of automatic retries made

    // The value of a response header (case-insensitive name), empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;

    // Reads status and headers from a reply that has its headers (elapsedMs is left as is).
    [[nodiscard]] static ResponseMeta fromReply(const QNetworkReply *reply);
    // Reads the meta fields from a plain header list (used by fromReply and by tests).
    [[nodiscard]] static ResponseMeta fromHeaders(int httpStatus, const HeaderList &list);
};

// One HTTP request and its response, for the "raw exchange" views. The secret never appears:
// auth header values are masked by maskSecret().
struct HttpExchange
{
    quint64 id = 0; // one per HTTP attempt, the same in its in-progress and its final record
    bool inProgress = false; // sent, and the answer has not ended yet
    QString method;
    QUrl url;
    HeaderList requestHeaders; // auth values masked
    QByteArray requestBody;
    int responseStatus = 0; // 0 when no response arrived
    HeaderList responseHeaders;
    QByteArray responseBody; // the whole body for JSON answers; for streams, the first bytes only
    bool responseBodyTruncated = false;
    ResponseMeta meta;
    QString errorText; // a network failure in plain words, empty when a response arrived
};

// "Bearer sk-abc...wxyz" -> "Bearer ••••wxyz"; "sk-abc...wxyz" -> "••••wxyz". Keys of 8
// characters or fewer are fully masked. Never returns more than the last 4 characters.
[[nodiscard]] QString maskSecret(const QString &value);
// True for header names that carry a secret (Authorization, api-key, and names containing
// "token", "secret" or "key", case-insensitive).
[[nodiscard]] bool isSecretHeader(QByteArrayView name);

} // namespace rl

Q_DECLARE_METATYPE(rl::ResponseMeta)
Q_DECLARE_METATYPE(rl::HttpExchange)
