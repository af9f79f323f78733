#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>

#include <optional>

class QJsonParseError;

namespace rl {

// JSON read as QJsonDocument::fromJson reads it, faster for large documents (a final message of
// a few MB, a message list): simdjson parses the bytes and its DOM becomes Qt's values, at about
// ten times Qt's speed (bench/README.md). Documents below FastJsonBytes, and any that simdjson
// rejects, are read by Qt, so errors and their offsets are always Qt's.
constexpr qsizetype FastJsonBytes = qsizetype(64) * 1024;
[[nodiscard]] QJsonDocument readJson(const QByteArray &json, QJsonParseError *error = nullptr);

// simdjson's reading alone, whatever the size: nullopt for what it rejects, and for a document
// whose root is neither an object nor an array.
[[nodiscard]] std::optional<QJsonDocument> readJsonWithSimdjson(QByteArrayView json);

} // namespace rl
