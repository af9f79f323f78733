#pragma once

#include "apierror.h"
#include "connection.h"
#include "httpexchange.h"
#include "streamevent.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rl {

class AssistantStreamReader;

// One answer to one tool call of a run that requires action.
struct ToolOutput
{
    QString toolCallId;
    QString output; // a string; structured results are JSON-encoded by the caller
};

// When and how idempotent GETs are retried. POSTs are never retried.
struct RetryPolicy
{
    int maxRetries = 2;
    int baseDelayMs = 500; // delay n = min(base * 2^n, max) * (1 - random * jitter)
    int maxDelayMs = 8000;
    double jitter = 0.25;
    int maxRetryAfterMs = 60'000; // a retry-after above this is ignored (the computed delay is used)
};

// Options of the list calls.
struct ListOptions
{
    int limit = 100; // per page, 1..100
    QString order = QStringLiteral("asc");
    int maxPages = 50; // stop following has_more after this many pages
};

// A handle on one API call. It emits exactly one of finished() or failed(), once, then deletes
// itself (deleteLater). exchangeStarted() is emitted when an HTTP attempt is sent (retries
// included) and exchange() when it ends, before finished() / failed(). cancel() aborts the request:
// the attempt in flight ends in exchange() (stopped by RunLens), no other signal follows and the
// handle deletes itself. The handle is parented to the ApiClient that made it.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Delete };

    ~ApiCall() override;

    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString methodName() const;
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int attempts() const { return m_attempts; }

signals:
    // The parsed JSON answer (for list calls: a QJsonArray of every item of every page).
    void finished(const QJsonValue &result, const rl::ResponseMeta &meta);
    void failed(const rl::ApiError &error);
    void exchange(const rl::HttpExchange &exchange);
    void exchangeStarted(const rl::HttpExchange &exchange); // inProgress, nothing received yet

protected:
    friend class ApiClient;
    ApiCall(QNetworkAccessManager *nam, Connection connection, const RetryPolicy &retry, Method method, QString path,
            const QList<QPair<QString, QString>> &query, QByteArray body, QObject *parent);

    void start(); // called once by ApiClient, on the next event-loop turn
    void sendAttempt();
    void setPathAndQuery(const QString &path, const QList<QPair<QString, QString>> &query);
    [[nodiscard]] bool retriesAllowed() const { return m_method == Method::Get; }
    [[nodiscard]] const Connection &connection() const { return m_connection; }

    // Hooks for subclasses.
    virtual void onHeaders(QNetworkReply *reply);
    virtual void onReadyRead(QNetworkReply *reply);
    // A complete successful (2xx) answer. The default parses JSON and emits finished().
    virtual void onSuccess(const QByteArray &body, const ResponseMeta &meta);

    void emitFinished(const QJsonValue &value, const ResponseMeta &meta);
    void emitFailed(const ApiError &error);
    void emitExchange(const QString &errorText, bool inProgress = false);
    // The body kept in the exchange record (the whole JSON answer; a stream's first bytes).
    [[nodiscard]] virtual QByteArray exchangeBody() const { return m_responseBody; }
    // Bytes taken from the reply but not yet handed on (a stream's events held for the next turn,
    // or decoded in a worker): the call finishes after them, when the subclass calls
    // resumeFinished().
    [[nodiscard]] virtual bool hasWorkLeft() const { return false; }
    void resumeFinished();
    [[nodiscard]] ResponseMeta currentMeta() const;
    [[nodiscard]] QNetworkReply *reply() const;
    void abortReply(); // drops the reply without signals
    void restartTimer(int ms); // the per-attempt timer (timeout or stall)
    void stopTimer();
    virtual void onTimer();
    // Ends the current attempt with an error (retried when allowed).
    void failAttempt(const ApiError &error);
    [[nodiscard]] bool isFinishedOrCancelled() const { return m_done; }
    void resetRetries() { m_retriesThisRequest = 0; }

    QByteArray m_accept = QByteArrayLiteral("application/json");

