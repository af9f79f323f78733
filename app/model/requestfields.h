#pragma once

#include "createrunrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rl {

// One value of a request body, as the model's description of that body gives it.
struct RequestField
{
    enum class Kind { Text, Number, WholeNumber, Boolean, Texts, Metadata, Json, Content, Object, List };

    QString path; // "assistant_id", "thread.messages[].content", "tools[].function.name"
    Kind kind = Kind::Text;
    bool required = false; // must be given when its object is
    bool nullable = true; // may be null
};

// Every value a body of that kind can hold, in the description's order; the keys of every kind
// of a one-of object ("tools[]" as code_interpreter, file_search or function) are listed once.
// Derived from the same description as the reader, the writer and the validator.
[[nodiscard]] QList<RequestField> requestFields(RequestBody kind);

// The top-level keys of a body of that kind, in the spec's order.
[[nodiscard]] QStringList requestKeys(RequestBody kind);

} // namespace rl
