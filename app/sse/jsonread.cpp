#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>
#include <simdjson.h>
#include <string_view>

namespace rl {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QJsonValue toQt(simdjson::dom::element element);

QJsonObject objectToQt(simdjson::dom::object object)
{
    QJsonObject out;
    for (const simdjson::dom::key_value_pair field : object) {
        out.insert(toQString(field.key), toQt(field.value)); // a repeated key: the last one, as Qt
    }
    return out;
}

QJsonArray arrayToQt(simdjson::dom::array array)
{
    QJsonArray out;
    for (const simdjson::dom::element value : array) {
        out.append(toQt(value));
    }
    return out;
}

QJsonValue toQt(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::OBJECT:
        return objectToQt(simdjson::dom::object(element));
    case simdjson::dom::element_type::ARRAY:
        return arrayToQt(simdjson::dom::array(element));
    case simdjson::dom::element_type::STRING:
        return toQString(std::string_view(element));
    case simdjson::dom::element_type::INT64:
        return static_cast<qint64>(int64_t(element));
    case simdjson::dom::element_type::UINT64: // above qint64: a double, as Qt reads it
        return static_cast<double>(uint64_t(element));
    case simdjson::dom::element_type::DOUBLE:
        return double(element);
    case simdjson::dom::element_type::BOOL:
        return bool(element);
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue::Null;
    }
    return {};
}

} // namespace

std::optional<QJsonDocument> readJsonWithSimdjson(QByteArrayView json)
{
    // A parser of its own: simdjson keeps buffers sized for the largest document it has read
    // (about 12 bytes for each byte), which a long-lived one would hold on to.
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json.data(), static_cast<size_t>(json.size())).get(root) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    if (root.type() == simdjson::dom::element_type::OBJECT) {
        return QJsonDocument(objectToQt(simdjson::dom::object(root)));
    }
    if (root.type() == simdjson::dom::element_type::ARRAY) {
        return QJsonDocument(arrayToQt(simdjson::dom::array(root)));
    }
    return std::nullopt;
}

QJsonDocument readJson(const QByteArray &json, QJsonParseError *error)
{
    if (json.size() >= FastJsonBytes) {
        if (std::optional<QJsonDocument> document = readJsonWithSimdjson(json)) {
            if (error != nullptr) {
                error->error = QJsonParseError::NoError;
                error->offset = 0;
            }
            return *std::move(document);
        }
    }
    return QJsonDocument::fromJson(json, error);
}

} // namespace rl
