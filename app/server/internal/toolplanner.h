#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace rl::server {

// Decides, deterministically, which tools a run calls for the last user message, and makes up
// the calls' inputs: function arguments from the parameter schema, code from the message.
class ToolPlanner
{
public:
    struct FunctionCall
    {
        QString name;
        QString arguments; // JSON text
    };

    // Function calls: tool_choice "required" or a named function forces them; otherwise the
    // functions whose names the message mentions (all of them with parallel_tool_calls, else the first).
    static QList<FunctionCall> functionCalls(const QJsonArray &tools, const QJsonValue &toolChoice, bool parallel,
                                             const QString &text);
    static bool wantsCodeInterpreter(const QJsonArray &tools, const QJsonValue &toolChoice, const QString &text);
    static bool wantsFileSearch(const QJsonArray &tools, const QJsonValue &toolChoice, const QString &text);

    // Every required property with a value of its type (enums take their first value; a
    // city-like string takes a place name from the message).
    static QJsonObject argumentsFor(const QJsonObject &parameters, const QString &text);
    // Python code for the message and what running it prints.
    static QString codeFor(const QString &text, QString *logs);
    // A capitalised word after "in"/"for"/"at", else the last capitalised word, else "Paris".
    static QString placeIn(const QString &text);
};

} // namespace rl::server
