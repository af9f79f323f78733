#include "runsimulator.h"

#include "objects.h"
#include "replygenerator.h"
#include "ssestream.h"
#include "store.h"
#include "toolplanner.h"

#include <utility>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {
const QJsonValue Null = QJsonValue(QJsonValue::Null);
constexpr int SlowPauseMs = 1500;

QStringList splitEvery(const QString &text, int size)
{
    QStringList out;
    for (qsizetype i = 0; i < text.size(); i += size) {
        out.append(text.mid(i, size));
    }
    return out;
}

} // namespace

RunSimulator::RunSimulator(Store *store, QString threadId, QString runId, Settings settings, QObject *parent)
    : RunEngine(store, std::move(threadId), std::move(runId), settings, parent)
{
    m_scenario = RunPlan::of(run()).scenario;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunSimulator::pump);
}

int RunSimulator::pace(int delayMs) const
{
    return m_scenario == u"slow"_s ? qMax(SlowPauseMs, delayMs) : delayMs;
}

int RunSimulator::cancelDelayMs() const
{
    return pace(settings().delayMs);
}

void RunSimulator::enqueue(Action action, int delayMs)
{
    m_queue.append({ pace(delayMs), std::move(action) });
    if (!m_timer.isActive() && m_queue.size() == 1) {
        m_timer.start(m_queue.first().first);
    }
}

void RunSimulator::pump()
{
    if (m_queue.isEmpty()) {
        return;
    }
    const Action action = m_queue.takeFirst().second;
    action();
    if (!m_queue.isEmpty() && !m_timer.isActive()) {
        m_timer.start(m_queue.first().first);
    }
}

void RunSimulator::stopWork()
{
    m_queue.clear();
    m_timer.stop();
}

void RunSimulator::start()
{
    enqueue([this] { startInProgress(); }, settings().delayMs);
}

void RunSimulator::resume()
{
    enqueue([this] { startInProgress(); }, settings().delayMs);
}

void RunSimulator::startInProgress()
{
    setInProgress();
    plan();
}

int RunSimulator::countPromptTokens(QString *lastUserText) const
{
    const QJsonObject r = run();
    QList<int> counts;
    for (const QJsonObject &m : store()->messages(threadId())) {
        const QString text = Objects::messageText(m);
        counts.append(ReplyGenerator::countWords(text));
        if (m.value(u"role"_s).toString() == u"user"_s) {
            *lastUserText = text;
        }
    }
    const RunPlan plan = RunPlan::of(r);
    if (plan.truncationType == u"last_messages"_s) {
        const int keep = plan.lastMessages >= 0 ? plan.lastMessages : int(counts.size());
        counts = counts.mid(qMax(qsizetype(0), counts.size() - keep));
    }
    const int instructions = ReplyGenerator::countWords(plan.instructions);
    int total = instructions;
    for (int c : std::as_const(counts)) {
        total += c;
    }
    const int max = plan.maxPromptTokens;
    // "auto" drops the oldest messages until the prompt fits, keeping the last one.
    while (max > 0 && total > max && counts.size() > 1 && plan.truncationType == u"auto"_s) {
        total -= counts.takeFirst();
    }
    return total;
}

void RunSimulator::plan()
{
    if (m_scenario == u"fail"_s) {
        enqueue([this] { fail(u"server_error"_s, tr("The run failed because runlens_scenario is \"fail\".")); },
                settings().delayMs);
        return;
    }
    if (m_scenario == u"expire"_s) {
        enqueue([this] { expire(); }, settings().delayMs);
        return;
    }
    setUsage(countPromptTokens(&m_lastUserText), completionTokens());
    const RunPlan runPlan = RunPlan::of(run());
    if (runPlan.maxPromptTokens > 0 && promptTokens() > runPlan.maxPromptTokens) {
        enqueue([this] { endIncomplete(QLatin1String(incompleteReason::maxPromptTokens)); });
        return;
    }
    if (!m_afterTools) {
        m_afterTools = true;
        const QJsonArray &tools = runPlan.tools;
        const QJsonValue &choice = runPlan.toolChoice;
        if (!ToolPlanner::functionCalls(tools, choice, runPlan.parallelToolCalls, m_lastUserText).isEmpty()) {
            planFunctionStep(m_lastUserText);
            return;
        }
        if (ToolPlanner::wantsCodeInterpreter(tools, choice, m_lastUserText)) {
            planToolStep(u"code_interpreter"_s, m_lastUserText);
        }
        if (ToolPlanner::wantsFileSearch(tools, choice, m_lastUserText)) {
            planToolStep(u"file_search"_s, m_lastUserText);
        }
    }
    ReplyGenerator::Input input;
    input.userText = m_lastUserText;
    input.responseFormat = runPlan.responseFormat;
    input.toolOutputs = toolOutputs();
    input.codeLogs = m_codeLogs;
    input.searchedFiles = m_searched;
    planMessage(ReplyGenerator::reply(input));
}

