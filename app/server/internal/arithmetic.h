#pragma once

#include <QString>

#include <optional>

namespace rl::server {

// Evaluates simple arithmetic the way Python 3 would, so "calculate 2+3*4" really gives 14:
// + - * / // % **, parentheses, unary signs, integers and decimals. Integers stay integers
// (7 // 2 is 3, 2 ** 10 is 1024), "/" always gives a float (6 / 2 is 3.0), "%" and "//" follow
// the divisor's sign, and errors are Python's (ZeroDivisionError: division by zero).
class Arithmetic
{
public:
    struct Number
    {
        double value = 0;
        bool integer = true; // Python int (true) or float (false)
    };
    struct Outcome
    {
        std::optional<Number> value;
        QString error; // "ZeroDivisionError: division by zero", when value is empty
    };

    // The longest run of arithmetic characters in the text that holds a digit and an operator.
    static QString findExpression(const QString &text);
    static Outcome evaluate(const QString &expression);
    // 14, 2.5, 3.0, -3: the way Python prints the number.
    static QString format(const Number &number);
    // What `print(expression)` shows: the value, or a traceback ending in the error; ends in "\n".
    static QString printed(const QString &expression);
};

} // namespace rl::server
