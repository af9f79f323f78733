#include "runaccumulator.h"

#include "jsonmerge.h"

namespace rl {

namespace {

const QLatin1String kId("id");
const QLatin1String kContent("content");
const QLatin1String kStepDetails("step_details");
const QLatin1String kStatus("status");

bool isMessageFinal(const QString &name)
{
    return name == QLatin1String("thread.message.completed") || name == QLatin1String("thread.message.incomplete");
}

bool isStepFinal(const QString &name)
{
    return name == QLatin1String("thread.run.step.completed") || name == QLatin1String("thread.run.step.failed")
        || name == QLatin1String("thread.run.step.cancelled") || name == QLatin1String("thread.run.step.expired");
}

// A created / in_progress payload for an object we already hold: take its fields, but keep the
// part that deltas have been filling in (the server's copy may still be empty).
QJsonObject refreshKeeping(const QJsonObject &held, const QJsonObject &payload, QLatin1String streamedKey)
{
    QJsonObject result = payload;
    if (held.contains(streamedKey)) {
        result.insert(streamedKey, held.value(streamedKey));
    }
    return result;
}

} // namespace

void RunAccumulator::reset()
{
    *this = RunAccumulator();
}

QString RunAccumulator::status() const
{
    return m_run.value(kStatus).toString();
}

QString RunAccumulator::runId() const
{
    return m_run.value(kId).toString();
}

QString RunAccumulator::threadId() const
{
    const QString fromRun = m_run.value(QLatin1String("thread_id")).toString();
    return fromRun.isEmpty() ? m_thread.value(kId).toString() : fromRun;
}

QList<QJsonObject> RunAccumulator::messages() const
{
    QList<QJsonObject> out;
    out.reserve(m_messageOrder.size());
    for (const QString &id : m_messageOrder) {
        out.append(m_messages.value(id));
    }
    return out;
}

QList<QJsonObject> RunAccumulator::steps() const
{
    QList<QJsonObject> out;
    out.reserve(m_stepOrder.size());
    for (const QString &id : m_stepOrder) {
        out.append(m_steps.value(id));
    }
    return out;
}

QString RunAccumulator::messageText(const QJsonObject &message)
{
    QString text;
    const QJsonArray content = message.value(kContent).toArray();
    for (const QJsonValue part : content) {
        const QJsonValue value = part.toObject().value(QLatin1String("text")).toObject().value(QLatin1String("value"));
        text += value.toString();
    }
    return text;
}

QString RunAccumulator::assistantText() const
{
    QStringList parts;
    for (const QString &id : m_messageOrder) {
        const QJsonObject message = m_messages.value(id);
        if (message.value(QLatin1String("role")).toString() != QLatin1String("assistant")) {
            continue;
        }
        const QString text = messageText(message);
        if (!text.isEmpty()) {
            parts.append(text);
        }
    }
    return parts.join(QLatin1String("\n\n"));
}

AccumulatorUpdate RunAccumulator::setRun(const QJsonObject &run)
{
    AccumulatorUpdate update;
    update.previousStatus = status();
    m_run = run;
    update.changes |= AccumulatorUpdate::RunChanged;
    if (status() != update.previousStatus) {
        update.changes |= AccumulatorUpdate::StatusChanged;
    }
    return update;
}

void RunAccumulator::setThread(const QJsonObject &thread)
{
    m_thread = thread;
}

bool RunAccumulator::upsert(QHash<QString, QJsonObject> &map, QStringList &order, const QJsonObject &object)
{
    const QString id = object.value(kId).toString();
    const bool isNew = !map.contains(id);
    if (isNew) {
        order.append(id);
    }
    map.insert(id, object);
    return isNew;
}

void RunAccumulator::setMessages(const QJsonArray &messages)
{
    for (const QJsonValue value : messages) {
        if (value.isObject()) {
            upsert(m_messages, m_messageOrder, value.toObject());
        }
    }
}

void RunAccumulator::setSteps(const QJsonArray &steps)
{
    for (const QJsonValue value : steps) {
        if (value.isObject()) {
            upsert(m_steps, m_stepOrder, value.toObject());
        }
    }
}

AccumulatorUpdate RunAccumulator::apply(const StreamEvent &event)
{
    using Kind = StreamEvent::Kind;
    if (!event.data.isObject()) {
        AccumulatorUpdate ignored;
        ignored.changes = AccumulatorUpdate::Ignored;
        return ignored;
    }
    const QJsonObject data = event.data.toObject();
    switch (event.kind) {
    case Kind::Thread: {
        AccumulatorUpdate update;
        m_thread = data;
        update.changes = AccumulatorUpdate::ThreadChanged;
        return update;
    }
    case Kind::Run:
        return setRun(data);
    case Kind::Message:
        return applyMessage(event);
    case Kind::MessageDelta:
        return applyMessageDelta(data);
    case Kind::Step:
        return applyStep(event);
    case Kind::StepDelta:
        return applyStepDelta(data);
    case Kind::Error:
    case Kind::Done:
    case Kind::Unknown:
        break;
    }
    AccumulatorUpdate ignored;
    ignored.changes = AccumulatorUpdate::Ignored;
    return ignored;
}

AccumulatorUpdate RunAccumulator::applyMessage(const StreamEvent &event)
{
    AccumulatorUpdate update;
    const Snapshot kind { AccumulatorUpdate::MessageChanged, AccumulatorUpdate::MessageCreated,
                          AccumulatorUpdate::MessageFinished, kContent };
    update.changes = applySnapshot(m_messages, m_messageOrder, event.object(), isMessageFinal(event.name), kind);
    update.messageId = event.object().value(kId).toString();
    return update;
}

unsigned RunAccumulator::applySnapshot(QHash<QString, QJsonObject> &map, QStringList &order, const QJsonObject &data,
                                       bool final, const Snapshot &kind)
{
    unsigned changes = kind.changed;
    QJsonObject object = data;
    const QString id = data.value(kId).toString();
    if (final) {
        changes |= kind.finished;
    } else if (map.contains(id)) {
        object = refreshKeeping(map.value(id), data, kind.streamedKey);
    }
    if (upsert(map, order, object)) {
        changes |= kind.created;
    }
    return changes;
}

AccumulatorUpdate RunAccumulator::applyMessageDelta(const QJsonObject &data)
{
    AccumulatorUpdate update;
    const QString id = data.value(kId).toString();
    update.messageId = id;
    update.changes = AccumulatorUpdate::MessageChanged;
    if (!m_messages.contains(id)) {
        // A delta before its snapshot: start from an empty message rather than lose the text.
        m_messages.insert(id,
                          QJsonObject { { kId, id },
                                        { QLatin1String("object"), QStringLiteral("thread.message") },
                                        { kContent, QJsonArray() } });
        m_messageOrder.append(id);
        update.changes |= AccumulatorUpdate::MessageCreated;
    }
    QJsonObject message = m_messages.take(id);
    const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        if (it.key() != kContent && !message.contains(it.key())) {
            message.insert(it.key(), it.value()); // role and the like: set once, never appended
        }
    }
    const QJsonArray content = delta.value(kContent).toArray();
    for (const QJsonValue part : content) {
        const QJsonObject object = part.toObject();
        const QJsonValue value = object.value(QLatin1String("text")).toObject().value(QLatin1String("value"));
        if (value.isString() && !value.toString().isEmpty()) {
            update.text.append(TextFragment { id, object.value(QLatin1String("index")).toInt(), value.toString() });
        }
    }
    QJsonValue accContent = message.take(kContent);
    QString error;
    if (!mergeDelta(accContent, content, &error)) {
        update.changes |= AccumulatorUpdate::MergeFailed;
        update.mergeError = error;
    }
    message.insert(kContent, accContent);
    m_messages.insert(id, message);
    return update;
}

