#pragma once

// Internal to rl_model: the descriptions of the assistant bodies and of the changes to threads,
// runs and messages (the bodies only the built-in server takes), on top of requestschema_p.h.
#include "requestschema_p.h"

namespace rl::schema {

// ---- assistants and changes to threads, runs and messages ------------------------------------

template<typename V, typename T> void describeAssistant(V &v, T &o, const Rules &modelRules)
{
    v.field("model", o.model, modelRules);
    v.field("name", o.name,
            rules().longest(
                limits::maxAssistantNameLength,
                QT_TRANSLATE_NOOP("rl::RequestValidator", "The name can be at most 256 characters long (it has %1).")));
    v.field("description", o.description,
            rules().longest(limits::maxAssistantDescriptionLength,
                            QT_TRANSLATE_NOOP("rl::RequestValidator",
                                              "The description can be at most 512 characters long (it has %1).")));
    v.field("instructions", o.instructions,
            rules().longest(limits::maxInstructionsLength,
                            QT_TRANSLATE_NOOP("rl::RequestValidator",
                                              "The instructions can be at most 256,000 characters long (they have "
                                              "%1).")));
    v.field("reasoning_effort", o.reasoningEffort, reasoningEffortRules());
    describeTools(v, o, limits::maxAssistantTools);
    v.field("tool_resources", o.toolResources, rules());
    v.field("metadata", o.metadata, rules());
    describeSampling(v, o);
    v.field("response_format", o.responseFormat, rules());
}

// A new assistant needs a model; a change may leave it out.
struct NewAssistant : AssistantRequest
{
};
struct ChangedAssistant : AssistantRequest
{
};

template<typename V> void describe(V &v, Obj<V, NewAssistant> &o)
{
    describeAssistant(
        v, o,
        rules()
            .required(QT_TRANSLATE_NOOP("rl::RequestValidator", "An assistant needs a model (for example gpt-4o)."))
            .notEmpty(QT_TRANSLATE_NOOP("rl::RequestValidator", "The model must not be empty.")));
}

template<typename V> void describe(V &v, Obj<V, ChangedAssistant> &o)
{
    describeAssistant(v, o, rules().notNull());
}

// The plain struct is described as a change (for jsonKey()).
template<typename V> void describe(V &v, Obj<V, AssistantRequest> &o)
{
    describeAssistant(v, o, rules().notNull());
}

template<typename V> void describe(V &v, Obj<V, ThreadChanges> &o)
{
    v.field("tool_resources", o.toolResources, rules());
    v.field("metadata", o.metadata, rules());
}

template<typename V> void describe(V &v, Obj<V, MetadataChanges> &o)
{
    v.field("metadata", o.metadata, rules());
}

} // namespace rl::schema
