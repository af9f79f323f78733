#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace rl {

// How the built-in local server is started.
struct LocalServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 = pick a free port
    QString apiKey; // empty = accept any or no key
    bool betaCheck = true; // require OpenAI-Beta: assistants=v2
    int delayMs = 40; // pacing between streamed words; tests use 0
    int expireSeconds = 600; // requires_action expiry
    int maxThreads = 1000; // bound on kept state (oldest dropped)
    int requestTimeoutMs = 60'000; // an incomplete request is answered 408 after this long
    int maxConnections = 512; // open connections at once; more are answered 503

    // Runs on a real model: a Chat Completions base URL (http://127.0.0.1:11434/v1). Empty: the
    // offline simulator.
    QString upstreamBaseUrl;
    QString upstreamKey; // sent to the upstream as Authorization: Bearer; never answered or logged
    QString defaultModel; // the shipped assistants' model; empty: the first the upstream lists
    QString dataDir; // keep assistants and threads here across restarts (SQLite); empty: in memory
};

// The built-in local server: speaks the Assistants API v2 protocol (threads, runs, steps,
// messages, assistants, models) over loopback HTTP, deterministically and offline.
class LocalServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override;

    bool start(const LocalServerOptions &options); // false + errorString() on failure
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // http://HOST:PORT/v1
    [[nodiscard]] QString errorString() const;
    // On an upstream: the model the shipped assistants use (known once the upstream has listed
    // its models when no default was given).
    [[nodiscard]] QString defaultModel() const;

    // Switches the model backend of a running server: its port, threads and assistants stay, runs
    // in progress finish where they started. An empty baseUrl means the offline simulator; an
    // empty defaultModel, the first model the upstream lists. False + errorString() when the
    // address cannot be used (the backend is then unchanged).
    bool setUpstream(const QString &baseUrl, const QString &key, const QString &defaultModel);
    [[nodiscard]] bool usesUpstream() const;

signals:
    // Something worth telling the person who started the server (an upstream that does not
    // answer /models, ...), never with a key.
    void notice(const QString &text);
    // The shipped assistants' model on the upstream is now this one (known once it answered).
    void defaultModelChanged(const QString &model);

private:
    void useDefaultModel(const QString &model);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rl
