#include "textdelta.h"

#include <simdjson.h>
#include <string_view>

namespace rl {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The message id of consecutive deltas is the same: one QString for all of them.
const QString &sharedId(std::string_view id)
{
    thread_local QByteArray lastBytes;
    thread_local QString last;
    if (QByteArrayView(id.data(), static_cast<qsizetype>(id.size())) != lastBytes) {
        lastBytes = QByteArray(id.data(), static_cast<qsizetype>(id.size()));
        last = toQString(id);
    }
    return last;
}

// {"index": N, "type": "text", "text": {"value": "..."}}
bool readPiece(simdjson::dom::element element, TextDelta::Piece *piece)
{
    simdjson::dom::object part;
    if (element.get_object().get(part) != simdjson::SUCCESS || part.size() != 3) {
        return false;
    }
    bool haveIndex = false;
    bool haveType = false;
    bool haveText = false;
    for (const simdjson::dom::key_value_pair field : part) {
        if (field.key == "index" && !haveIndex) {
            int64_t index = -1;
            if (field.value.get_int64().get(index) != simdjson::SUCCESS || index < 0 || index > 1'000'000) {
                return false;
            }
            piece->index = static_cast<int>(index);
            haveIndex = true;
        } else if (field.key == "type" && !haveType) {
            std::string_view type;
            if (field.value.get_string().get(type) != simdjson::SUCCESS || type != "text") {
                return false;
            }
            haveType = true;
        } else if (field.key == "text" && !haveText) {
            simdjson::dom::object text;
            std::string_view value;
            if (field.value.get_object().get(text) != simdjson::SUCCESS || text.size() != 1
                || text["value"].get_string().get(value) != simdjson::SUCCESS) {
                return false;
            }
            piece->text = toQString(value);
            haveText = true;
        } else {
            return false;
        }
    }
    return haveIndex && haveType && haveText;
}

} // namespace

std::optional<TextDelta> readTextDelta(QByteArrayView json)
{
    if (json.size() > MaxFastTextDeltaBytes) {
        return std::nullopt;
    }
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object root;
    if (parser.parse(json.data(), static_cast<size_t>(json.size())).get(root) != simdjson::SUCCESS
        || root.size() != 3) {
        return std::nullopt;
    }
    TextDelta out;
    bool haveObject = false;
    bool haveDelta = false;
    for (const simdjson::dom::key_value_pair field : root) {
        if (field.key == "id" && out.messageId.isEmpty()) {
            std::string_view id;
            if (field.value.get_string().get(id) != simdjson::SUCCESS || id.empty()) {
                return std::nullopt;
            }
            out.messageId = sharedId(id);
        } else if (field.key == "object" && !haveObject) {
            std::string_view object;
            if (field.value.get_string().get(object) != simdjson::SUCCESS || object != "thread.message.delta") {
                return std::nullopt;
            }
            haveObject = true;
        } else if (field.key == "delta" && !haveDelta) {
            simdjson::dom::object delta;
            simdjson::dom::array content;
            if (field.value.get_object().get(delta) != simdjson::SUCCESS || delta.size() != 1
                || delta["content"].get_array().get(content) != simdjson::SUCCESS || content.size() == 0) {
                return std::nullopt;
            }
            out.pieces.reserve(static_cast<qsizetype>(content.size()));
            for (const simdjson::dom::element element : content) {
                TextDelta::Piece piece;
                if (!readPiece(element, &piece)) {
                    return std::nullopt;
                }
                out.pieces.append(std::move(piece));
            }
            haveDelta = true;
        } else {
            return std::nullopt;
        }
    }
    if (out.messageId.isEmpty() || !haveObject || !haveDelta) {
        return std::nullopt;
    }
    return out;
}

} // namespace rl
