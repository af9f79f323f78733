#include "assistantmanager.h"

#include "apiclient.h"
#include "requestfields.h"

#include <QNetworkAccessManager>

namespace rl {

namespace {
QString describe(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Http && !error.message.isEmpty()) {
        return error.param.isEmpty() ? error.message
                                     : AssistantManager::tr("%1 (field %2)").arg(error.message, error.param);
    }
    return error.summary();
}
} // namespace

AssistantManager::AssistantManager(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

AssistantManager::~AssistantManager() = default;

void AssistantManager::setConnection(const Connection &connection)
{
    m_connection = connection;
    m_hasConnection = true;
    if (ApiClient *old = m_client.data()) {
        old->deleteLater(); // its calls in flight end without signals
    }
    m_client = nullptr;
}

ApiClient *AssistantManager::client()
{
    if (ApiClient *existing = m_client.data()) {
        return existing;
    }
    auto *made = new ApiClient(m_connection, m_nam, this);
    m_client = made;
    return made;
}

void AssistantManager::refresh()
{
    if (!m_hasConnection) {
        emit failed(tr("Not connected to a server yet."));
        return;
    }
    ApiClient *c = client();
    ListCall *list = c->listAssistants();
    connect(list, &ApiCall::finished, this, [this, c](const QJsonValue &value, const ResponseMeta &) {
        if (c == m_client) {
            m_assistants = value.toArray();
            emit listed(m_assistants);
        }
    });
    connect(list, &ApiCall::failed, this, [this, c](const ApiError &error) {
        if (c == m_client) {
            emit failed(tr("The assistants could not be listed: %1").arg(describe(error)));
        }
    });
    ListCall *models = c->listModels();
    connect(models, &ApiCall::finished, this, [this, c](const QJsonValue &value, const ResponseMeta &) {
        if (c != m_client) {
            return;
        }
        m_models = ListCall::idsOf(value.toArray());
        emit modelsListed(m_models);
    });
    // No /models on a server is common: the model stays free text, so no failure is reported.
}

void AssistantManager::create(const QJsonObject &fields)
{
    if (!m_hasConnection) {
        emit failed(tr("Not connected to a server yet."));
        return;
    }
    ApiClient *c = client();
    watchSave(c, c->createAssistant(fields), tr("The assistant could not be created: %1"));
}

void AssistantManager::modify(const QString &assistantId, const QJsonObject &changes)
{
    if (!m_hasConnection) {
        emit failed(tr("Not connected to a server yet."));
        return;
    }
    ApiClient *c = client();
    watchSave(c, c->modifyAssistant(assistantId, changes), tr("The changes could not be saved: %1"));
}

void AssistantManager::watchSave(ApiClient *c, ApiCall *call, const QString &failureText)
{
    connect(call, &ApiCall::finished, this, [this, c](const QJsonValue &value, const ResponseMeta &) {
        if (c == m_client) {
            emit saved(value.toObject());
            emit changed();
        }
    });
    connect(call, &ApiCall::failed, this, [this, c, failureText](const ApiError &error) {
        if (c == m_client) {
            emit failed(failureText.arg(describe(error)));
        }
    });
}

QJsonObject AssistantManager::creatableFields(const QJsonObject &assistant)
{
    // The keys a new assistant's body may have, from the request model's description.
    static const QStringList keys = requestKeys(RequestBody::CreateAssistant);
    QJsonObject fields;
    for (const QString &key : keys) {
        const QJsonValue v = assistant.value(key);
        if (!v.isUndefined() && !v.isNull()) {
            fields.insert(key, v);
        }
    }
    return fields;
}

void AssistantManager::duplicate(const QJsonObject &assistant)
{
    QJsonObject fields = creatableFields(assistant);
    const QString name = assistant.value(QLatin1String("name")).toString();
    fields.insert(QLatin1String("name"),
                  name.isEmpty() ? tr("Unnamed assistant (copy)") : tr("%1 (copy)").arg(name).left(256));
    create(fields);
}

void AssistantManager::remove(const QString &assistantId)
{
    if (!m_hasConnection) {
        emit failed(tr("Not connected to a server yet."));
        return;
    }
    ApiClient *c = client();
    ApiCall *call = c->deleteAssistant(assistantId);
    connect(call, &ApiCall::finished, this, [this, c, assistantId](const QJsonValue &, const ResponseMeta &) {
        if (c == m_client) {
            emit removed(assistantId);
            emit changed();
        }
    });
    connect(call, &ApiCall::failed, this, [this, c](const ApiError &error) {
        if (c == m_client) {
            emit failed(tr("The assistant could not be deleted: %1").arg(describe(error)));
        }
    });
}

} // namespace rl
