#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {
QString idOf(const QJsonObject &o)
{
    return o.value(u"id"_s).toString();
}
} // namespace

Store::Store(int maxThreads, QObject *parent)
    : QObject(parent)
    , m_maxThreads(qMax(1, maxThreads))
{ }

QString Store::newId(const QString &prefix)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = prefix;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 24; ++i) {
        id += QLatin1Char(alphabet[rng->bounded(62)]);
    }
    return id;
}

qint64 Store::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

void Store::putOrdered(QStringList &order, QHash<QString, QJsonObject> &items, const QJsonObject &object)
{
    const QString id = idOf(object);
    if (!items.contains(id)) {
        order.append(id);
    }
    items.insert(id, object);
}

QList<QJsonObject> Store::ordered(const QStringList &order, const QHash<QString, QJsonObject> &items)
{
    QList<QJsonObject> out;
    out.reserve(order.size());
    for (const QString &id : order) {
        out.append(items.value(id));
    }
    return out;
}

void Store::putAssistant(const QJsonObject &assistant, const QJsonObject &given)
{
    putOrdered(m_assistantOrder, m_assistants, assistant);
    QJsonObject &known = m_assistantGiven[idOf(assistant)];
    for (auto it = given.begin(); it != given.end(); ++it) {
        known.insert(it.key(), it.value());
    }
    Q_EMIT objectChanged(Kind::Assistant, QString(), idOf(assistant));
}

QJsonObject Store::assistantGiven(const QString &id) const
{
    return m_assistantGiven.value(id);
}

bool Store::hasAssistant(const QString &id) const
{
    return m_assistants.contains(id);
}

QJsonObject Store::assistant(const QString &id) const
{
    return m_assistants.value(id);
}

bool Store::removeAssistant(const QString &id)
{
    m_assistantOrder.removeAll(id);
    m_assistantGiven.remove(id);
    const bool removed = static_cast<int>(m_assistants.remove(id)) > 0;
    if (removed) {
        Q_EMIT objectRemoved(Kind::Assistant, id);
    }
    return removed;
}

QList<QJsonObject> Store::assistants() const
{
    return ordered(m_assistantOrder, m_assistants);
}

void Store::addThread(const QJsonObject &thread)
{
    const QString id = idOf(thread);
    Thread t;
    t.object = thread;
    m_threads.insert(id, t);
    m_threadOrder.append(id);
    Q_EMIT objectChanged(Kind::Thread, id, id);
    while (m_threadOrder.size() > m_maxThreads) {
        removeThread(m_threadOrder.first());
    }
}

void Store::updateThread(const QJsonObject &thread)
{
    auto it = m_threads.find(idOf(thread));
    if (it != m_threads.end()) {
        it->object = thread;
        Q_EMIT objectChanged(Kind::Thread, it.key(), it.key());
    }
}

bool Store::hasThread(const QString &id) const
{
    return m_threads.contains(id);
}

QJsonObject Store::thread(const QString &id) const
{
    return m_threads.value(id).object;
}

bool Store::removeThread(const QString &id)
{
    auto it = m_threads.find(id);
    if (it == m_threads.end()) {
        return false;
    }
    const QStringList runIds = it->runOrder;
    m_threads.erase(it);
    m_threadOrder.removeAll(id);
    Q_EMIT objectRemoved(Kind::Thread, id);
    if (!runIds.isEmpty()) {
        Q_EMIT runsRemoved(runIds);
    }
    return true;
}

int Store::threadCount() const
{
    return int(m_threads.size());
}

void Store::putMessage(const QJsonObject &message)
{
    auto it = m_threads.find(message.value(u"thread_id"_s).toString());
    if (it == m_threads.end()) {
        return;
    }
    const QString id = idOf(message);
    if (!it->sequence.contains(id)) {
        it->sequence.insert(id, it->nextSequence++);
    }
    if (message.value(u"status"_s).toString() != u"in_progress"_s) {
        it->live.remove(id); // the final content is in the object
    }
    putOrdered(it->messageOrder, it->messages, message);
    Q_EMIT objectChanged(Kind::Message, it.key(), id);
}

void Store::appendMessagePart(const QString &threadId, const QString &messageId, int index, const QString &type,
                              QStringView fragment)
{
    auto it = m_threads.find(threadId);
    if (it == m_threads.end() || !it->messages.contains(messageId) || index < 0 || index > 64) {
        return;
    }
    QList<LivePart> &parts = it->live[messageId];
    while (parts.size() <= index) {
        parts.append({ type, QString() });
    }
    parts[index].type = type;
    parts[index].text += fragment;
    Q_EMIT objectChanged(Kind::Message, threadId, messageId);
}

