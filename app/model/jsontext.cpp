#include "jsontext.h"

#include "jsonsyntax.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace rl {

namespace {

// Line and column (both 1-based, columns counted in characters) of a byte offset.
void lineAndColumn(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const QByteArray before = text.left(offset);
    *line = static_cast<int>(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    *column = static_cast<int>(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
}

} // namespace

JsonTextResult readJsonText(const QByteArray &input)
{
    JsonTextResult result;
    // A byte-order mark (as some editors write) is not part of the JSON.
    const QByteArray text = input.startsWith("\xEF\xBB\xBF") ? input.sliced(3) : input;
    if (text.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("rl::JsonText", "The file is empty: it holds no JSON.");
        return result;
    }
    QString reason;
    qsizetype offset = 0;
    if (const std::optional<JsonSyntaxError> syntax = checkJsonSyntax(text)) {
        reason = syntax->message;
        offset = syntax->offset;
    } else {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError) {
            result.ok = true;
            result.value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            return result;
        }
        // QJsonDocument only takes objects and arrays; a lone string or number is still JSON.
        QJsonParseError wrappedError {};
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            result.ok = true;
            result.value = wrapped.array().first();
            return result;
        }
        reason = error.errorString(); // valid JSON Qt cannot hold (a number out of range)
        offset = error.offset;
    }
    lineAndColumn(text, offset, &result.line, &result.column);
    result.error = QCoreApplication::translate("rl::JsonText", "This is not valid JSON: %1 (line %2, column %3).")
                       .arg(reason)
                       .arg(result.line)
                       .arg(result.column);
    return result;
}

QByteArray indentJsonText(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    qsizetype depth = 0;
    const auto newline = [&out, &depth] {
        out += '\n';
        out += QByteArray(depth * 4, ' ');
    };
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < n && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\') {
                    ++i;
                }
            }
            out += json.mid(start, i - start + 1);
        } else if (c == '{' || c == '[') {
            qsizetype next = i + 1;
            while (next < n && isSpace(json.at(next))) {
                ++next;
            }
            if (next < n && (json.at(next) == '}' || json.at(next) == ']')) {
                out += c;
                out += json.at(next); // an empty object or list stays on its line
                i = next;
            } else {
                out += c;
                ++depth;
                newline();
            }
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else if (!isSpace(c)) {
            out += c;
        }
    }
    return out;
}

} // namespace rl
