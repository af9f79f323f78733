#include "jsonsyntax.h"

#include <QCoreApplication>

#include <vector>

namespace rl {

namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(rl::JsonSyntax)

public:
    Checker(QByteArrayView text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    { }

    std::optional<JsonSyntaxError> run();

private:
    enum class Next {
        Value, // any value
        ValueOrEnd, // just after '[': a value or ']'
        ValueAfterComma, // in an array, after ','
        KeyOrEnd, // just after '{': a member name or '}'
        KeyAfterComma, // in an object, after ','
        CommaOrEnd, // after a value inside a container
    };

    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] uchar peek() const { return uchar(m_text.at(m_pos)); }
    void skipSpace();
    bool fail(qsizetype offset, const QString &message);
    bool value(); // one value starting at m_pos; containers only open here
    bool string();
    bool utf8Sequence(); // m_pos at a lead byte >= 0x80
    bool number();
    bool literal();
    [[nodiscard]] static bool startsValue(uchar c);

    QByteArrayView m_text;
    int m_maxDepth;
    qsizetype m_pos = 0;
    std::vector<char> m_stack; // '{' or '['
    std::optional<JsonSyntaxError> m_error;
};

bool Checker::fail(qsizetype offset, const QString &message)
{
    m_error = JsonSyntaxError { offset, message };
    return false;
}

void Checker::skipSpace()
{
    while (!atEnd()) {
        const uchar c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            return;
        }
        ++m_pos;
    }
}

bool Checker::startsValue(uchar c)
{
    return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}

bool Checker::utf8Sequence()
{
    const qsizetype start = m_pos;
    const uchar lead = peek();
    int length = 0;
    uchar min = 0x80;
    uchar max = 0xBF; // the allowed range of the first continuation byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
            min = 0xA0; // no overlong forms
        } else if (lead == 0xED) {
            max = 0x9F; // no UTF-16 surrogates
        }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
            min = 0x90;
        } else if (lead == 0xF4) {
            max = 0x8F; // nothing above U+10FFFF
        }
    } else {
        return fail(start, tr("the text is not valid UTF-8 (byte 0x%1)").arg(lead, 2, 16, QLatin1Char('0')));
    }
    for (int i = 1; i < length; ++i) {
        if (start + i >= m_text.size()) {
            return fail(start, tr("the text ends inside a UTF-8 character"));
        }
        const auto c = uchar(m_text.at(start + i));
        const uchar lo = i == 1 ? min : 0x80;
        const uchar hi = i == 1 ? max : 0xBF;
        if (c < lo || c > hi) {
            return fail(start, tr("the text is not valid UTF-8 (byte 0x%1)").arg(lead, 2, 16, QLatin1Char('0')));
        }
    }
    m_pos = start + length;
    return true;
}

bool Checker::string()
{
    const qsizetype start = m_pos;
    ++m_pos; // the opening quote
    // Qt's JSON reader silently drops a byte-order mark at the start of a string, so RunLens
    // would send something else than what was written: say so instead.
    const QByteArrayView rest = m_text.sliced(m_pos);
    if (rest.startsWith("\xEF\xBB\xBF") || rest.startsWith("\\ufeff") || rest.startsWith("\\uFEFF")) {
        return fail(m_pos,
                    tr("a string starts with an invisible byte-order mark (U+FEFF), which would be lost: "
                       "remove it"));
    }
    while (!atEnd()) {
        const uchar c = peek();
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20) {
            return fail(m_pos,
                        tr("a control character (U+%1) inside a string must be written as an escape such "
                           "as \\n or \\u%1")
                            .arg(c, 4, 16, QLatin1Char('0')));
        }
        if (c == '\\') {
            if (m_pos + 1 >= m_text.size()) {
                break;
            }
            const auto e = uchar(m_text.at(m_pos + 1));
            if (e == 'u') {
                for (int i = 2; i < 6; ++i) {
                    const qsizetype at = m_pos + i;
                    if (at >= m_text.size()) {
                        return fail(start, tr("the text ends inside a string: a closing '\"' is missing"));
                    }
                    const auto h = uchar(m_text.at(at));
                    const bool hex = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
                    if (!hex) {
                        return fail(m_pos, tr("\\u must be followed by four hexadecimal digits"));
                    }
                }
                m_pos += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                return fail(m_pos,
                            tr("'\\%1' is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                                .arg(e < 0x80 ? QString(QLatin1Char(char(e))) : QStringLiteral("…")));
            }
            m_pos += 2;
            continue;
        }
        if (c >= 0x80) {
            if (!utf8Sequence()) {
                return false;
            }
            continue;
        }
        ++m_pos;
    }
    return fail(start, tr("the text ends inside a string: a closing '\"' is missing"));
}

bool Checker::number()
{
    const qsizetype start = m_pos;
    auto digits = [this] {
        const qsizetype from = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            ++m_pos;
        }
        return m_pos > from;
    };
    if (peek() == '-') {
        ++m_pos;
    }
    if (atEnd()) {
        return fail(start, tr("a number is cut short"));
    }
    if (peek() == '0') {
        ++m_pos;
        if (!atEnd() && peek() >= '0' && peek() <= '9') {
            return fail(start, tr("a number may not start with 0 (write 7, not 07)"));
        }
    } else if (!digits()) {
        return fail(start, tr("a number was expected after '-'"));
    }
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        if (!digits()) {
            return fail(start, tr("a digit must follow the decimal point"));
        }
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-')) {
            ++m_pos;
        }
        if (!digits()) {
            return fail(start, tr("a number's exponent has no digits"));
        }
    }
    return true;
}

