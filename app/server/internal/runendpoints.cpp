#include "runendpoints.h"

#include "bodycheck.h"
#include "objects.h"
#include "pagination.h"
#include "runmanager.h"
#include "ssestream.h"
#include "store.h"
#include "threadendpoints.h"
#include "upstream.h"

#include <QJsonArray>

namespace rl::server {

using namespace Qt::StringLiterals;

RunEndpoints::RunEndpoints(ServerContext context)
    : m_ctx(context)
{ }

HeaderList RunEndpoints::pollHeaders(int delayMs)
{
    return { { "openai-poll-after-ms", QByteArray::number(qBound(20, delayMs * 10, 1000)) } };
}

SseStream *RunEndpoints::openStream(ServerExchange &ex) const
{
    auto *stream = new SseStream(ex, m_ctx.runs);
    QObject::connect(stream, &SseStream::closed, stream, &QObject::deleteLater);
    return stream;
}

std::optional<ServerError> RunEndpoints::unsupportedTool(const QJsonObject &request, const QJsonObject &assistant) const
{
    if (!m_ctx.upstream->isEnabled()) {
        return std::nullopt;
    }
    const bool own = request.value(u"tools"_s).isArray();
    const QJsonArray tools = own ? request.value(u"tools"_s).toArray() : assistant.value(u"tools"_s).toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString type = tools.at(i).toObject().value(u"type"_s).toString();
        if (type == u"code_interpreter"_s || type == u"file_search"_s) {
            const QString param = u"tools["_s + QString::number(i) + u"]"_s;
            return ServerError::invalidBody(
                param,
                own ? tr("The tool '%1' cannot run here: this server executes runs on a chat model, which can "
                         "call function tools only. Remove %2 from the run's tools.")
                          .arg(type, param)
                    : tr("The tool '%1' of assistant %2 cannot run here: this server executes runs on a chat "
                         "model, which can call function tools only. Override the tools for this run (for "
                         "example \"tools\": []) or remove the tool from the assistant.")
                          .arg(type, assistant.value(u"id"_s).toString()));
        }
    }
    return std::nullopt;
}

void RunEndpoints::startRun(ServerExchange &ex, const QJsonObject &run, const QJsonObject &runRequest, bool stream,
                            const QJsonObject &thread)
{
    m_ctx.store->putRun(run);
    const QString threadId = run.value(u"thread_id"_s).toString();
    const QString runId = run.value(u"id"_s).toString();
    m_ctx.store->putRunRequest(threadId, runId, runRequest);
    if (stream) {
        SseStream *sse = openStream(ex);
        if (!thread.isEmpty()) {
            sse->sendEvent(u"thread.created"_s, thread);
        }
        m_ctx.runs->start(threadId, runId, sse);
    } else {
        HttpResponder::sendJson(ex, 200, run);
        m_ctx.runs->start(threadId, runId, nullptr);
    }
}

void RunEndpoints::createThreadAndRun(ServerExchange &ex, const QJsonValue &body)
{
    if (auto e = BodyCheck::createThreadAndRun(body)) {
        return HttpResponder::sendError(ex, *e);
    }
    const QJsonObject request = body.toObject();
    const QString assistantId = request.value(u"assistant_id"_s).toString();
    if (!m_ctx.store->hasAssistant(assistantId)) {
        return HttpResponder::sendError(ex, ServerError::notFound(u"assistant"_s, assistantId));
    }
    if (auto e = unsupportedTool(request, m_ctx.store->assistant(assistantId))) {
        return HttpResponder::sendError(ex, *e);
    }
    QJsonObject threadRequest = request.value(u"thread"_s).toObject();
    const QJsonObject thread = ThreadEndpoints::createThread(m_ctx.store, threadRequest);
    QJsonObject runRequest = request;
    runRequest.remove(u"thread"_s);
    const QJsonObject run = Objects::run(thread.value(u"id"_s).toString(), runRequest,
                                         m_ctx.store->assistant(assistantId), Store::now(), m_ctx.expireSeconds);
    startRun(ex, run, runRequest, request.value(u"stream"_s).toBool(false), thread);
}

void RunEndpoints::createRun(ServerExchange &ex, const QString &threadId, const QJsonValue &body)
{
    if (!m_ctx.store->hasThread(threadId)) {
        return HttpResponder::sendError(ex, ServerError::notFound(u"thread"_s, threadId));
    }
    if (auto e = BodyCheck::createRun(body)) {
        return HttpResponder::sendError(ex, *e);
    }
    const QJsonObject request = body.toObject();
    const QString assistantId = request.value(u"assistant_id"_s).toString();
    if (!m_ctx.store->hasAssistant(assistantId)) {
        return HttpResponder::sendError(ex, ServerError::notFound(u"assistant"_s, assistantId));
    }
    if (auto e = unsupportedTool(request, m_ctx.store->assistant(assistantId))) {
        return HttpResponder::sendError(ex, *e);
    }
    for (const QJsonObject &r : m_ctx.store->runs(threadId)) {
        const QString status = r.value(u"status"_s).toString();
        if (status == u"queued"_s || status == u"in_progress"_s || status == u"requires_action"_s
            || status == u"cancelling"_s) {
            return HttpResponder::sendError(
                ex,
                ServerError::conflict(
                    tr("Thread %1 already has an active run %2.").arg(threadId, r.value(u"id"_s).toString())));
        }
    }
    const qint64 now = Store::now();
    for (const auto &m : request.value(u"additional_messages"_s).toArray()) {
        m_ctx.store->putMessage(Objects::userMessage(threadId, now, m.toObject()));
    }
    const QJsonObject run
        = Objects::run(threadId, request, m_ctx.store->assistant(assistantId), now, m_ctx.expireSeconds);
    startRun(ex, run, request, request.value(u"stream"_s).toBool(false));
}

