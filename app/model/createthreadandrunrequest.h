#pragma once

#include "field.h"
#include "problem.h"
#include "requestparts.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace rl {

enum class JsonFormat { Indented, Compact };

// The body of POST /v1/threads/runs ("create thread and run"), every field the spec defines.
// A plain value type: copy it, edit it, validate it, serialise it.
// The settings of a run that both run bodies have (create thread and run, create run).
struct RunSettings
{
    Field<QString> assistantId; // required
    Field<QString> model; // nullable
    Field<QString> instructions; // nullable
    Field<QList<Tool>> tools; // nullable, at most 20
    Field<Metadata> metadata; // nullable
    Field<double> temperature; // nullable, 0..2
    Field<double> topP; // nullable, 0..1
    Field<bool> stream; // nullable
    Field<qint64> maxPromptTokens; // nullable, >= 256
    Field<qint64> maxCompletionTokens; // nullable, >= 256
    Field<TruncationStrategy> truncationStrategy; // nullable
    Field<ToolChoice> toolChoice; // nullable
    Field<bool> parallelToolCalls;
    Field<ResponseFormat> responseFormat; // nullable
    QJsonObject extras; // unknown top-level keys and unreadable values, kept verbatim
};

class CreateThreadAndRunRequest : public RunSettings
{
public:
    struct ParseResult;

    Field<Thread> thread;
    Field<ToolResources> toolResources; // nullable

    // Reads any JSON value. Unknown keys, wrong types and malformed structures are reported
    // (as errors, with their JSON path) and kept in `extras` / `raw`, never dropped.
    // Semantic rules (ranges, required fields, limits) are left to validate().
    [[nodiscard]] static ParseResult fromJson(const QJsonValue &body);

    // The body exactly as RunLens sends it: only the keys that are set, in the spec's order.
    [[nodiscard]] QByteArray toJsonBytes(JsonFormat format = JsonFormat::Compact) const;
    // The same as a QJsonObject (whose keys Qt keeps sorted; use toJsonBytes to send).
    [[nodiscard]] QJsonObject toJson() const;

    // Every rule of the API for this body (digest section 2.13), errors and warnings,
    // each with its JSON path ("thread.messages[0].content[1].image_url.url"); errors first.
    [[nodiscard]] Problems validate() const;

    // Two requests are equal when they would send the same body.
    friend bool operator==(const CreateThreadAndRunRequest &a, const CreateThreadAndRunRequest &b)
    {
        return a.toJsonBytes() == b.toJsonBytes();
    }
    friend bool operator!=(const CreateThreadAndRunRequest &a, const CreateThreadAndRunRequest &b) { return !(a == b); }
};

struct CreateThreadAndRunRequest::ParseResult
{
    CreateThreadAndRunRequest request;
    Problems problems; // from reading only (see validate() for the rest)
};

// For the local server and the CLI: parse + validate, errors first, then warnings.
[[nodiscard]] Problems checkCreateThreadAndRunBody(const QJsonValue &body);

// The API's limits, for the form's spin boxes and the validator.
namespace limits {
inline constexpr int maxTools = 20;
inline constexpr int maxAssistantTools = 128;
inline constexpr int maxAssistantNameLength = 256;
inline constexpr int maxAssistantDescriptionLength = 512;
inline constexpr int maxInstructionsLength = 256000;
inline constexpr int maxCodeInterpreterFiles = 20;
inline constexpr int maxVectorStoreIds = 1;
inline constexpr int maxVectorStores = 1;
inline constexpr int maxMetadataPairs = 16;
inline constexpr int maxMetadataKeyLength = 64;
inline constexpr int maxMetadataValueLength = 512;
inline constexpr int maxFunctionNameLength = 64;
inline constexpr double minTemperature = 0.0;
inline constexpr double maxTemperature = 2.0;
inline constexpr double minTopP = 0.0;
inline constexpr double maxTopP = 1.0;
inline constexpr qint64 minTokenLimit = 256;
inline constexpr qint64 minLastMessages = 1;
inline constexpr qint64 minMaxNumResults = 1;
inline constexpr qint64 maxMaxNumResults = 50;
inline constexpr qint64 minChunkSizeTokens = 100;
inline constexpr qint64 maxChunkSizeTokens = 4096;
} // namespace limits

} // namespace rl
