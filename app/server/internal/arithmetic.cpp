#include "arithmetic.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

using Number = Arithmetic::Number;

double pyMod(double a, double b)
{
    double r = std::fmod(a, b);
    if (r != 0.0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

class Parser
{
public:
    explicit Parser(QString text)
        : m_text(std::move(text))
    { }

    Arithmetic::Outcome parse()
    {
        std::optional<Number> v = expression();
        skipSpaces();
        if (m_error.isEmpty() && (!v || m_pos != m_text.size())) {
            m_error = u"SyntaxError: invalid syntax"_s;
        }
        if (m_error.isEmpty() && !std::isfinite(v->value)) {
            m_error = u"OverflowError: (34, 'Numerical result out of range')"_s;
        }
        if (!m_error.isEmpty()) {
            return { std::nullopt, m_error };
        }
        return { v, QString() };
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }
    bool eat(QStringView token)
    {
        skipSpaces();
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    std::optional<Number> fail(const QString &error)
    {
        if (m_error.isEmpty()) {
            m_error = error;
        }
        return std::nullopt;
    }

    std::optional<Number> expression()
    {
        std::optional<Number> left = term();
        while (left) {
            const bool plus = eat(u"+");
            if (!plus && !eat(u"-")) {
                break;
            }
            const std::optional<Number> r = term();
            if (!r) {
                return std::nullopt;
            }
            left = Number { plus ? left->value + r->value : left->value - r->value, left->integer && r->integer };
        }
        return left;
    }

    std::optional<Number> term()
    {
        std::optional<Number> left = unary();
        while (left) {
            QString op;
            for (const QString &candidate : { u"//"_s, u"/"_s, u"*"_s, u"%"_s }) {
                if (eat(candidate)) {
                    op = candidate;
                    break;
                }
            }
            if (op.isEmpty()) {
                break;
            }
            const std::optional<Number> r = unary();
            if (!r) {
                return std::nullopt;
            }
            left = apply(*left, op, *r);
        }
        return left;
    }

    std::optional<Number> apply(const Number &a, const QString &op, const Number &b)
    {
        const bool ints = a.integer && b.integer;
        if (op == u"*"_s) {
            return Number { a.value * b.value, ints };
        }
        if (b.value == 0.0) {
            if (op == u"/"_s) {
                return fail(ints ? u"ZeroDivisionError: division by zero"_s
                                 : u"ZeroDivisionError: float division by zero"_s);
            }
            if (op == u"//"_s) {
                return fail(ints ? u"ZeroDivisionError: integer division or modulo by zero"_s
                                 : u"ZeroDivisionError: float floor division by zero"_s);
            }
            return fail(ints ? u"ZeroDivisionError: integer modulo by zero"_s
                             : u"ZeroDivisionError: float modulo by zero"_s);
        }
        if (op == u"/"_s) {
            return Number { a.value / b.value, false };
        }
        if (op == u"//"_s) {
            return Number { std::floor(a.value / b.value), ints };
        }
        return Number { pyMod(a.value, b.value), ints };
    }

    // Unary signs bind looser than ** on their right: -2**2 is -4.
    std::optional<Number> unary()
    {
        if (eat(u"-")) {
            const std::optional<Number> v = unary();
            return v ? std::optional<Number>(Number { -v->value, v->integer }) : std::nullopt;
        }
        if (eat(u"+")) {
            return unary();
        }
        return power();
    }

    std::optional<Number> power()
    {
        const std::optional<Number> base = atom();
        if (!base || !eat(u"**")) {
            return base;
        }
        const std::optional<Number> exponent = unary(); // right-associative: 2**3**2 is 2**9
        if (!exponent) {
            return std::nullopt;
        }
        if (base->value == 0.0 && exponent->value < 0) {
            return fail(u"ZeroDivisionError: 0.0 cannot be raised to a negative power"_s);
        }
        if (base->value < 0 && std::floor(exponent->value) != exponent->value) {
            return fail(u"ValueError: math domain error"_s); // Python would give a complex number
        }
        const bool integer = base->integer && exponent->integer && exponent->value >= 0;
        return Number { std::pow(base->value, exponent->value), integer };
    }

    std::optional<Number> atom()
    {
        if (eat(u"(")) {
            const std::optional<Number> v = expression();
            if (v && !eat(u")")) {
                return fail(u"SyntaxError: '(' was never closed"_s);
            }
            return v;
        }
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.'))) {
            ++m_pos;
        }
        if (start == m_pos) {
            return std::nullopt;
        }
        const QString literal = m_text.mid(start, m_pos - start);
        bool ok = false;
        const double v = literal.toDouble(&ok);
        if (!ok) {
            return fail(u"SyntaxError: invalid decimal literal"_s);
        }
        return Number { v, !literal.contains(QLatin1Char('.')) };
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

bool isArithmeticChar(QChar c)
{
    return c.isDigit() || QStringView(u" .()+-*/%").contains(c);
}

} // namespace

QString Arithmetic::findExpression(const QString &text)
{
    QString best;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isArithmeticChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isArithmeticChar(text.at(j))) {
            ++j;
        }
        QString candidate = text.mid(i, j - i).trimmed();
        while (!candidate.isEmpty() && !candidate.back().isDigit() && candidate.back() != QLatin1Char(')')) {
            candidate.chop(1);
        }
        bool hasDigit = false;
        bool hasOperator = false;
        for (const QChar c : std::as_const(candidate)) {
            hasDigit = hasDigit || c.isDigit();
            hasOperator = hasOperator || QStringView(u"+-*/%").contains(c);
        }
        if (hasDigit && hasOperator && candidate.size() > best.size()) {
            best = candidate.trimmed();
        }
        i = j;
    }
    return best;
}

Arithmetic::Outcome Arithmetic::evaluate(const QString &expression)
{
    return Parser(expression).parse();
}

QString Arithmetic::format(const Number &number)
{
    const double v = number.value == 0.0 ? 0.0 : number.value; // no "-0" for integers
    if (number.integer && std::fabs(v) < 9.007199254740992e15) {
        return QString::number(qint64(v));
    }
    if (number.integer) {
        return QString::number(v, 'f', 0);
    }
    // Python's repr(float): the shortest text that reads back the same, always with a point,
    // in exponent form only below 1e-4 or from 1e16 on.
    const double magnitude = std::fabs(number.value);
    if (magnitude != 0.0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
        QString text = QString::number(number.value, 'e', QLocale::FloatingPointShortest);
        const qsizetype e = text.indexOf(QLatin1Char('e'));
        QString digits = text.mid(e + 2);
        while (digits.size() > 2 && digits.front() == QLatin1Char('0')) {
            digits.remove(0, 1);
        }
        return text.left(e + 2) + digits;
    }
    QString text = QString::number(number.value, 'f', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.'))) {
        text += u".0"_s;
    }
    return text;
}

QString Arithmetic::printed(const QString &expression)
{
    const Outcome outcome = evaluate(expression);
    if (outcome.value) {
        return format(*outcome.value) + u"\n"_s;
    }
    if (outcome.error.startsWith(u"SyntaxError"_s)) {
        return u"  File \"<stdin>\", line 1\n    print("_s + expression + u")\n"_s + outcome.error + u"\n"_s;
    }
    return u"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"_s + outcome.error + u"\n"_s;
}

} // namespace rl::server
