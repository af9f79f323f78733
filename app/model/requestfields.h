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

namespace detail {
// The key the description of T gives the field at `address` inside `probe` (empty if none).
// Every kind of a one-of object is tried; `probe` is left with its last kind.
template<typename T> [[nodiscard]] QString keyAt(T &probe, const void *address);
// The object whose description holds the fields declared in Object.
template<typename Object> struct Described
{
    using Type = Object;
};
template<> struct Described<RunSettings>
{
    using Type = CreateThreadAndRunRequest;
};
template<> struct Described<NamedSchema>
{
    using Type = JsonSchemaFormat;
};
} // namespace detail

// The JSON key of a field, from the description: jsonKey(&RunSettings::topP) == "top_p". Code
// outside the model names fields by member, so each key is spelled once, in the description.
template<typename Object, typename T> [[nodiscard]] QString jsonKey(Field<T> Object::*member)
{
    typename detail::Described<Object>::Type probe;
    return detail::keyAt(probe, &(probe.*member));
}

// The path of nested fields: jsonPath(&RunSettings::truncationStrategy,
// &TruncationStrategy::lastMessages) == "truncation_strategy.last_messages".
template<typename... Members> [[nodiscard]] QString jsonPath(Members... members)
{
    return QStringList { jsonKey(members)... }.join(QLatin1Char('.'));
}

} // namespace rl