private:
    void handleFinished();
    void scheduleRetryOrFail(const ApiError &error, const ResponseMeta &meta);
    [[nodiscard]] bool shouldRetry(const ApiError &error, const ResponseMeta &meta) const;
    [[nodiscard]] int backoffDelayMs(int retryIndex, const ResponseMeta &meta) const;

    QNetworkAccessManager *m_nam;
    Connection m_connection;
    RetryPolicy m_retry;
    Method m_method;
    QString m_path;
    QList<QPair<QString, QString>> m_query;
    QByteArray m_body;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    bool m_finishWaiting = false; // the reply finished while the subclass had work left
    QTimer *m_timer;
    QElapsedTimer m_clock;
    ResponseMeta m_meta;
    QByteArray m_responseBody;
    int m_attempts = 0;
    quint64 m_exchangeId = 0; // of the attempt in flight
    int m_retriesThisRequest = 0;
    bool m_running = false;
    bool m_done = false;
    bool m_timedOut = false;
};

// A GET of a cursor-paginated list: follows after=last_id while has_more, up to maxPages.
// finished() carries a QJsonArray of all items; meta is the last page's.
class ListCall : public ApiCall
{
    Q_OBJECT

public:
    [[nodiscard]] int pagesFetched() const { return m_pages; }
    // The non-empty "id" of each item of a list answer, in order (model ids, assistant ids).
    [[nodiscard]] static QStringList idsOf(const QJsonArray &items);
    [[nodiscard]] bool truncated() const { return m_truncated; } // has_more still true at maxPages

signals:
    void pageReceived(const QJsonArray &items, int pageNumber);

protected:
    friend class ApiClient;
    ListCall(QNetworkAccessManager *nam, const Connection &connection, const RetryPolicy &retry, const QString &path,
             const QList<QPair<QString, QString>> &query, ListOptions options, QObject *parent);
    void onSuccess(const QByteArray &body, const ResponseMeta &meta) override;

private:
    [[nodiscard]] QList<QPair<QString, QString>> pageQuery(const QString &after) const;

    QString m_basePath;
    QList<QPair<QString, QString>> m_baseQuery;
    ListOptions m_options;
    QJsonArray m_items;
    int m_pages = 0;
    bool m_truncated = false;
};

// A streamed POST (create thread and run, submit tool outputs with stream=true).
// - streamStarted() when a 2xx text/event-stream response begins;
// - eventReceived() for every decoded event as it arrives (unknown and error events included);
// - finished(QJsonValue(), meta) when the stream ends (data: [DONE] or end of body);
// - if the server answers JSON instead of a stream, finished(object, meta) with isStreamed() false;
// - failed(): HTTP errors before the stream, Protocol (HTML or garbage instead of a stream),
//   Stalled (no bytes for stallTimeoutMs), Network Closed (dropped mid-stream), Timeout (no
//   response headers within requestTimeoutMs), StreamError (an event too large, fatal).
// Never retried.
class StreamCall : public ApiCall
{
    Q_OBJECT

public:
    ~StreamCall() override;

    [[nodiscard]] bool isStreamed() const { return m_streamed; }
    [[nodiscard]] bool sawDone() const { return m_sawDone; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytes; }

signals:
    void streamStarted(const rl::ResponseMeta &meta);
    void eventReceived(const rl::StreamEvent &event);

protected:
    friend class ApiClient;
    StreamCall(QNetworkAccessManager *nam, const Connection &connection, const QString &path, const QByteArray &body,
               qint64 maxEventBytes, QObject *parent);
    void onHeaders(QNetworkReply *reply) override;
    void onReadyRead(QNetworkReply *reply) override;
    void onSuccess(const QByteArray &body, const ResponseMeta &meta) override;
    void onTimer() override;
    [[nodiscard]] QByteArray exchangeBody() const override { return m_head + m_pending + ApiCall::exchangeBody(); }

private:
    [[nodiscard]] bool hasWorkLeft() const override { return !m_held.isEmpty(); }
    void startDecoding(); // the first held event, undecoded, in a worker thread
    void onDecoded(const std::optional<StreamEvent> &event);
    void continueStream(); // the held events, then the bytes, in a later turn
    bool deliver(const QList<StreamEvent> &events); // false when the handle was cancelled meanwhile
    bool deliver(const StreamEvent &event);
    // Delivers the held events in order, up to an undecoded one (handed to a worker) and nothing
    // after a large one (*large set); false when the handle was cancelled meanwhile.
    bool deliverHeld(bool *large);
    void finishAtDone();
    void beginStream();
    void resumeNextTurn(QNetworkReply *reply); // handles what is left of the bytes in the next turn

