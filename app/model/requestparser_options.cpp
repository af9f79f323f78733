// Reading the run options of a create-thread-and-run body: tools, truncation_strategy,
// tool_choice, parallel_tool_calls and response_format.
#include "createthreadandrunrequest.h"
#include "jsonreader.h"
#include "requestparser_p.h"

#include <QCoreApplication>

namespace rl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::RequestParser)
};

void parseRanking(const QJsonObject &o, const QString &path, Problems &problems, RankingOptions &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("ranker"), out.ranker);
    r.number(QStringLiteral("score_threshold"), out.scoreThreshold);
    r.finish();
}

void parseFileSearchOptions(const QJsonObject &o, const QString &path, Problems &problems, FileSearchOptions &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.integer(QStringLiteral("max_num_results"), out.maxNumResults);
    r.object(QStringLiteral("ranking_options"), out.rankingOptions, parseRanking);
    r.finish();
}

void parseFunction(const QJsonObject &o, const QString &path, Problems &problems, FunctionDefinition &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("description"), out.description);
    r.string(QStringLiteral("name"), out.name);
    r.anyValue(QStringLiteral("parameters"), out.parameters);
    r.boolean(QStringLiteral("strict"), out.strict);
    r.finish();
}

Tool parseTool(const QJsonValue &item, const QString &path, Problems &problems)
{
    Tool tool;
    const QJsonObject o = item.toObject();
    const QString type = typeOf(o);
    if (type == QLatin1String("code_interpreter")) {
        tool.kind = Tool::Kind::CodeInterpreter;
    } else if (type == QLatin1String("file_search")) {
        tool.kind = Tool::Kind::FileSearch;
    } else if (type == QLatin1String("function")) {
        tool.kind = Tool::Kind::Function;
    } else {
        reportBadType(item, path, problems, Text::tr("A tool"),
                      QStringLiteral("code_interpreter, file_search, function"));
        tool.kind = Tool::Kind::Unknown;
        tool.raw = item;
        return tool;
    }
    ObjectReader r(o, path, problems, tool.extras);
    r.skip(QStringLiteral("type"));
    if (tool.kind == Tool::Kind::FileSearch) {
        r.object(QStringLiteral("file_search"), tool.fileSearch, parseFileSearchOptions);
    } else if (tool.kind == Tool::Kind::Function) {
        r.object(QStringLiteral("function"), tool.function, parseFunction);
    }
    r.finish();
    return tool;
}

void parseTruncation(const QJsonObject &o, const QString &path, Problems &problems, TruncationStrategy &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("type"), out.type);
    r.integer(QStringLiteral("last_messages"), out.lastMessages);
    r.finish();
}

void parseNamedFunction(const QJsonObject &o, const QString &path, Problems &problems, NamedFunction &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("name"), out.name);
    r.finish();
}

void parseToolChoice(ObjectReader &top, Field<ToolChoice> &field)
{
    const QString key = QStringLiteral("tool_choice");
    QJsonValue v;
    if (!top.take(key, &v)) {
        return;
    }
    const QString path = top.pathOf(key);
    ToolChoice choice;
    if (v.isNull()) {
        field.setNull();
        return;
    }
    if (v.isString()) {
        const QString mode = v.toString();
        if (mode == QLatin1String("none")) {
            choice.kind = ToolChoice::Kind::None;
        } else if (mode == QLatin1String("auto")) {
            choice.kind = ToolChoice::Kind::Auto;
        } else if (mode == QLatin1String("required")) {
            choice.kind = ToolChoice::Kind::Required;
        } else {
            addError(top.problems(), path,
                     Text::tr("\"%1\" is not a tool choice the API knows. Use none, auto, required, or an object "
                              "naming a tool.")
                         .arg(mode));
            choice.kind = ToolChoice::Kind::Unknown;
            choice.raw = v;
        }
    } else if (v.isObject()) {
        choice.kind = ToolChoice::Kind::Named;
        const QJsonObject o = v.toObject();
        ObjectReader r(o, path, top.problems(), choice.extras);
        r.string(QStringLiteral("type"), choice.type);
        r.object(QStringLiteral("function"), choice.function, parseNamedFunction);
        r.finish();
    } else {
        addError(top.problems(), path,
                 ObjectReader::expectedMessage(Text::tr("none, auto, required or an object naming a tool"), v));
        choice.kind = ToolChoice::Kind::Unknown;
        choice.raw = v;
    }
    field.set(choice);
}

void parseJsonSchema(const QJsonObject &o, const QString &path, Problems &problems, JsonSchemaFormat &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("description"), out.description);
    r.string(QStringLiteral("name"), out.name);
    r.anyValue(QStringLiteral("schema"), out.schema);
    r.boolean(QStringLiteral("strict"), out.strict);
    r.finish();
}

void parseResponseFormat(ObjectReader &top, Field<ResponseFormat> &field)
{
    const QString key = QStringLiteral("response_format");
    QJsonValue v;
    if (!top.take(key, &v)) {
        return;
    }
    const QString path = top.pathOf(key);
    if (v.isNull()) {
        field.setNull();
        return;
    }
    ResponseFormat format;
    const QString type = typeOf(v.toObject());
    if (v.isString() && v.toString() == QLatin1String("auto")) {
        format.kind = ResponseFormat::Kind::Auto;
    } else if (v.isObject() && type == QLatin1String("text")) {
        format.kind = ResponseFormat::Kind::Text;
    } else if (v.isObject() && type == QLatin1String("json_object")) {
        format.kind = ResponseFormat::Kind::JsonObject;
    } else if (v.isObject() && type == QLatin1String("json_schema")) {
        format.kind = ResponseFormat::Kind::JsonSchema;
    } else {
        if (v.isObject()) {
            reportBadType(v, path, top.problems(), Text::tr("A response format"),
                          QStringLiteral("text, json_object, json_schema"));
        } else {
            addError(top.problems(), path,
                     Text::tr("The response format must be \"auto\" or an object such as {\"type\": \"text\"}."));
        }
        format.kind = ResponseFormat::Kind::Unknown;
        format.raw = v;
        field.set(format);
        return;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        ObjectReader r(o, path, top.problems(), format.extras);
        r.skip(QStringLiteral("type"));
        if (format.kind == ResponseFormat::Kind::JsonSchema) {
            r.object(QStringLiteral("json_schema"), format.jsonSchema, parseJsonSchema);
        }
        r.finish();
    }
    field.set(format);
}

} // namespace

void parseTools(ObjectReader &r, Field<QList<Tool>> &tools)
{
    r.array(QStringLiteral("tools"), tools, parseTool);
}

void parseRunOptions(ObjectReader &r, CreateThreadAndRunRequest &request)
{
    r.object(QStringLiteral("truncation_strategy"), request.truncationStrategy, parseTruncation);
    parseToolChoice(r, request.toolChoice);
    r.boolean(QStringLiteral("parallel_tool_calls"), request.parallelToolCalls);
    parseResponseFormat(r, request.responseFormat);
}

} // namespace rl
