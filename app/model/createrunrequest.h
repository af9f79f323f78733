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

// The bodies the built-in server checks with the model's rules. Thread and Message are the
// objects of thread.messages[] and thread (the bodies of POST /threads and
// POST /threads/{id}/messages).
enum class RequestBody { CreateThreadAndRun, CreateRun, CreateThread, CreateMessage };

// Reading and validation of a body of that kind: errors first, then warnings.
[[nodiscard]] Problems checkRequestBody(RequestBody kind, const QJsonValue &body);

} // namespace rl
