#include "streamflag.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rl {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Skips a JSON string starting at body[i] == '"'; returns the index after its closing quote.
qsizetype skipString(const QByteArray &body, qsizetype i)
{
    for (++i; i < body.size(); ++i) {
        if (body.at(i) == '\\') {
            ++i;
        } else if (body.at(i) == '"') {
            return i + 1;
        }
    }
    return body.size();
}

QByteArray reserialised(const QJsonObject &object, bool stream)
{
    QJsonObject copy = object;
    copy.insert(QStringLiteral("stream"), stream);
    return QJsonDocument(copy).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray withStreamFlag(const QByteArray &body, bool stream)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return {};
    }
    const QByteArray value = stream ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    int depth = 0;
    qsizetype lastClose = -1;
    bool expectKey = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '"') {
            const qsizetype end = skipString(body, i);
            if (depth == 1 && expectKey && body.mid(i, end - i) == "\"stream\"") {
                qsizetype v = end;
                while (v < body.size() && (isSpace(body.at(v)) || body.at(v) == ':')) {
                    ++v;
                }
                for (const char *token : { "true", "false", "null" }) {
                    if (body.mid(v).startsWith(token)) {
                        QByteArray out = body;
                        out.replace(v, qsizetype(qstrlen(token)), value);
                        return out;
                    }
                }
                return reserialised(doc.object(), stream);
            }
            expectKey = false;
            i = end - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                lastClose = i;
            }
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    if (lastClose < 0) {
        return reserialised(doc.object(), stream);
    }
    const bool empty = doc.object().isEmpty();
    QByteArray out = body;
    out.insert(lastClose, (empty ? QByteArray() : QByteArrayLiteral(",")) + "\"stream\":" + value);
    return out;
}

} // namespace rl
