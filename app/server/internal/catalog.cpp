#include "catalog.h"

#include <QJsonArray>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {
QJsonObject assistantObject(const QString &id, qint64 createdAt, const QString &name, const QString &description,
                            const QString &instructions, const QJsonArray &tools, const QJsonObject &toolResources)
{
    return QJsonObject { { u"id"_s, id },
                         { u"object"_s, u"assistant"_s },
                         { u"created_at"_s, createdAt },
                         { u"name"_s, name },
                         { u"description"_s, description },
                         { u"model"_s, u"gpt-4o"_s },
                         { u"instructions"_s, instructions },
                         { u"tools"_s, tools },
                         { u"tool_resources"_s, toolResources },
                         { u"metadata"_s, QJsonObject() },
                         { u"temperature"_s, 1.0 },
                         { u"top_p"_s, 1.0 },
                         { u"response_format"_s, u"auto"_s } };
}
} // namespace

QJsonObject Catalog::weatherFunction()
{
    const QJsonObject parameters {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject {
              { u"city"_s,
                QJsonObject { { u"type"_s, u"string"_s }, { u"description"_s, u"The city, for example Paris"_s } } },
              { u"unit"_s,
                QJsonObject { { u"type"_s, u"string"_s },
                              { u"enum"_s, QJsonArray { u"celsius"_s, u"fahrenheit"_s } } } } } },
        { u"required"_s, QJsonArray { u"city"_s, u"unit"_s } }
    };
    return QJsonObject { { u"type"_s, u"function"_s },
                         { u"function"_s,
                           QJsonObject { { u"name"_s, u"get_weather"_s },
                                         { u"description"_s, u"Get the current weather in a city"_s },
                                         { u"parameters"_s, parameters },
                                         { u"strict"_s, false } } } };
}

QJsonObject Catalog::givenFields(const QJsonObject &assistant)
{
    QJsonObject given;
    for (const QString &key : { u"name"_s, u"description"_s, u"instructions"_s, u"tools"_s }) {
        given.insert(key, assistant.value(key));
    }
    return given;
}

QList<QJsonObject> Catalog::shippedAssistants(qint64 createdAt, bool chatModel)
{
    const QJsonObject emptyResources;
    if (chatModel) {
        QJsonObject general = assistantObject(
            QString::fromLatin1(EchoId), createdAt, tr("Assistant"),
            tr("A general assistant, answered by the model the built-in server runs on."),
            tr("You are a helpful assistant. Answer clearly and concisely."), QJsonArray(), emptyResources);
        QJsonObject weather
            = assistantObject(QString::fromLatin1(WeatherId), createdAt, tr("Weather"),
                              tr("Calls get_weather(city, unit) when asked about the weather; you answer the call."),
                              tr("You are a weather assistant. Use get_weather to answer questions about the weather."),
                              QJsonArray { weatherFunction() }, emptyResources);
        return { general, weather };
    }
    return {
        assistantObject(QString::fromLatin1(EchoId), createdAt, tr("Echo"),
                        tr("Answers every message with a deterministic reply derived from it."),
                        tr("You are Echo. Reply to the user's last message."), QJsonArray(), emptyResources),
        assistantObject(QString::fromLatin1(WeatherId), createdAt, tr("Weather"),
                        tr("Calls get_weather(city, unit) when asked about the weather, then uses the result."),
                        tr("You are a weather assistant. Use get_weather to answer questions about the weather."),
                        QJsonArray { weatherFunction() }, emptyResources),
        assistantObject(QString::fromLatin1(AnalystId), createdAt, tr("Analyst"),
                        tr("Runs code_interpreter for calculations and file_search for questions about files."),
                        tr("You are an analyst. Calculate with code_interpreter and search files with file_search."),
                        QJsonArray { QJsonObject { { u"type"_s, u"code_interpreter"_s } },
                                     QJsonObject { { u"type"_s, u"file_search"_s } } },
                        QJsonObject { { u"code_interpreter"_s, QJsonObject { { u"file_ids"_s, QJsonArray() } } },
                                      { u"file_search"_s, QJsonObject { { u"vector_store_ids"_s, QJsonArray() } } } }),
    };
}

QJsonObject Catalog::models(qint64 createdAt)
{
    QJsonArray data;
    for (const char *id : { "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-5", "gpt-3.5-turbo" }) {
        data.append(QJsonObject { { u"id"_s, QString::fromLatin1(id) },
                                  { u"object"_s, u"model"_s },
                                  { u"created"_s, createdAt },
                                  { u"owned_by"_s, u"runlens"_s } });
    }
    return QJsonObject { { u"object"_s, u"list"_s }, { u"data"_s, data } };
}

} // namespace rl::server