bool Checker::literal()
{
    static constexpr const char *words[] = { "true", "false", "null" };
    for (const char *word : words) {
        const QByteArrayView w(word);
        if (m_text.sliced(m_pos).startsWith(w)) {
            m_pos += w.size();
            return true;
        }
    }
    return fail(m_pos,
                tr("unknown word: a value must be an object, array, string, number, true, false or null "
                   "(strings need double quotes)"));
}

bool Checker::value()
{
    const uchar c = peek();
    if (c == '{' || c == '[') {
        if (int(m_stack.size()) >= m_maxDepth) {
            return fail(m_pos, tr("the JSON is nested more than %1 levels deep").arg(m_maxDepth));
        }
        m_stack.push_back(char(c));
        ++m_pos;
        return true;
    }
    if (c == '"') {
        return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        return number();
    }
    if (c >= 'a' && c <= 'z') {
        return literal();
    }
    if (c == '\'') {
        return fail(m_pos, tr("strings need double quotes (\"), not single quotes"));
    }
    return fail(m_pos, tr("a value (object, array, string, number, true, false or null) was expected"));
}

std::optional<JsonSyntaxError> Checker::run()
{
    skipSpace();
    if (atEnd()) {
        fail(m_pos, tr("the text is empty: it holds no JSON value"));
        return m_error;
    }
    Next next = Next::Value;
    for (;;) {
        skipSpace();
        if (atEnd()) {
            if (m_stack.empty() && next == Next::CommaOrEnd) {
                return std::nullopt;
            }
            if (m_stack.empty()) {
                fail(m_pos, tr("the text ends where a value was expected"));
            } else if (m_stack.back() == '{') {
                fail(m_pos, tr("the text ends inside an object: a closing '}' is missing"));
            } else {
                fail(m_pos, tr("the text ends inside an array: a closing ']' is missing"));
            }
            return m_error;
        }
        const uchar c = peek();
        switch (next) {
        case Next::ValueOrEnd:
            if (c == ']') {
                ++m_pos;
                m_stack.pop_back();
                next = Next::CommaOrEnd;
                continue;
            }
            [[fallthrough]];
        case Next::Value:
        case Next::ValueAfterComma:
            if (next == Next::ValueAfterComma && c == ']') {
                fail(m_pos, tr("a comma before ']' is not allowed (trailing comma)"));
                return m_error;
            }
            if (!value()) {
                return m_error;
            }
            if (c == '{') {
                next = Next::KeyOrEnd;
            } else if (c == '[') {
                next = Next::ValueOrEnd;
            } else {
                next = Next::CommaOrEnd;
            }
            continue;
        case Next::KeyOrEnd:
        case Next::KeyAfterComma:
            if (c == '}') {
                if (next == Next::KeyAfterComma) {
                    fail(m_pos, tr("a comma before '}' is not allowed (trailing comma)"));
                    return m_error;
                }
                ++m_pos;
                m_stack.pop_back();
                next = Next::CommaOrEnd;
                continue;
            }
            if (c != '"') {
                fail(m_pos, tr("a member name in double quotes was expected"));
                return m_error;
            }
            if (!string()) {
                return m_error;
            }
            skipSpace();
            if (atEnd() || peek() != ':') {
                fail(m_pos, tr("a ':' is missing after the member name"));
                return m_error;
            }
            ++m_pos;
            next = Next::Value;
            continue;
        case Next::CommaOrEnd:
            if (m_stack.empty()) {
                fail(m_pos, tr("there is more text after the end of the JSON value"));
                return m_error;
            }
            if (m_stack.back() == '{') {
                if (c == ',') {
                    ++m_pos;
                    next = Next::KeyAfterComma;
                } else if (c == '}') {
                    ++m_pos;
                    m_stack.pop_back();
                } else if (c == '"') {
                    fail(m_pos, tr("a comma is missing between two members of an object"));
                    return m_error;
                } else {
                    fail(m_pos, tr("a ',' or a closing '}' was expected"));
                    return m_error;
                }
            } else {
                if (c == ',') {
                    ++m_pos;
                    next = Next::ValueAfterComma;
                } else if (c == ']') {
                    ++m_pos;
                    m_stack.pop_back();
                } else if (startsValue(c)) {
                    fail(m_pos, tr("a comma is missing between two values of an array"));
                    return m_error;
                } else {
                    fail(m_pos, tr("a ',' or a closing ']' was expected"));
                    return m_error;
                }
            }
            continue;
        }
    }
}

} // namespace

std::optional<JsonSyntaxError> checkJsonSyntax(QByteArrayView text, int maxDepth)
{
    return Checker(text, maxDepth).run();
}

} // namespace rl
