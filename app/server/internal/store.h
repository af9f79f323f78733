#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace rl::server {

// All server state, in memory: assistants, and per thread its messages, runs and run steps.
// Objects are kept as the JSON the API returns. At most maxThreads threads are kept; past that
// the oldest thread (with everything in it) is dropped.
class Store : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Assistant, Thread, Message, Run, Step };
    Q_ENUM(Kind)

    explicit Store(int maxThreads, QObject *parent = nullptr);

    static QString newId(const QString &prefix);
    static qint64 now();

    // Assistants, in creation order. given: the fields the creator set (merged over earlier
    // ones), so that a run can tell an assistant's own setting from a default.
    void putAssistant(const QJsonObject &assistant, const QJsonObject &given = {});
    [[nodiscard]] QJsonObject assistantGiven(const QString &id) const;
    [[nodiscard]] bool hasAssistant(const QString &id) const;
    [[nodiscard]] QJsonObject assistant(const QString &id) const;
    bool removeAssistant(const QString &id);
    [[nodiscard]] QList<QJsonObject> assistants() const;

    // Threads, in creation order.
    void addThread(const QJsonObject &thread);
    void updateThread(const QJsonObject &thread);
    [[nodiscard]] bool hasThread(const QString &id) const;
    [[nodiscard]] QJsonObject thread(const QString &id) const;
    bool removeThread(const QString &id);
    [[nodiscard]] int threadCount() const;

    // Messages of a thread, in creation order.
    void putMessage(const QJsonObject &message);
    // A message being written: a fragment joins part `index` ("text" or "refusal") of its content
    // in amortised constant time; readers see the text so far. putMessage() of the message with
    // its final content ends the live parts.
    void appendMessagePart(const QString &threadId, const QString &messageId, int index, const QString &type,
                           QStringView fragment);
    [[nodiscard]] QJsonObject message(const QString &threadId, const QString &id) const;
    [[nodiscard]] QList<QJsonObject> messages(const QString &threadId) const;

    // Runs of a thread, in creation order.
    void putRun(const QJsonObject &run);
    [[nodiscard]] QJsonObject run(const QString &threadId, const QString &id) const;
    [[nodiscard]] QList<QJsonObject> runs(const QString &threadId) const;
    // The run-level fields of the request that made a run, as the client sent them.
    void putRunRequest(const QString &threadId, const QString &runId, const QJsonObject &request);
    [[nodiscard]] QJsonObject runRequest(const QString &threadId, const QString &runId) const;

    // The thread as a model sees it, in the order things happened: every message, and every
    // tool_calls step of type function that has its outputs.
    [[nodiscard]] QList<QJsonObject> transcript(const QString &threadId) const;

    // Steps of a run, in creation order.
    void putStep(const QJsonObject &step);
    [[nodiscard]] QJsonObject step(const QString &threadId, const QString &runId, const QString &id) const;
    [[nodiscard]] QList<QJsonObject> steps(const QString &threadId, const QString &runId) const;
    [[nodiscard]] QJsonObject stepById(const QString &threadId, const QString &id) const;
    // Where a message or step stands in its thread's history (-1 when unknown).
    [[nodiscard]] qint64 sequence(const QString &threadId, const QString &id) const;
    [[nodiscard]] QStringList threadIds() const { return m_threadOrder; }

Q_SIGNALS:
    // The runs of a dropped or deleted thread: their simulators must stop.
    void runsRemoved(const QStringList &runIds);
    // An object was created or changed (for messages: also when text was appended), or removed
    // (a thread with everything in it). For persistence; threadId is empty for assistants.
    void objectChanged(rl::server::Store::Kind kind, const QString &threadId, const QString &id);
    void objectRemoved(rl::server::Store::Kind kind, const QString &id);

private:
    struct LivePart
    {
        QString type;
        QString text;
    };
    struct Thread
    {
        QJsonObject object;
        qint64 nextSequence = 0;
        QHash<QString, qint64> sequence; // message and step ids, in order of creation
        QHash<QString, QList<LivePart>> live; // message id -> parts being written
        QStringList messageOrder;
        QHash<QString, QJsonObject> messages;
        QStringList runOrder;
        QHash<QString, QJsonObject> runs;
        QHash<QString, QJsonObject> runRequests;
        QHash<QString, QStringList> stepOrder; // by run id
        QHash<QString, QJsonObject> steps;
    };

    static void putOrdered(QStringList &order, QHash<QString, QJsonObject> &items, const QJsonObject &object);
    [[nodiscard]] static QJsonObject withLiveContent(const Thread &thread, const QJsonObject &message);
    static QList<QJsonObject> ordered(const QStringList &order, const QHash<QString, QJsonObject> &items);

    int m_maxThreads;
    QStringList m_threadOrder;
    QHash<QString, Thread> m_threads;
    QStringList m_assistantOrder;
    QHash<QString, QJsonObject> m_assistants;
    QHash<QString, QJsonObject> m_assistantGiven;
};

} // namespace rl::server
