#pragma once

#include "createthreadandrunrequest.h"

namespace rl {

// The body of POST /v1/threads/{thread_id}/runs ("create run"): a run on a thread that exists,
// with the run settings of create-thread-and-run and a few keys of its own.
class CreateRunRequest : public RunSettings
{
public:
    struct ParseResult;

    Field<QString> reasoningEffort; // nullable: none | minimal | low | medium | high | xhigh | max
    Field<QString> additionalInstructions; // nullable: added to the assistant's
    Field<QList<Message>> additionalMessages; // nullable: added to the thread before the run

    // As CreateThreadAndRunRequest::fromJson, toJsonBytes and validate.
    [[nodiscard]] static ParseResult fromJson(const QJsonValue &body);
    [[nodiscard]] QByteArray toJsonBytes(JsonFormat format = JsonFormat::Compact) const;
    [[nodiscard]] Problems validate() const;
};

struct CreateRunRequest::ParseResult
{
    CreateRunRequest request;
    Problems problems;
};

// The body of POST /assistants (model required) and POST /assistants/{id} (every key optional).
struct AssistantRequest
{
    Field<QString> model;
    Field<QString> name; // nullable, at most 256 characters
    Field<QString> description; // nullable, at most 512 characters
    Field<QString> instructions; // nullable, at most 256,000 characters
    Field<QString> reasoningEffort; // nullable
    Field<QList<Tool>> tools; // at most 128
    Field<ThreadToolResources> toolResources; // nullable
    Field<Metadata> metadata; // nullable
    Field<double> temperature; // nullable, 0..2
    Field<double> topP; // nullable, 0..1
    Field<ResponseFormat> responseFormat; // nullable
    QJsonObject extras;
};

// An assistant body read from JSON (an assistant object works too: its other keys are kept in
// extras) and written in the spec's order, every key optional as in POST /assistants/{id}.
[[nodiscard]] AssistantRequest readAssistantRequest(const QJsonValue &body);
[[nodiscard]] QByteArray writeAssistantRequest(const AssistantRequest &body);

// The body of POST /threads/{id}: what a thread lets change.
struct ThreadChanges
{
    Field<ToolResources> toolResources; // nullable
    Field<Metadata> metadata; // nullable
    QJsonObject extras;
};

// The body of POST /threads/{id}/runs/{id} and /threads/{id}/messages/{id}: only metadata.
struct MetadataChanges
{
    Field<Metadata> metadata; // nullable
    QJsonObject extras;
};

// The bodies the built-in server checks with the model's rules. Thread and Message are the
// objects of thread.messages[] and thread (the bodies of POST /threads and
// POST /threads/{id}/messages).
enum class RequestBody {
    CreateThreadAndRun,
    CreateRun,
    CreateThread,
    CreateMessage,
    CreateAssistant,
    ModifyAssistant,
    ModifyThread,
    ModifyMetadata,
};

// Reading and validation of a body of that kind: errors first, then warnings.
[[nodiscard]] Problems checkRequestBody(RequestBody kind, const QJsonValue &body);

} // namespace rl