    AssistantStreamReader *m_reader;
    // Waiting for a later turn: a large event (decoded in a worker thread first) and what follows it.
    QList<StreamEvent> m_held;
    QPointer<QNetworkReply> m_streamReply;
    bool m_decoding = false;
    QByteArray m_head; // first bytes, for the exchange record and Protocol errors
    QByteArray m_pending; // bytes held while deciding stream vs JSON
    qint64 m_bytes = 0;
    bool m_streamed = false;
    bool m_sawDone = false;
    bool m_resumeQueued = false;
    bool m_decided = false; // stream vs JSON decided
};

// The Assistants API calls RunLens needs, each returning a handle (see ApiCall). The client holds
// a copy of the Connection; handles made before setConnection() keep the old one.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // Uses the given access manager (not owned), or makes its own honouring the system proxy.
    explicit ApiClient(Connection connection, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] const Connection &connection() const { return m_connection; }
    void setConnection(const Connection &connection) { m_connection = connection; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    [[nodiscard]] qint64 maxEventBytes() const { return m_maxEventBytes; }
    void setMaxEventBytes(qint64 bytes) { m_maxEventBytes = bytes; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // POST /threads/runs. body is sent as given (the caller sets "stream").
    ApiCall *createThreadAndRun(const QByteArray &body);
    StreamCall *createThreadAndRunStream(const QByteArray &body);
    // GET /threads/{t}/runs/{r}
    ApiCall *retrieveRun(const QString &threadId, const QString &runId);
    // POST /threads/{t}/runs/{r}/cancel
    ApiCall *cancelRun(const QString &threadId, const QString &runId);
    // POST /threads/{t}/runs/{r}/submit_tool_outputs, all outputs in one request
    ApiCall *submitToolOutputs(const QString &threadId, const QString &runId, const QList<ToolOutput> &outputs);
    StreamCall *submitToolOutputsStream(const QString &threadId, const QString &runId,
                                        const QList<ToolOutput> &outputs);
    // GET /threads/{t}/runs/{r}/steps
    ListCall *listRunSteps(const QString &threadId, const QString &runId, const ListOptions &options = {});
    // GET /threads/{t}/messages?run_id=... (runId empty = every message of the thread)
    ListCall *listMessages(const QString &threadId, const QString &runId = {}, const ListOptions &options = {});
    ListCall *listAssistants(const ListOptions &options = {});
    ApiCall *retrieveAssistant(const QString &assistantId);
    // POST /assistants, POST /assistants/{id} (only the fields given change), DELETE /assistants/{id}.
    ApiCall *createAssistant(const QJsonObject &assistant);
    ApiCall *modifyAssistant(const QString &assistantId, const QJsonObject &changes);
    ApiCall *deleteAssistant(const QString &assistantId);
    ListCall *listModels(const ListOptions &options = {});

    // The JSON body of a tool-outputs submission.
    [[nodiscard]] static QByteArray toolOutputsBody(const QList<ToolOutput> &outputs, bool stream);

private:
    template<typename Call> Call *launch(Call *call);

    Connection m_connection;
    RetryPolicy m_retry;
    qint64 m_maxEventBytes;
    QNetworkAccessManager *m_nam;
};

} // namespace rl

Q_DECLARE_METATYPE(rl::ToolOutput)
