#include "toolplanner.h"

#include "arithmetic.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

bool hasToolType(const QJsonArray &tools, const QString &type)
{
    return std::any_of(tools.begin(), tools.end(),
                       [&type](const QJsonValue &t) { return t.toObject().value(u"type"_s).toString() == type; });
}

QString choiceType(const QJsonValue &toolChoice)
{
    return toolChoice.isObject() ? toolChoice.toObject().value(u"type"_s).toString() : QString();
}

bool mentions(const QString &text, const QString &name)
{
    const QString lower = text.toLower();
    const QString n = name.toLower();
    if (lower.contains(n)) {
        return true;
    }
    QString spaced = n;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (lower.contains(spaced)) {
        return true;
    }
    // get_weather -> "weather": the name without a leading verb.
    static const QRegularExpression verb(u"^(get|fetch|find|lookup|look_up|list|search|query)_"_s);
    QString noun = n;
    noun.remove(verb);
    noun.replace(QLatin1Char('_'), QLatin1Char(' '));
    return noun != n && noun.size() > 3 && lower.contains(noun);
}

QJsonValue valueFor(const QString &property, const QJsonObject &schema, const QString &text)
{
    const QJsonArray enumValues = schema.value(u"enum"_s).toArray();
    if (!enumValues.isEmpty()) {
        return enumValues.first();
    }
    if (schema.contains(u"const"_s)) {
        return schema.value(u"const"_s);
    }
    QString type = schema.value(u"type"_s).toString();
    if (schema.value(u"type"_s).isArray()) {
        type = schema.value(u"type"_s).toArray().first().toString();
    }
    if (type == u"integer"_s || type == u"number"_s) {
        return 1;
    }
    if (type == u"boolean"_s) {
        return true;
    }
    if (type == u"array"_s) {
        return QJsonArray();
    }
    if (type == u"object"_s) {
        return ToolPlanner::argumentsFor(schema, text);
    }
    if (type == u"null"_s) {
        return { QJsonValue::Null };
    }
    static const QRegularExpression placeLike(u"city|town|place|location|country|region"_s);
    if (property.toLower().contains(placeLike)) {
        return ToolPlanner::placeIn(text);
    }
    return u"example"_s;
}

} // namespace

QList<ToolPlanner::FunctionCall> ToolPlanner::functionCalls(const QJsonArray &tools, const QJsonValue &toolChoice,
                                                            bool parallel, const QString &text)
{
    QList<QJsonObject> functions;
    for (const auto &t : tools) {
        const QJsonObject tool = t.toObject();
        if (tool.value(u"type"_s).toString() == u"function"_s) {
            functions.append(tool.value(u"function"_s).toObject());
        }
    }
    if (functions.isEmpty() || toolChoice.toString() == u"none"_s) {
        return {};
    }
    QList<QJsonObject> chosen;
    if (choiceType(toolChoice) == u"function"_s) {
        const QString name = toolChoice.toObject().value(u"function"_s).toObject().value(u"name"_s).toString();
        for (const auto &f : std::as_const(functions)) {
            if (f.value(u"name"_s).toString() == name) {
                chosen.append(f);
            }
        }
    } else if (choiceType(toolChoice).isEmpty()) {
        for (const auto &f : std::as_const(functions)) {
            if (mentions(text, f.value(u"name"_s).toString())) {
                chosen.append(f);
            }
        }
        if (chosen.isEmpty() && toolChoice.toString() == u"required"_s) {
            chosen.append(functions.first());
        }
    }
    if (!parallel && chosen.size() > 1) {
        chosen = chosen.mid(0, 1);
    }
    QList<FunctionCall> calls;
    for (const auto &f : std::as_const(chosen)) {
        const QJsonObject args = argumentsFor(f.value(u"parameters"_s).toObject(), text);
        calls.append(
            { f.value(u"name"_s).toString(), QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)) });
    }
    return calls;
}

bool ToolPlanner::wantsCodeInterpreter(const QJsonArray &tools, const QJsonValue &toolChoice, const QString &text)
{
    if (!hasToolType(tools, u"code_interpreter"_s) || toolChoice.toString() == u"none"_s) {
        return false;
    }
    if (choiceType(toolChoice) == u"code_interpreter"_s) {
        return true;
    }
    if (!choiceType(toolChoice).isEmpty()) {
        return false;
    }
    static const QRegularExpression ask(u"\\b(calculate|compute|evaluate|run code|run this code|python|code)\\b"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return ask.match(text).hasMatch();
}

bool ToolPlanner::wantsFileSearch(const QJsonArray &tools, const QJsonValue &toolChoice, const QString &text)
{
    if (!hasToolType(tools, u"file_search"_s) || toolChoice.toString() == u"none"_s) {
        return false;
    }
    if (choiceType(toolChoice) == u"file_search"_s) {
        return true;
    }
    if (!choiceType(toolChoice).isEmpty()) {
        return false;
    }
    static const QRegularExpression ask(u"\\b(search|files?|documents?)\\b"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return ask.match(text).hasMatch();
}

QJsonObject ToolPlanner::argumentsFor(const QJsonObject &parameters, const QString &text)
{
    QJsonObject args;
    const QJsonObject properties = parameters.value(u"properties"_s).toObject();
    for (const auto &r : parameters.value(u"required"_s).toArray()) {
        const QString name = r.toString();
        args.insert(name, valueFor(name, properties.value(name).toObject(), text));
    }
    return args;
}

QString ToolPlanner::codeFor(const QString &text, QString *logs)
{
    const QString expression = Arithmetic::findExpression(text);
    if (!expression.isEmpty()) {
        *logs = Arithmetic::printed(expression);
        return u"print("_s + expression + u")"_s;
    }
    *logs = u"hello from the RunLens sandbox\n"_s;
    return u"print(\"hello from the RunLens sandbox\")"_s;
}

QString ToolPlanner::placeIn(const QString &text)
{
    static const QRegularExpression after(u"\\b(?:in|for|at|of)\\s+([A-Z][\\w-]*)"_s);
    const auto m = after.match(text);
    if (m.hasMatch()) {
        return m.captured(1);
    }
    static const QRegularExpression capital(u"\\b([A-Z][a-z][\\w-]*)"_s);
    QString last;
    auto it = capital.globalMatch(text);
    bool first = true;
    while (it.hasNext()) {
        const auto c = it.next();
        if (!first || c.capturedStart(1) > 0) {
            last = c.captured(1);
        }
        first = false;
    }
    return last.isEmpty() ? u"Paris"_s : last;
}

} // namespace rl::server
