#pragma once

#include "growingjson.h"
#include "runstatus.h"
#include "streamevent.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rl {

// A piece of text appended to a message by one delta.
struct TextFragment
{
    QString messageId;
    int contentIndex = 0;
    QString text;
};

// What one event changed in the accumulated picture, so that callers need not re-diff.
struct AccumulatorUpdate
{
    enum Change : unsigned {
        None = 0,
        ThreadChanged = 1U << 0,
        RunChanged = 1U << 1, // run() was replaced
        StatusChanged = 1U << 2, // run status differs from previousStatus
        MessageCreated = 1U << 3, // a message id seen for the first time
        MessageChanged = 1U << 4, // message(messageId) changed (created, delta or final)
        MessageFinished = 1U << 5, // thread.message.completed / incomplete
        StepCreated = 1U << 6,
        StepChanged = 1U << 7, // step(stepId) changed
        StepFinished = 1U << 8, // step completed / failed / cancelled / expired
        Ignored = 1U << 9, // the event was not about the run (unknown, error, done)
        MergeFailed = 1U << 10, // a delta broke the merge bounds; see mergeError
        TextOnly = 1U << 11, // a message delta that only appended to existing text parts (see text)
    };

    unsigned changes = None;
    QString previousStatus; // when StatusChanged
    QString messageId; // when a Message* flag is set
    QString stepId; // when a Step* flag is set
    QList<TextFragment> text; // text appended by a message delta, in delta order
    QList<int> toolCallIndexes; // tool calls touched by a step delta
    QString mergeError;

    [[nodiscard]] bool has(Change c) const { return (changes & c) != 0; }
};

// Rebuilds the run, thread, messages and steps from stream events (digest section 4.5):
// run() is the latest thread.run.* payload; messages and steps are keyed by id, in order of
// first appearance; deltas merge by index (GrowingJson::merge); the completed / incomplete /
// failed / cancelled / expired payloads replace the snapshot.
//
// Messages and steps are held as GrowingJson, so a delta costs what it holds whatever the length
// of the message so far; message(), step(), messages() and steps() build QJsonObjects on demand
// and cost the size of what they return: call them when something needs the object (a final
// payload, the inspector, a save), not per delta.
class RunAccumulator
{
public:
    AccumulatorUpdate apply(const StreamEvent &event);
    void reset();

    // Seeding and reconciliation from polled objects (after a dropped stream, or polling mode).
    // setRun replaces the run; setMessages / setSteps replace objects with the same id and append
    // new ones in the given order (pass them oldest first).
    AccumulatorUpdate setRun(const QJsonObject &run);
    void setThread(const QJsonObject &thread);
    void setMessages(const QJsonArray &messages);
    void setSteps(const QJsonArray &steps);

    [[nodiscard]] QJsonObject run() const { return m_run; }
    [[nodiscard]] QJsonObject thread() const { return m_thread; }
    [[nodiscard]] QString status() const;
    [[nodiscard]] RunStatus runStatus() const { return runStatusFromString(status()); }
    [[nodiscard]] QString runId() const;
    [[nodiscard]] QString threadId() const;

    [[nodiscard]] QList<QJsonObject> messages() const;
    [[nodiscard]] QList<QJsonObject> steps() const;
    [[nodiscard]] QJsonObject message(const QString &id) const;
    [[nodiscard]] QJsonObject step(const QString &id) const;
    [[nodiscard]] QStringList messageIds() const { return m_messageOrder; }
    [[nodiscard]] QStringList stepIds() const { return m_stepOrder; }

    // The text values of the assistant messages, in order, messages separated by "\n\n".
    [[nodiscard]] QString assistantText() const;
    // The text of one message (its text parts concatenated in content order).
    [[nodiscard]] static QString messageText(const QJsonObject &message);
    [[nodiscard]] QString messageText(const QString &id) const;

private:
    AccumulatorUpdate applyMessage(const StreamEvent &event);
    AccumulatorUpdate applyMessageDelta(const QJsonObject &data);
    // A delta read by the fast path; nullopt when it does not only append to held text parts
    // (the caller then takes applyMessageDelta).
    std::optional<AccumulatorUpdate> applyTextDelta(const TextDelta &delta);
    AccumulatorUpdate applyStep(const StreamEvent &event);
    AccumulatorUpdate applyStepDelta(const QJsonObject &data);
    // How a created / in_progress / final payload of one kind of object is applied.
    struct Snapshot
    {
        unsigned changed = 0;
        unsigned created = 0;
        unsigned finished = 0;
        QLatin1String streamedKey; // the part deltas fill in, kept when a non-final payload arrives
    };
    using Objects = QHash<QString, GrowingJson>;
    static unsigned applySnapshot(Objects &map, QStringList &order, const QJsonObject &data, bool final,
                                  const Snapshot &kind);
    static bool upsert(Objects &map, QStringList &order, const QJsonObject &object);
    [[nodiscard]] static bool isTextOnly(const GrowingJson &message, const QJsonObject &delta);
    [[nodiscard]] static QString textOf(const GrowingJson &message);

    QJsonObject m_run;
    QJsonObject m_thread;
    Objects m_messages;
    QStringList m_messageOrder;
    Objects m_steps;
    QStringList m_stepOrder;
};

} // namespace rl