bool RunEndpoints::findRun(ServerExchange &ex, const QStringList &p, QJsonObject *run) const
{
    if (!m_ctx.store->hasThread(p.at(0))) {
        HttpResponder::sendError(ex, ServerError::notFound(u"thread"_s, p.at(0)));
        return false;
    }
    *run = m_ctx.store->run(p.at(0), p.at(1));
    if (run->isEmpty()) {
        HttpResponder::sendError(ex, ServerError::notFound(u"run"_s, p.at(1)));
        return false;
    }
    return true;
}

void RunEndpoints::install(ApiRouter &router)
{
    router.add(u"POST"_s, u"threads/runs"_s, [this](ServerExchange &ex, const QStringList &, const QJsonValue &body) {
        createThreadAndRun(ex, body);
    });
    router.add(
        u"POST"_s, u"threads/{}/runs"_s,
        [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) { createRun(ex, p.at(0), body); });
    router.add(u"GET"_s, u"threads/{}/runs"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
        if (!m_ctx.store->hasThread(p.at(0))) {
            return HttpResponder::sendError(ex, ServerError::notFound(u"thread"_s, p.at(0)));
        }
        std::optional<ServerError> error;
        const QJsonObject page = Pagination::page(m_ctx.store->runs(p.at(0)), ex.query, &error);
        if (error) {
            return HttpResponder::sendError(ex, *error);
        }
        HttpResponder::sendJson(ex, 200, page);
    });
    router.add(u"GET"_s, u"threads/{}/runs/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
        QJsonObject run;
        if (findRun(ex, p, &run)) {
            HttpResponder::sendJson(ex, 200, run, pollHeaders(m_ctx.delayMs));
        }
    });
    router.add(u"POST"_s, u"threads/{}/runs/{}"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) {
                   QJsonObject run;
                   if (!findRun(ex, p, &run)) {
                       return;
                   }
                   if (auto e = BodyCheck::modifyMetadata(body)) {
                       return HttpResponder::sendError(ex, *e);
                   }
                   Objects::applyChanges(run, body.toObject());
                   m_ctx.store->putRun(run);
                   HttpResponder::sendJson(ex, 200, run);
               });
    router.add(u"POST"_s, u"threads/{}/runs/{}/cancel"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
                   QJsonObject run;
                   if (!findRun(ex, p, &run)) {
                       return;
                   }
                   RunEngine *sim = m_ctx.runs->find(p.at(1));
                   if (!sim) {
                       return HttpResponder::sendError(
                           ex,
                           ServerError::conflict(
                               tr("Cannot cancel run with status '%1'.").arg(run.value(u"status"_s).toString())));
                   }
                   if (auto e = sim->cancel()) {
                       return HttpResponder::sendError(ex, *e);
                   }
                   HttpResponder::sendJson(ex, 200, m_ctx.store->run(p.at(0), p.at(1)));
               });
    router.add(u"POST"_s, u"threads/{}/runs/{}/submit_tool_outputs"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) {
                   QJsonObject run;
                   if (!findRun(ex, p, &run)) {
                       return;
                   }
                   if (auto e = BodyCheck::submitToolOutputs(body)) {
                       return HttpResponder::sendError(ex, *e);
                   }
                   RunEngine *sim = m_ctx.runs->find(p.at(1));
                   if ((sim == nullptr) || run.value(u"status"_s).toString() != u"requires_action"_s) {
                       return HttpResponder::sendError(
                           ex,
                           ServerError::conflict(tr("Runs in status \"%1\" do not accept tool outputs.")
                                                     .arg(run.value(u"status"_s).toString())));
                   }
                   const bool stream = body.toObject().value(u"stream"_s).toBool(false);
                   const QJsonArray outputs = body.toObject().value(u"tool_outputs"_s).toArray();
                   if (auto e = sim->validateToolOutputs(outputs)) {
                       return HttpResponder::sendError(ex, *e);
                   }
                   sim->submitToolOutputs(outputs, stream ? openStream(ex) : nullptr);
                   if (!stream) {
                       HttpResponder::sendJson(ex, 200, m_ctx.store->run(p.at(0), p.at(1)));
                   }
               });
    router.add(u"GET"_s, u"threads/{}/runs/{}/steps"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
                   QJsonObject run;
                   if (!findRun(ex, p, &run)) {
                       return;
                   }
                   std::optional<ServerError> error;
                   const QJsonObject page = Pagination::page(m_ctx.store->steps(p.at(0), p.at(1)), ex.query, &error);
                   if (error) {
                       return HttpResponder::sendError(ex, *error);
                   }
                   HttpResponder::sendJson(ex, 200, page);
               });
    router.add(u"GET"_s, u"threads/{}/runs/{}/steps/{}"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
                   QJsonObject run;
                   if (!findRun(ex, p, &run)) {
                       return;
                   }
                   const QJsonObject step = m_ctx.store->step(p.at(0), p.at(1), p.at(2));
                   if (step.isEmpty()) {
                       return HttpResponder::sendError(ex, ServerError::notFound(u"run step"_s, p.at(2)));
                   }
                   HttpResponder::sendJson(ex, 200, step);
               });
}

} // namespace rl::server
