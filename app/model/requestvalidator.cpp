// Validation of a create-thread-and-run body: the top-level fields, tools and run options.
#include "requestvalidator_p.h"

#include <QSet>

#include <algorithm>

namespace rl {

namespace {

void errorsFirst(Problems &problems)
{
    std::stable_partition(problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

QString number(double d)
{
    return QString::number(d, 'g', 10);
}

// Every piece of text the model will read: instructions and message texts.
bool mentionsJson(const CreateThreadAndRunRequest &request)
{
    const auto has = [](const QString &text) { return text.contains(QLatin1String("json"), Qt::CaseInsensitive); };
    if (request.instructions.hasValue() && has(request.instructions.value())) {
        return true;
    }
    if (!request.thread.hasValue() || !request.thread.value().messages.hasValue()) {
        return false;
    }
    const QList<Message> &messages = request.thread.value().messages.value();
    return std::any_of(messages.cbegin(), messages.cend(), [&has](const Message &m) {
        if (!m.content.hasValue()) {
            return false;
        }
        const MessageContent &c = m.content.value();
        if (c.kind == MessageContent::Kind::Text) {
            return has(c.text);
        }
        return std::any_of(c.parts.cbegin(), c.parts.cend(), [&has](const ContentPart &p) {
            return p.kind == ContentPart::Kind::Text && p.text.hasValue() && has(p.text.value());
        });
    });
}

} // namespace

void RequestValidator::range(const Field<double> &field, double min, double max, const QString &path,
                             const QString &what)
{
    if (field.hasValue() && (field.value() < min || field.value() > max)) {
        error(
            path,
            tr("%1 must be between %2 and %3 (it is %4).").arg(what, number(min), number(max), number(field.value())));
    }
}

void RequestValidator::tokenLimit(const Field<qint64> &field, const QString &path, const QString &what)
{
    if (field.hasValue() && field.value() < limits::minTokenLimit) {
        error(path, tr("%1 must be at least 256 tokens (it is %2).").arg(what).arg(field.value()));
    }
}

void RequestValidator::request(const CreateThreadAndRunRequest &r)
{
    const QString body = bodyPath();
    if (required(r.assistantId, r.extras, body, QStringLiteral("assistant_id"),
                 tr("The assistant ID is required (it looks like asst_abc123)."))
        && r.assistantId.value().trimmed().isEmpty()) {
        error(QStringLiteral("assistant_id"), tr("The assistant ID must not be empty."));
    }
    if (notNull(r.thread, QStringLiteral("thread"))) {
        thread(r.thread.value(), QStringLiteral("thread"));
    }
    if (r.tools.hasValue()) {
        tools(r.tools.value(), QStringLiteral("tools"));
    }
    if (r.toolResources.hasValue()) {
        toolResources(r.toolResources.value(), QStringLiteral("tool_resources"));
    }
    metadata(r.metadata, QStringLiteral("metadata"));
    range(r.temperature, limits::minTemperature, limits::maxTemperature, QStringLiteral("temperature"),
          tr("Temperature"));
    range(r.topP, limits::minTopP, limits::maxTopP, QStringLiteral("top_p"), tr("Top P"));
    if (r.temperature.hasValue() && r.topP.hasValue() && r.temperature.value() != 1.0 && r.topP.value() != 1.0) {
        warning(QStringLiteral("top_p"),
                tr("Both temperature and top P are changed. It is usually best to change only "
                   "one of them."));
    }
    tokenLimit(r.maxPromptTokens, QStringLiteral("max_prompt_tokens"), tr("The prompt token limit"));
    tokenLimit(r.maxCompletionTokens, QStringLiteral("max_completion_tokens"), tr("The completion token limit"));
    if (r.truncationStrategy.hasValue()) {
        truncation(r.truncationStrategy.value(), QStringLiteral("truncation_strategy"));
    }
    if (r.toolChoice.hasValue()) {
        toolChoice(r.toolChoice.value(), r, QStringLiteral("tool_choice"));
    }
    notNull(r.parallelToolCalls, QStringLiteral("parallel_tool_calls"));
    if (r.responseFormat.hasValue()) {
        responseFormat(r.responseFormat.value(), r, QStringLiteral("response_format"));
    }
}

void RequestValidator::tools(const QList<Tool> &list, const QString &path)
{
    maxItems(list.size(), limits::maxTools, path);
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Tool &t = list.at(i);
        const QString toolPath = indexPath(path, i);
        tool(t, toolPath);
        if (t.kind != Tool::Kind::Function || !t.function.hasValue() || !t.function.value().name.hasValue()) {
            continue;
        }
        const QString name = t.function.value().name.value();
        if (names.contains(name)) {
            error(joinPath(joinPath(toolPath, QStringLiteral("function")), QStringLiteral("name")),
                  tr("Another tool already uses the function name \"%1\". Function names must be unique.").arg(name));
        }
        names.insert(name);
    }
}

void RequestValidator::tool(const Tool &t, const QString &path)
{
    if (t.kind == Tool::Kind::FileSearch) {
        const QString fsPath = joinPath(path, QStringLiteral("file_search"));
        if (!notNull(t.fileSearch, fsPath)) {
            return;
        }
        const FileSearchOptions &fs = t.fileSearch.value();
        const QString maxPath = joinPath(fsPath, QStringLiteral("max_num_results"));
        if (notNull(fs.maxNumResults, maxPath)
            && (fs.maxNumResults.value() < limits::minMaxNumResults
                || fs.maxNumResults.value() > limits::maxMaxNumResults)) {
            error(
                maxPath,
                tr("The number of search results must be between 1 and 50 (it is %1).").arg(fs.maxNumResults.value()));
        }
        const QString rankPath = joinPath(fsPath, QStringLiteral("ranking_options"));
        if (notNull(fs.rankingOptions, rankPath)) {
            const RankingOptions &ranking = fs.rankingOptions.value();
            oneOf(ranking.ranker, { QStringLiteral("auto"), QStringLiteral("default_2024_08_21") },
                  joinPath(rankPath, QStringLiteral("ranker")));
            if (required(ranking.scoreThreshold, ranking.extras, rankPath, QStringLiteral("score_threshold"),
                         tr("The ranking options need a score threshold between 0 and 1."))) {
                range(ranking.scoreThreshold, 0.0, 1.0, joinPath(rankPath, QStringLiteral("score_threshold")),
                      tr("The score threshold"));
            }
        }
    } else if (t.kind == Tool::Kind::Function) {
        if (!required(t.function, t.extras, path, QStringLiteral("function"),
                      tr("A function tool needs a function definition with at least a name."))) {
            return;
        }
        const FunctionDefinition &f = t.function.value();
        const QString fnPath = joinPath(path, QStringLiteral("function"));
        if (required(f.name, f.extras, fnPath, QStringLiteral("name"), tr("The function needs a name."))) {
            functionName(f.name.value(), joinPath(fnPath, QStringLiteral("name")));
        }
        notNull(f.description, joinPath(fnPath, QStringLiteral("description")));
        jsonObject(f.parameters, joinPath(fnPath, QStringLiteral("parameters")), tr("The function's parameters"));
    }
}

void RequestValidator::toolResources(const ToolResources &resources, const QString &path)
{
    codeInterpreter(resources.codeInterpreter, joinPath(path, QStringLiteral("code_interpreter")));
    const QString fsPath = joinPath(path, QStringLiteral("file_search"));
    if (notNull(resources.fileSearch, fsPath)) {
        const QString idsPath = joinPath(fsPath, QStringLiteral("vector_store_ids"));
        const FileSearchResources &fs = resources.fileSearch.value();
        if (notNull(fs.vectorStoreIds, idsPath)) {
            maxItems(fs.vectorStoreIds.value().size(), limits::maxVectorStoreIds, idsPath);
        }
    }
}

void RequestValidator::truncation(const TruncationStrategy &t, const QString &path)
{
    const QString typePath = joinPath(path, QStringLiteral("type"));
    if (required(t.type, t.extras, path, QStringLiteral("type"),
                 tr("The truncation strategy needs a type: auto or last_messages."))) {
        oneOf(t.type, { QStringLiteral("auto"), QStringLiteral("last_messages") }, typePath);
    }
    const QString lastPath = joinPath(path, QStringLiteral("last_messages"));
    if (t.lastMessages.hasValue() && t.lastMessages.value() < limits::minLastMessages) {
        error(lastPath,
              tr("The number of recent messages to keep must be at least 1 (it is %1).").arg(t.lastMessages.value()));
    }
    if (t.type.hasValue() && t.type.value() == QLatin1String("last_messages") && !t.lastMessages.hasValue()
        && !t.extras.contains(QStringLiteral("last_messages"))) {
        error(lastPath,
              tr("Say how many recent messages to keep (last_messages, 1 or more) when the type is "
                 "last_messages."));
    }
}

void RequestValidator::toolChoice(const ToolChoice &choice, const CreateThreadAndRunRequest &r, const QString &path)
{
    if (choice.kind != ToolChoice::Kind::Named) {
        return;
    }
    const QString typePath = joinPath(path, QStringLiteral("type"));
    if (required(choice.type, choice.extras, path, QStringLiteral("type"),
                 tr("The tool choice needs a type: function, code_interpreter or file_search."))) {
        oneOf(choice.type,
              { QStringLiteral("function"), QStringLiteral("code_interpreter"), QStringLiteral("file_search") },
              typePath);
    }
    const QString fnPath = joinPath(path, QStringLiteral("function"));
    const bool wantsFunction = choice.type.hasValue() && choice.type.value() == QLatin1String("function");
    if (!notNull(choice.function, fnPath)) {
        if (wantsFunction && !choice.extras.contains(QStringLiteral("function"))) {
            error(joinPath(fnPath, QStringLiteral("name")),
                  tr("Say which function to call: the tool choice needs function.name."));
        }
        return;
    }
    const NamedFunction &fn = choice.function.value();
    const QString namePath = joinPath(fnPath, QStringLiteral("name"));
    if (!required(fn.name, fn.extras, fnPath, QStringLiteral("name"),
                  tr("Say which function to call: the tool choice needs function.name."))) {
        return;
    }
    if (fn.name.value().isEmpty()) {
        error(namePath, tr("The function name must not be empty."));
        return;
    }
    if (!wantsFunction || !r.tools.hasValue()) {
        return; // without tools, the assistant's own tools apply
    }
    const QList<Tool> &list = r.tools.value();
    const bool found = std::any_of(list.cbegin(), list.cend(), [&fn](const Tool &t) {
        return t.kind == Tool::Kind::Function && t.function.hasValue() && t.function.value().name == fn.name;
    });
    if (!found) {
        warning(namePath, tr("No function named \"%1\" is in the tools of this request.").arg(fn.name.value()));
    }
}

void RequestValidator::responseFormat(const ResponseFormat &format, const CreateThreadAndRunRequest &r,
                                      const QString &path)
{
    if (format.kind == ResponseFormat::Kind::JsonObject && !mentionsJson(r)) {
        warning(path,
                tr("JSON mode needs the word \"JSON\" in the instructions or in a message that asks for JSON. "
                   "Without it the model may produce endless whitespace."));
    }
    if (format.kind != ResponseFormat::Kind::JsonSchema) {
        return;
    }
    if (!required(format.jsonSchema, format.extras, path, QStringLiteral("json_schema"),
                  tr("The json_schema format needs a \"json_schema\" object with at least a name."))) {
        return;
    }
    const JsonSchemaFormat &s = format.jsonSchema.value();
    const QString schemaPath = joinPath(path, QStringLiteral("json_schema"));
    if (required(s.name, s.extras, schemaPath, QStringLiteral("name"), tr("The JSON schema needs a name."))) {
        functionName(s.name.value(), joinPath(schemaPath, QStringLiteral("name")));
    }
    notNull(s.description, joinPath(schemaPath, QStringLiteral("description")));
    jsonObject(s.schema, joinPath(schemaPath, QStringLiteral("schema")), tr("The schema"));
}

Problems CreateThreadAndRunRequest::validate() const
{
    RequestValidator v;
    v.request(*this);
    errorsFirst(v.problems);
    return v.problems;
}

Problems checkCreateThreadAndRunBody(const QJsonValue &body)
{
    const CreateThreadAndRunRequest::ParseResult parsed = CreateThreadAndRunRequest::fromJson(body);
    Problems all = parsed.problems;
    if (body.isObject()) {
        all += parsed.request.validate();
    }
    errorsFirst(all);
    return all;
}

} // namespace rl
