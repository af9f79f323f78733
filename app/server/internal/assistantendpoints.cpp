#include "assistantendpoints.h"

#include "bodycheck.h"
#include "catalog.h"
#include "objects.h"
#include "pagination.h"
#include "store.h"
#include "upstream.h"

namespace rl::server {

using namespace Qt::StringLiterals;

AssistantEndpoints::AssistantEndpoints(ServerContext context)
    : m_ctx(context)
    , m_startedAt(Store::now())
{ }

void AssistantEndpoints::install(ApiRouter &router)
{
    router.add(
        u"GET"_s, u"models"_s,
        [this](ServerExchange &ex, const QStringList &, const QJsonValue &) {
            if (!m_ctx.upstream->isEnabled()) {
                return HttpResponder::sendJson(ex, 200, Catalog::models(m_startedAt));
            }
            // The models of the Chat Completions server, answered when it has answered (the
            // exchange is copied into the callback: it outlives this handler).
            UpstreamClient *upstream = m_ctx.upstream;
            upstream->listModels(
                upstream, [exchange = ex, upstream](const QJsonArray &models, const UpstreamError *error) {
                    if (error != nullptr) {
                        ServerError e = ServerError::serverError(upstream->describe(*error));
                        e.status = 502;
                        return HttpResponder::sendError(exchange, e);
                    }
                    HttpResponder::sendJson(exchange, 200,
                                            QJsonObject { { u"object"_s, u"list"_s }, { u"data"_s, models } });
                });
        },
        false);
    router.add(u"GET"_s, u"assistants"_s, [this](ServerExchange &ex, const QStringList &, const QJsonValue &) {
        std::optional<ServerError> error;
        const QJsonObject page = Pagination::page(m_ctx.store->assistants(), ex.query, &error);
        if (error) {
            return HttpResponder::sendError(ex, *error);
        }
        HttpResponder::sendJson(ex, 200, page);
    });
    router.add(u"POST"_s, u"assistants"_s, [this](ServerExchange &ex, const QStringList &, const QJsonValue &body) {
        if (auto e = BodyCheck::createAssistant(body)) {
            return HttpResponder::sendError(ex, *e);
        }
        const QJsonObject assistant = Objects::assistant(Store::now(), body.toObject());
        m_ctx.store->putAssistant(assistant, body.toObject());
        HttpResponder::sendJson(ex, 200, assistant);
    });
    router.add(u"GET"_s, u"assistants/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
        if (!m_ctx.store->hasAssistant(p.at(0))) {
            return HttpResponder::sendError(ex, ServerError::notFound(u"assistant"_s, p.at(0)));
        }
        HttpResponder::sendJson(ex, 200, m_ctx.store->assistant(p.at(0)));
    });
    router.add(u"POST"_s, u"assistants/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) {
        if (!m_ctx.store->hasAssistant(p.at(0))) {
            return HttpResponder::sendError(ex, ServerError::notFound(u"assistant"_s, p.at(0)));
        }
        if (auto e = BodyCheck::modifyAssistant(body)) {
            return HttpResponder::sendError(ex, *e);
        }
        QJsonObject assistant = m_ctx.store->assistant(p.at(0));
        const QJsonObject o = body.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            assistant.insert(it.key(), it.value());
        }
        m_ctx.store->putAssistant(assistant, o);
        HttpResponder::sendJson(ex, 200, assistant);
    });
    router.add(u"DELETE"_s, u"assistants/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
        if (!m_ctx.store->removeAssistant(p.at(0))) {
            return HttpResponder::sendError(ex, ServerError::notFound(u"assistant"_s, p.at(0)));
        }
        HttpResponder::sendJson(
            ex, 200,
            QJsonObject { { u"id"_s, p.at(0) }, { u"object"_s, u"assistant.deleted"_s }, { u"deleted"_s, true } });
    });
}

} // namespace rl::server
