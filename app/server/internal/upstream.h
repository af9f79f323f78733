#pragma once

#include "chatstream.h"
#include "sseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rl::server {

// Where runs are executed when the built-in server runs on a Chat Completions server.
struct UpstreamConfig
{
    QUrl baseUrl; // for example http://127.0.0.1:11434/v1
    QString apiKey; // sent as Authorization: Bearer; empty = no header
    int connectTimeoutMs = 60'000; // until the response headers
    int stallTimeoutMs = 300'000; // no byte of the stream for this long: the call fails
    [[nodiscard]] bool isSet() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
    // The base URL as shown to people (never with a key).
    [[nodiscard]] QString displayName() const;
};

// Why an upstream call failed, in the words the run's last_error needs.
struct UpstreamError
{
    enum class Kind {
        Http, // the server answered an HTTP error (status, and its error object when it sent one)
        Unreachable, // no connection (refused, DNS, TLS)
        Timeout, // no answer in time, or the stream stalled
        Stream, // an error inside the stream, or a stream cut before it finished
        Protocol, // an answer that is not a chat completion (HTML, garbage)
    };
    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString message; // the upstream's own words when it gave some
    QString type;
    QString code;
};

// One streamed POST /chat/completions. deltaReceived() for each piece as it arrives, then one
// of finished() (the stream ended: [DONE] or the end of the body) or failed(). abort() closes
// the request at once; nothing is emitted after it. Deletes itself after its last signal.
class ChatCompletionCall : public QObject
{
    Q_OBJECT

public:
    ChatCompletionCall(QNetworkAccessManager *nam, const UpstreamConfig &config, const QJsonObject &body,
                       QObject *parent = nullptr);
    ~ChatCompletionCall() override;

    void abort();

signals:
    void deltaReceived(const rl::server::ChatDelta &delta);
    void finished();
    void failed(const rl::server::UpstreamError &error);

private:
    void onReadyRead();
    void onFinished();
    void fail(const UpstreamError &error);
    void dropReply(); // disconnects and aborts the reply
    void deliver(const QList<SseEvent> &events);

    QNetworkReply *const m_reply; // a child: lives as long as the call
    QTimer *m_timer;
    UpstreamConfig m_config;
    SseParser m_parser;
    ChatStreamDecoder m_decoder;
    QByteArray m_errorBody; // a non-2xx answer's body
    bool m_streaming = false;
    bool m_done = false;
};

// The Chat Completions server behind the built-in server.
class UpstreamClient : public QObject
{
    Q_OBJECT

public:
    explicit UpstreamClient(UpstreamConfig config, QObject *parent = nullptr);

    [[nodiscard]] const UpstreamConfig &config() const { return m_config; }
    // A new address or key, for the calls made from now on (those in flight keep theirs).
    void setConfig(UpstreamConfig config) { m_config = std::move(config); }
    // False when no upstream is configured: runs are simulated.
    [[nodiscard]] bool isEnabled() const { return m_config.isSet(); }
    [[nodiscard]] ChatCompletionCall *streamChat(const QJsonObject &body);
    // GET /models: the ids (in the upstream's order), or an error.
    void listModels(QObject *context, std::function<void(const QJsonArray &models, const UpstreamError *error)> done);

    // The message a run's last_error shows for an upstream failure, naming the upstream.
    [[nodiscard]] QString describe(const UpstreamError &error) const;

private:
    UpstreamConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace rl::server

Q_DECLARE_METATYPE(rl::server::ChatDelta)
Q_DECLARE_METATYPE(rl::server::UpstreamError)
