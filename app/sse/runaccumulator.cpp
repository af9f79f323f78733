#include "runaccumulator.h"

#include <QVarLengthArray>

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
GrowingJson refreshKeeping(GrowingJson &held, const QJsonObject &payload, QLatin1String streamedKey)
{
    GrowingJson result(payload);
    if (held.contains(streamedKey)) {
        result.memberRef(streamedKey) = held.take(streamedKey);
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

QJsonObject RunAccumulator::message(const QString &id) const
{
    const auto found = m_messages.constFind(id);
    return found == m_messages.constEnd() ? QJsonObject() : found->toJson().toObject();
}

QJsonObject RunAccumulator::step(const QString &id) const
{
    const auto found = m_steps.constFind(id);
    return found == m_steps.constEnd() ? QJsonObject() : found->toJson().toObject();
}

QList<QJsonObject> RunAccumulator::messages() const
{
    QList<QJsonObject> out;
    out.reserve(m_messageOrder.size());
    for (const QString &id : m_messageOrder) {
        out.append(message(id));
    }
    return out;
}

QList<QJsonObject> RunAccumulator::steps() const
{
    QList<QJsonObject> out;
    out.reserve(m_stepOrder.size());
    for (const QString &id : m_stepOrder) {
        out.append(step(id));
    }
    return out;
}

QString RunAccumulator::messageText(const QJsonObject &message)
{
    return textOf(GrowingJson(message));
}

QString RunAccumulator::textOf(const GrowingJson &message)
{
    QString text;
    const GrowingJson &content = message.member(kContent);
    for (qsizetype i = 0; i < content.size(); ++i) {
        text += content.at(i).member(QLatin1String("text")).member(QLatin1String("value")).string();
    }
    return text;
}

QString RunAccumulator::messageText(const QString &id) const
{
    const auto found = m_messages.constFind(id);
    return found == m_messages.constEnd() ? QString() : textOf(*found);
}

QString RunAccumulator::assistantText() const
{
    QStringList parts;
    for (const QString &id : m_messageOrder) {
        const GrowingJson &message = *m_messages.constFind(id);
        if (message.member(QLatin1String("role")).string() != QLatin1String("assistant")) {
            continue;
        }
        const QString text = textOf(message);
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

bool RunAccumulator::upsert(Objects &map, QStringList &order, const QJsonObject &object)
{
    const QString id = object.value(kId).toString();
    const bool isNew = !map.contains(id);
    if (isNew) {
        order.append(id);
    }
    map.insert(id, GrowingJson(object));
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
    if (event.textDelta) {
        if (std::optional<AccumulatorUpdate> update = applyTextDelta(*event.textDelta)) {
            return *update;
        }
        return applyMessageDelta(event.object());
    }
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

unsigned RunAccumulator::applySnapshot(Objects &map, QStringList &order, const QJsonObject &data, bool final,
                                       const Snapshot &kind)
{
    unsigned changes = kind.changed;
    const QString id = data.value(kId).toString();
    auto held = map.find(id);
    if (held == map.end()) {
        upsert(map, order, data);
        return changes | kind.created | (final ? kind.finished : 0U);
    }
    if (final) {
        held->set(data);
        return changes | kind.finished;
    }
    *held = refreshKeeping(*held, data, kind.streamedKey);
    return changes;
}

bool RunAccumulator::isTextOnly(const GrowingJson &message, const QJsonObject &delta)
{
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        if (it.key() != kContent && !message.contains(it.key())) {
            return false;
        }
    }
    const GrowingJson &content = message.member(kContent);
    const QJsonArray parts = delta.value(kContent).toArray();
    for (const QJsonValue partValue : parts) {
        const QJsonObject part = partValue.toObject();
        const QJsonValue index = part.value(QLatin1String("index"));
        if (!index.isDouble() || index.toDouble() < 0 || index.toDouble() >= double(content.size())
            || index.toDouble() != double(index.toInt())) {
            return false;
        }
        const GrowingJson &held = content.at(index.toInt());
        if (held.member(QLatin1String("type")).string() != QLatin1String("text")
            || !held.member(QLatin1String("text")).member(QLatin1String("value")).isString()) {
            return false;
        }
        for (auto it = part.constBegin(); it != part.constEnd(); ++it) {
            const QString &key = it.key();
            const bool known = key == QLatin1String("index") || key == QLatin1String("text")
                || (key == QLatin1String("type") && it.value() == QLatin1String("text"));
            if (!known) {
                return false;
            }
        }
        const QJsonObject text = part.value(QLatin1String("text")).toObject();
        if (text.size() != 1 || !text.value(QLatin1String("value")).isString()) {
            return false;
        }
    }
    return true;
}

std::optional<AccumulatorUpdate> RunAccumulator::applyTextDelta(const TextDelta &delta)
{
    const auto held = m_messages.find(delta.messageId);
    if (held == m_messages.end()) {
        return std::nullopt;
    }
    // Every piece must land in a text part whose value is a string: then the general merge would
    // do exactly this, append.
    GrowingJson &content = held->memberRef(kContent);
    QVarLengthArray<GrowingJson *, 2> values;
    for (const TextDelta::Piece &piece : delta.pieces) {
        GrowingJson *part = content.itemRef(piece.index);
        GrowingJson *text = part == nullptr ? nullptr : part->memberPointer(QLatin1String("text"));
        GrowingJson *value = text == nullptr ? nullptr : text->memberPointer(QLatin1String("value"));
        if (value == nullptr || !value->isString()
            || part->member(QLatin1String("type")).string() != QLatin1String("text")) {
            return std::nullopt;
        }
        values.append(value);
    }
    AccumulatorUpdate update;
    update.messageId = delta.messageId;
    update.changes = AccumulatorUpdate::MessageChanged | AccumulatorUpdate::TextOnly;
    for (qsizetype i = 0; i < delta.pieces.size(); ++i) {
        const TextDelta::Piece &piece = delta.pieces.at(i);
        values.at(i)->appendString(piece.text);
        if (!piece.text.isEmpty()) {
            update.text.append(TextFragment { delta.messageId, piece.index, piece.text });
        }
    }
    return update;
}

AccumulatorUpdate RunAccumulator::applyMessageDelta(const QJsonObject &data)
{
    AccumulatorUpdate update;
    const QString id = data.value(kId).toString();
    update.messageId = id;
    update.changes = AccumulatorUpdate::MessageChanged;
    auto held = m_messages.find(id);
    if (held == m_messages.end()) {
        // A delta before its snapshot: start from an empty message rather than lose the text.
        held
            = m_messages.insert(id,
                                GrowingJson(QJsonObject { { kId, id },
                                                          { QLatin1String("object"), QStringLiteral("thread.message") },
                                                          { kContent, QJsonArray() } }));
        m_messageOrder.append(id);
        update.changes |= AccumulatorUpdate::MessageCreated;
    }
    GrowingJson &message = *held;
    const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
    if (isTextOnly(message, delta)) {
        update.changes |= AccumulatorUpdate::TextOnly;
    }
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        GrowingJson &member = message.memberRef(it.key());
        if (it.key() != kContent && member.isUndefined()) {
            member.set(it.value()); // role and the like: set once, never appended
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
    QString error;
    if (!message.memberRef(kContent).merge(content, &error)) {
        update.changes |= AccumulatorUpdate::MergeFailed;
        update.mergeError = error;
    }
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
        m_steps.insert(
            id,
            GrowingJson(QJsonObject { { kId, id }, { QLatin1String("object"), QStringLiteral("thread.run.step") } }));
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
    QString error;
    if (!m_steps[id].memberRef(kStepDetails).merge(details, &error)) {
        update.changes |= AccumulatorUpdate::MergeFailed;
        update.mergeError = error;
    }
    return update;
}

} // namespace rl
