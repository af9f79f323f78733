#pragma once

#include "connection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace rl {

class ApiCall;
class ApiClient;

// The assistants of the current server, for the Assistants dialog: list, create, change,
// duplicate and delete, each answered by one signal (failed() says what went wrong in plain
// words). Works with any server that has the /assistants endpoints.
class AssistantManager : public QObject
{
    Q_OBJECT

public:
    explicit AssistantManager(QObject *parent = nullptr);
    ~AssistantManager() override;

    void setConnection(const Connection &connection);
    [[nodiscard]] bool hasConnection() const { return m_hasConnection; }
    [[nodiscard]] QJsonArray assistants() const { return m_assistants; }
    [[nodiscard]] QStringList models() const { return m_models; }

    void refresh(); // lists assistants and models
    void create(const QJsonObject &fields);
    void modify(const QString &assistantId, const QJsonObject &changes);
    // A new assistant with the same settings, named "<name> (copy)".
    void duplicate(const QJsonObject &assistant);
    void remove(const QString &assistantId);

    // The fields of an assistant that a create request takes (what duplicate() sends).
    [[nodiscard]] static QJsonObject creatableFields(const QJsonObject &assistant);

signals:
    void listed(const QJsonArray &assistants);
    void modelsListed(const QStringList &models);
    void saved(const QJsonObject &assistant); // created, changed or duplicated
    void removed(const QString &assistantId);
    void failed(const QString &message);
    void changed(); // the server's assistants changed (the composer's picker reloads)

private:
    ApiClient *client();
    // saved() + changed() when the call succeeds, else failed(failureText with the reason as %1).
    void watchSave(ApiClient *c, ApiCall *call, const QString &failureText);

    QNetworkAccessManager *m_nam;
    Connection m_connection;
    bool m_hasConnection = false;
    QPointer<ApiClient> m_client;
    QJsonArray m_assistants;
    QStringList m_models;
};

} // namespace rl
