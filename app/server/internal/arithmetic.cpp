#include "arithmetic.h"

#include <cmath>

namespace rl::server {

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    std::optional<double> parse()
    {
        auto v = expression();
        skipSpaces();
        if (!v || m_pos != m_text.size() || !std::isfinite(*v))
            return std::nullopt;
        return v;
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpaces();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::optional<double> expression()
    {
        auto left = term();
        while (left) {
            if (eat(QLatin1Char('+'))) {
                const auto r = term();
                left = r ? std::optional<double>(*left + *r) : std::nullopt;
            } else if (eat(QLatin1Char('-'))) {
                const auto r = term();
                left = r ? std::optional<double>(*left - *r) : std::nullopt;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> term()
    {
        auto left = factor();
        while (left) {
            if (eat(QLatin1Char('*'))) {
                const auto r = factor();
                left = r ? std::optional<double>(*left * *r) : std::nullopt;
            } else if (eat(QLatin1Char('/'))) {
                const auto r = factor();
                left = (r && *r != 0.0) ? std::optional<double>(*left / *r) : std::nullopt;
            } else if (eat(QLatin1Char('%'))) {
                const auto r = factor();
                left = (r && *r != 0.0) ? std::optional<double>(std::fmod(*left, *r)) : std::nullopt;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> factor()
    {
        if (eat(QLatin1Char('-'))) {
            const auto v = factor();
            return v ? std::optional<double>(-*v) : std::nullopt;
        }
        if (eat(QLatin1Char('('))) {
            const auto v = expression();
            return (v && eat(QLatin1Char(')'))) ? v : std::nullopt;
        }
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        if (start == m_pos)
            return std::nullopt;
        bool ok = false;
        const double v = m_text.mid(start, m_pos - start).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }

    QString m_text;
    qsizetype m_pos = 0;
};

bool isArithmeticChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('(')
        || c == QLatin1Char(')') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('*')
        || c == QLatin1Char('/') || c == QLatin1Char('%');
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
        while (j < text.size() && isArithmeticChar(text.at(j)))
            ++j;
        QString candidate = text.mid(i, j - i).trimmed();
        while (!candidate.isEmpty() && !candidate.back().isDigit() && candidate.back() != QLatin1Char(')'))
            candidate.chop(1);
        bool hasDigit = false;
        bool hasOperator = false;
        for (const QChar c : std::as_const(candidate)) {
            hasDigit = hasDigit || c.isDigit();
            hasOperator = hasOperator || QStringLiteral("+-*/%").contains(c);
        }
        if (hasDigit && hasOperator && candidate.size() > best.size())
            best = candidate.trimmed();
        i = j;
    }
    return best;
}

std::optional<double> Arithmetic::evaluate(const QString &expression)
{
    return Parser(expression).parse();
}

QString Arithmetic::format(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace rl::server
