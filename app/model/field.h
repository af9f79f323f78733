#pragma once

#include <QtGlobal>

#include <utility>

namespace rl {

// An optional request field with three states:
//  - Unset: the key is left out of the body, so the assistant's (or the API's) default applies;
//  - Null:  the key is sent as JSON null (the validator reports this where the spec forbids null);
//  - Value: the key is sent with a value.
template<typename T> class Field
{
public:
    enum class State { Unset, Null, Value };

    Field() = default;
    // Implicit on purpose: `request.temperature = 0.7;` reads naturally.
    Field(T value) // NOLINT(google-explicit-constructor)
        : m_state(State::Value)
        , m_value(std::move(value))
    { }

    [[nodiscard]] static Field null()
    {
        Field f;
        f.m_state = State::Null;
        return f;
    }

    [[nodiscard]] State state() const { return m_state; }
    // Present in the body, as a value or as null.
    [[nodiscard]] bool isSet() const { return m_state != State::Unset; }
    [[nodiscard]] bool isUnset() const { return m_state == State::Unset; }
    [[nodiscard]] bool isNull() const { return m_state == State::Null; }
    [[nodiscard]] bool hasValue() const { return m_state == State::Value; }

    // Only meaningful when hasValue(); otherwise returns a default-constructed T.
    [[nodiscard]] const T &value() const { return m_value; }
    [[nodiscard]] T valueOr(T fallback) const { return hasValue() ? m_value : std::move(fallback); }

    // Makes the field hold a value (a default-constructed one if it held none) and returns it
    // for editing in place.
    T &ensure()
    {
        if (m_state != State::Value) {
            m_value = T();
            m_state = State::Value;
        }
        return m_value;
    }

    void set(T value)
    {
        m_value = std::move(value);
        m_state = State::Value;
    }
    void setNull()
    {
        m_value = T();
        m_state = State::Null;
    }
    void clear()
    {
        m_value = T();
        m_state = State::Unset;
    }

    // Needs T to be comparable; only instantiated when used.
    friend bool operator==(const Field &a, const Field &b)
    {
        return a.m_state == b.m_state && (a.m_state != State::Value || a.m_value == b.m_value);
    }
    friend bool operator!=(const Field &a, const Field &b) { return !(a == b); }

private:
    State m_state = State::Unset;
    T m_value {};
};

} // namespace rl
