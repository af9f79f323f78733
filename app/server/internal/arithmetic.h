#pragma once

#include <QString>

#include <optional>

namespace rl::server {

// Evaluates simple arithmetic (+ - * / %, parentheses, unary minus, decimals) the way a
// code interpreter would, so "calculate 2+3*4" really gives 14.
class Arithmetic
{
public:
    // The longest run of arithmetic characters in the text that holds a digit and an operator.
    static QString findExpression(const QString &text);
    static std::optional<double> evaluate(const QString &expression);
    // 14, 2.5, -3: the way Python prints the number.
    static QString format(double value);
};

} // namespace rl::server
