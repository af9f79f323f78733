#pragma once

#include "httpexchange.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace rl {

// Every failure of a call, as one value. summary() is one line for a status bar, details()
// a few plain sentences with what to do about it.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Http, // the server answered with a status >= 400
        Network, // no usable answer: see network
        Timeout, // no answer within the request timeout
        Stalled, // a stream sent nothing for longer than the stall timeout
        Protocol, // an answer that is neither the expected JSON nor a stream (HTML page, garbage)
        Cancelled, // cancelled by the user
        StreamError, // the stream reported an error, or one event could not be read
    };

    enum class Network {
        None,
        Refused, // connection refused: nothing listens there
        HostNotFound, // DNS: the host name does not resolve
        Tls, // TLS handshake or certificate failure
        Closed, // the server closed the connection early
        StreamEnded, // an event stream ended (cut or cleanly) before the run reached a final status
        Proxy, // the proxy failed or refused
        BadUrl, // the URL cannot be used (not http or https, no host)
        Other,
    };

    Kind kind = Kind::Network;
    Network network = Network::None;
    int httpStatus = 0; // 0 when no response arrived
    QString type; // error.type of the API's error body
    QString code; // error.code (numbers turned into text)
    QString param; // error.param
    QString message; // error.message, or the low-level text for non-HTTP failures
    QString requestId; // x-request-id
    int retryAfterMs = -1; // from retry-after-ms / retry-after, -1 when absent
    QString method; // the request that failed
    QUrl url;
    QByteArray bodyStart; // the first bytes of an unexpected body (HTML page, garbage)
    bool runMayExist = false; // the create POST failed after it may have reached the server

    [[nodiscard]] QString summary() const;
    // Several lines: the summary, advice, the request, and (withFacts) the type, code, parameter
    // and request id, which a view that shows those on their own can leave out.
    [[nodiscard]] QString details(bool withFacts = true) const;

    // False when the request certainly never reached a server: refused, host not found, TLS
    // handshake failed, an unusable URL, cancelled before sending.
    [[nodiscard]] bool mayHaveReachedServer() const;
    // True when the body is an HTML page rather than an API error.
    [[nodiscard]] bool isWebPage() const;

    // True when this is the 404 that api.openai.com gives since the Assistants API was retired.
    [[nodiscard]] bool isAssistantsSunset() const;
    // 400 with code invalid_beta (missing or old OpenAI-Beta header).
    [[nodiscard]] bool isInvalidBeta() const;

    // Builds an Http error from a status, the response headers and the body (API error JSON
    // read when present; otherwise the start of the body is kept).
    [[nodiscard]] static ApiError fromHttp(int status, const ResponseMeta &meta, const QByteArray &body,
                                           const QString &method, const QUrl &url);
    [[nodiscard]] static ApiError protocol(const QString &message, const QByteArray &bodyStart,
                                           const ResponseMeta &meta, const QString &method, const QUrl &url);
    [[nodiscard]] static ApiError ofKind(Kind kind, const QString &message);
    // A stream that ended before the run reached a final status (one wording, however it ended).
    [[nodiscard]] static ApiError streamEnded(const QString &method, const QUrl &url);

private:
    [[nodiscard]] QString httpSummary() const;
    [[nodiscard]] QString networkSummary() const;
    [[nodiscard]] QString hint() const;
    [[nodiscard]] QString notFoundHint() const;
};

// The retired-Assistants check as a pure function: host api.openai.com (any case), a path
// under /threads or /assistants, status 404.
[[nodiscard]] bool isAssistantsSunset(const QString &host, const QString &path, int httpStatus);

// The retry delay a response asks for: retry-after-ms, else retry-after (seconds or HTTP date).
// -1 when absent or unreadable (the retry policy decides whether to honour a long delay).
[[nodiscard]] int retryAfterMs(const ResponseMeta &meta);

} // namespace rl

Q_DECLARE_METATYPE(rl::ApiError)