AccumulatorUpdate RunAccumulator::applyStep(const StreamEvent &event)
{
    AccumulatorUpdate update;
    const Snapshot kind { AccumulatorUpdate::StepChanged, AccumulatorUpdate::StepCreated,
                          AccumulatorUpdate::StepFinished, kStepDetails };
    update.changes = applySnapshot(m_steps, m_stepOrder, event.object(), isStepFinal(event.name), kind);
    update.stepId = event.object().value(kId).toString();
    return update;
}

AccumulatorUpdate RunAccumulator::applyStepDelta(const QJsonObject &data)
{
    AccumulatorUpdate update;
    const QString id = data.value(kId).toString();
    update.stepId = id;
    update.changes = AccumulatorUpdate::StepChanged;
    if (!m_steps.contains(id)) {
        m_steps.insert(id, QJsonObject { { kId, id }, { QLatin1String("object"), QStringLiteral("thread.run.step") } });
        m_stepOrder.append(id);
        update.changes |= AccumulatorUpdate::StepCreated;
    }
    const QJsonValue details = data.value(QLatin1String("delta")).toObject().value(kStepDetails);
    const QJsonArray calls = details.toObject().value(QLatin1String("tool_calls")).toArray();
    for (const QJsonValue call : calls) {
        const QJsonValue index = call.toObject().value(QLatin1String("index"));
        if (index.isDouble()) {
            update.toolCallIndexes.append(index.toInt());
        }
    }
    QJsonObject step = m_steps.take(id);
    QJsonValue accDetails = step.take(kStepDetails);
    QString error;
    if (!mergeDelta(accDetails, details, &error)) {
        update.changes |= AccumulatorUpdate::MergeFailed;
        update.mergeError = error;
    }
    step.insert(kStepDetails, accDetails);
    m_steps.insert(id, step);
    return update;
}

} // namespace rl
