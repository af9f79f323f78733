#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace rl {

// Reads JSON text holding one value of any kind (object, array, string, number, ...).
struct JsonTextResult
{
    bool ok = false;
    QJsonValue value;
    QString error; // a plain-words reason, with line and column when the text is not valid JSON
    int line = 0; // 1-based, 0 when not applicable
    int column = 0; // 1-based, 0 when not applicable
};

[[nodiscard]] JsonTextResult readJsonText(const QByteArray &input);

// Valid JSON text laid out with one value a line and 4 spaces of indent, every key, string and
// number kept exactly as written and in its order (QJsonDocument would sort the keys). Text that
// is not valid JSON comes back as garbage in, garbage out: check it first.
[[nodiscard]] QByteArray indentJsonText(const QByteArray &json);

} // namespace rl