QJsonObject Store::withLiveContent(const Thread &thread, const QJsonObject &message)
{
    const auto live = thread.live.constFind(idOf(message));
    if (live == thread.live.constEnd()) {
        return message;
    }
    QJsonArray content;
    for (const LivePart &part : *live) {
        if (part.type == u"refusal"_s) {
            content.append(QJsonObject { { u"type"_s, u"refusal"_s }, { u"refusal"_s, part.text } });
        } else {
            content.append(QJsonObject {
                { u"type"_s, u"text"_s },
                { u"text"_s, QJsonObject { { u"value"_s, part.text }, { u"annotations"_s, QJsonArray() } } } });
        }
    }
    QJsonObject out = message;
    out.insert(u"content"_s, content);
    return out;
}

QJsonObject Store::message(const QString &threadId, const QString &id) const
{
    const auto it = m_threads.constFind(threadId);
    if (it == m_threads.constEnd() || !it->messages.contains(id)) {
        return {};
    }
    return withLiveContent(*it, it->messages.value(id));
}

QList<QJsonObject> Store::messages(const QString &threadId) const
{
    const auto it = m_threads.constFind(threadId);
    if (it == m_threads.constEnd()) {
        return {};
    }
    QList<QJsonObject> out = ordered(it->messageOrder, it->messages);
    if (!it->live.isEmpty()) {
        for (QJsonObject &m : out) {
            m = withLiveContent(*it, m);
        }
    }
    return out;
}

QList<QJsonObject> Store::transcript(const QString &threadId) const
{
    const auto it = m_threads.constFind(threadId);
    if (it == m_threads.constEnd()) {
        return {};
    }
    QList<QPair<qint64, QJsonObject>> entries;
    for (auto m = it->messages.cbegin(); m != it->messages.cend(); ++m) {
        entries.append({ it->sequence.value(m.key()), withLiveContent(*it, m.value()) });
    }
    for (auto s = it->steps.cbegin(); s != it->steps.cend(); ++s) {
        const QJsonObject details = s.value().value(u"step_details"_s).toObject();
        const QJsonArray calls = details.value(u"tool_calls"_s).toArray();
        const bool answered = !calls.isEmpty() && std::all_of(calls.begin(), calls.end(), [](const QJsonValue &c) {
            const QJsonObject call = c.toObject();
            return call.value(u"type"_s).toString() == u"function"_s
                && call.value(u"function"_s).toObject().value(u"output"_s).isString();
        });
        if (answered) {
            entries.append({ it->sequence.value(s.key()), s.value() });
        }
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QJsonObject> out;
    out.reserve(entries.size());
    for (const auto &e : std::as_const(entries)) {
        out.append(e.second);
    }
    return out;
}

void Store::putRun(const QJsonObject &run)
{
    auto it = m_threads.find(run.value(u"thread_id"_s).toString());
    if (it != m_threads.end()) {
        putOrdered(it->runOrder, it->runs, run);
        Q_EMIT objectChanged(Kind::Run, it.key(), idOf(run));
    }
}

QJsonObject Store::run(const QString &threadId, const QString &id) const
{
    return m_threads.value(threadId).runs.value(id);
}

QList<QJsonObject> Store::runs(const QString &threadId) const
{
    const auto it = m_threads.constFind(threadId);
    return it == m_threads.constEnd() ? QList<QJsonObject>() : ordered(it->runOrder, it->runs);
}

void Store::putRunRequest(const QString &threadId, const QString &runId, const QJsonObject &request)
{
    auto it = m_threads.find(threadId);
    if (it != m_threads.end()) {
        it->runRequests.insert(runId, request);
        Q_EMIT objectChanged(Kind::Run, threadId, runId);
    }
}

QJsonObject Store::runRequest(const QString &threadId, const QString &runId) const
{
    return m_threads.value(threadId).runRequests.value(runId);
}

void Store::putStep(const QJsonObject &step)
{
    auto it = m_threads.find(step.value(u"thread_id"_s).toString());
    if (it == m_threads.end()) {
        return;
    }
    const QString id = idOf(step);
    if (!it->sequence.contains(id)) {
        it->sequence.insert(id, it->nextSequence++);
    }
    QStringList &order = it->stepOrder[step.value(u"run_id"_s).toString()];
    if (!it->steps.contains(id)) {
        order.append(id);
    }
    it->steps.insert(id, step);
    Q_EMIT objectChanged(Kind::Step, it.key(), id);
}

QJsonObject Store::step(const QString &threadId, const QString &runId, const QString &id) const
{
    const auto it = m_threads.constFind(threadId);
    if (it == m_threads.constEnd() || !it->stepOrder.value(runId).contains(id)) {
        return {};
    }
    return it->steps.value(id);
}

QJsonObject Store::stepById(const QString &threadId, const QString &id) const
{
    return m_threads.value(threadId).steps.value(id);
}

qint64 Store::sequence(const QString &threadId, const QString &id) const
{
    return m_threads.value(threadId).sequence.value(id, -1);
}

QList<QJsonObject> Store::steps(const QString &threadId, const QString &runId) const
{
    const auto it = m_threads.constFind(threadId);
    return it == m_threads.constEnd() ? QList<QJsonObject>() : ordered(it->stepOrder.value(runId), it->steps);
}

} // namespace rl::server