void RunSimulator::planFunctionStep(const QString &text)
{
    const RunPlan plan = RunPlan::of(run());
    const auto calls = ToolPlanner::functionCalls(plan.tools, plan.toolChoice, plan.parallelToolCalls, text);
    QJsonArray toolCalls;
    int words = 0;
    for (const auto &c : calls) {
        toolCalls.append(QJsonObject {
            { u"id"_s, Store::newId(u"call_"_s) },
            { u"type"_s, u"function"_s },
            { u"function"_s,
              QJsonObject { { u"name"_s, c.name }, { u"arguments"_s, c.arguments }, { u"output"_s, Null } } } });
        words += ReplyGenerator::countWords(c.arguments);
    }
    setUsage(promptTokens(), completionTokens() + words);
    enqueue([this] {
        beginStep(u"tool_calls"_s, QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, QJsonArray() } });
    });
    for (qsizetype i = 0; i < toolCalls.size(); ++i) {
        const QJsonObject call = toolCalls.at(i).toObject();
        const QJsonObject fn = call.value(u"function"_s).toObject();
        QStringList parts { QString() };
        parts += splitEvery(fn.value(u"arguments"_s).toString(), 8);
        for (qsizetype p = 0; p < parts.size(); ++p) {
            QJsonObject deltaCall { { u"index"_s, int(i) }, { u"type"_s, u"function"_s } };
            if (p == 0) {
                deltaCall.insert(u"id"_s, call.value(u"id"_s));
                deltaCall.insert(u"function"_s,
                                 QJsonObject { { u"name"_s, fn.value(u"name"_s) },
                                               { u"arguments"_s, u""_s },
                                               { u"output"_s, Null } });
            } else {
                deltaCall.insert(u"function"_s, QJsonObject { { u"arguments"_s, parts.at(p) } });
            }
            enqueue(
                [this, deltaCall] {
                    emitStepDelta(
                        QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, QJsonArray { deltaCall } } });
                },
                settings().delayMs);
        }
    }
    enqueue([this, toolCalls] { requireAction(toolCalls); });
}

void RunSimulator::planToolStep(const QString &kind, const QString &text)
{
    const QString callId = Store::newId(u"call_"_s);
    QJsonObject finalCall { { u"id"_s, callId }, { u"type"_s, kind } };
    QList<QJsonObject> deltas;
    if (kind == u"code_interpreter"_s) {
        QString logs;
        const QString code = ToolPlanner::codeFor(text, &logs);
        m_codeLogs = logs;
        finalCall.insert(
            kind,
            QJsonObject {
                { u"input"_s, code },
                { u"outputs"_s, QJsonArray { QJsonObject { { u"type"_s, u"logs"_s }, { u"logs"_s, logs } } } } });
        deltas.append(QJsonObject { { u"index"_s, 0 },
                                    { u"id"_s, callId },
                                    { u"type"_s, kind },
                                    { kind, QJsonObject { { u"input"_s, u""_s }, { u"outputs"_s, QJsonArray() } } } });
        for (const QString &piece : ReplyGenerator::pieces(code)) {
            deltas.append(QJsonObject {
                { u"index"_s, 0 }, { u"type"_s, kind }, { kind, QJsonObject { { u"input"_s, piece } } } });
        }
        deltas.append(QJsonObject {
            { u"index"_s, 0 },
            { u"type"_s, kind },
            { kind,
              QJsonObject { { u"outputs"_s,
                              QJsonArray { QJsonObject {
                                  { u"index"_s, 0 }, { u"type"_s, u"logs"_s }, { u"logs"_s, logs } } } } } } });
        setUsage(promptTokens(), completionTokens() + ReplyGenerator::countWords(code));
    } else {
        m_searched = true;
        finalCall.insert(
            kind,
            QJsonObject { { u"ranking_options"_s,
                            QJsonObject { { u"ranker"_s, u"default_2024_08_21"_s }, { u"score_threshold"_s, 0.0 } } },
                          { u"results"_s, QJsonArray() } });
        deltas.append(
            QJsonObject { { u"index"_s, 0 }, { u"id"_s, callId }, { u"type"_s, kind }, { kind, QJsonObject() } });
    }
    enqueue([this] {
        beginStep(u"tool_calls"_s, QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, QJsonArray() } });
    });
    for (const QJsonObject &d : std::as_const(deltas)) {
        enqueue(
            [this, d] {
                emitStepDelta(QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, QJsonArray { d } } });
            },
            settings().delayMs);
    }
    const int prompt = promptTokens();
    enqueue([this, finalCall, prompt] {
        updateStep([&](QJsonObject &s) {
            s.insert(u"step_details"_s,
                     QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, QJsonArray { finalCall } } });
        });
        completeStep(usage(prompt, 0));
    });
}

} // namespace rl::server
