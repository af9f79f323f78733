#include "threadendpoints.h"

#include "bodycheck.h"
#include "objects.h"
#include "pagination.h"
#include "store.h"

#include <QJsonArray>

namespace rl::server {

using namespace Qt::StringLiterals;

ThreadEndpoints::ThreadEndpoints(ServerContext context)
    : m_ctx(context)
{ }

QJsonObject ThreadEndpoints::createThread(Store *store, const QJsonObject &request)
{
    const qint64 now = Store::now();
    QJsonObject thread = Objects::thread(now, request);
    store->addThread(thread);
    const QString id = thread.value(u"id"_s).toString();
    for (const auto &m : request.value(u"messages"_s).toArray()) {
        store->putMessage(Objects::userMessage(id, now, m.toObject()));
    }
    return thread;
}

bool ThreadEndpoints::requireThread(ServerExchange &exchange, const QString &threadId) const
{
    if (m_ctx.store->hasThread(threadId)) {
        return true;
    }
    HttpResponder::sendError(exchange, ServerError::notFound(u"thread"_s, threadId));
    return false;
}

void ThreadEndpoints::install(ApiRouter &router)
{
    router.add(u"POST"_s, u"threads"_s, [this](ServerExchange &ex, const QStringList &, const QJsonValue &body) {
        if (auto e = BodyCheck::createThread(body)) {
            return HttpResponder::sendError(ex, *e);
        }
        HttpResponder::sendJson(ex, 200, createThread(m_ctx.store, body.toObject()));
    });
    router.add(u"GET"_s, u"threads/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
        if (requireThread(ex, p.at(0))) {
            HttpResponder::sendJson(ex, 200, m_ctx.store->thread(p.at(0)));
        }
    });
    router.add(u"POST"_s, u"threads/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) {
        if (!requireThread(ex, p.at(0))) {
            return;
        }
        if (auto e = BodyCheck::modifyThread(body)) {
            return HttpResponder::sendError(ex, *e);
        }
        QJsonObject thread = m_ctx.store->thread(p.at(0));
        Objects::applyChanges(thread, body.toObject());
        m_ctx.store->updateThread(thread);
        HttpResponder::sendJson(ex, 200, thread);
    });
    router.add(u"DELETE"_s, u"threads/{}"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
        if (!requireThread(ex, p.at(0))) {
            return;
        }
        m_ctx.store->removeThread(p.at(0));
        HttpResponder::sendJson(
            ex, 200,
            QJsonObject { { u"id"_s, p.at(0) }, { u"object"_s, u"thread.deleted"_s }, { u"deleted"_s, true } });
    });
    router.add(
        u"GET"_s, u"threads/{}/messages"_s, [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
            if (!requireThread(ex, p.at(0))) {
                return;
            }
            QList<QJsonObject> items = m_ctx.store->messages(p.at(0));
            const QString runId = ex.query.queryItemValue(u"run_id"_s);
            if (!runId.isEmpty()) {
                items.removeIf([&runId](const QJsonObject &m) { return m.value(u"run_id"_s).toString() != runId; });
            }
            std::optional<ServerError> error;
            const QJsonObject page = Pagination::page(items, ex.query, &error);
            if (error) {
                return HttpResponder::sendError(ex, *error);
            }
            HttpResponder::sendJson(ex, 200, page);
        });
    router.add(u"POST"_s, u"threads/{}/messages"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) {
                   if (!requireThread(ex, p.at(0))) {
                       return;
                   }
                   if (auto e = BodyCheck::createMessage(body)) {
                       return HttpResponder::sendError(ex, *e);
                   }
                   const QJsonObject message = Objects::userMessage(p.at(0), Store::now(), body.toObject());
                   m_ctx.store->putMessage(message);
                   HttpResponder::sendJson(ex, 200, message);
               });
    router.add(u"GET"_s, u"threads/{}/messages/{}"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &) {
                   if (!requireThread(ex, p.at(0))) {
                       return;
                   }
                   const QJsonObject message = m_ctx.store->message(p.at(0), p.at(1));
                   if (message.isEmpty()) {
                       return HttpResponder::sendError(ex, ServerError::notFound(u"message"_s, p.at(1)));
                   }
                   HttpResponder::sendJson(ex, 200, message);
               });
    router.add(u"POST"_s, u"threads/{}/messages/{}"_s,
               [this](ServerExchange &ex, const QStringList &p, const QJsonValue &body) {
                   if (!requireThread(ex, p.at(0))) {
                       return;
                   }
                   QJsonObject message = m_ctx.store->message(p.at(0), p.at(1));
                   if (message.isEmpty()) {
                       return HttpResponder::sendError(ex, ServerError::notFound(u"message"_s, p.at(1)));
                   }
                   if (auto e = BodyCheck::modifyMetadata(body)) {
                       return HttpResponder::sendError(ex, *e);
                   }
                   Objects::applyChanges(message, body.toObject());
                   m_ctx.store->putMessage(message);
                   HttpResponder::sendJson(ex, 200, message);
               });
}

} // namespace rl::server
