#include "jsonhighlighter.h"

namespace rl {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(false);
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    // The only hard-coded colours of the composer: chosen per background lightness.
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8a));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_literal.setFontWeight(QFont::Bold);
    m_punctuation.setForeground(dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x55, 0x55, 0x55));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // Block state 1: inside a string that continues on the next line (invalid JSON, but keep
    // the colouring stable while someone types).
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool inString = previousBlockState() == 1;
    qsizetype stringStart = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (c == QLatin1Char('"')) {
                inString = false;
                // A string followed by ':' is a key.
                qsizetype j = i + 1;
                while (j < n && text.at(j).isSpace()) {
                    ++j;
                }
                const bool isKey = j < n && text.at(j) == QLatin1Char(':');
                setFormat(int(stringStart), int(i - stringStart + 1), isKey ? m_key : m_string);
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
            stringStart = i;
            ++i;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype j = i;
            while (j < n
                   && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char('e')
                       || text.at(j) == QLatin1Char('E') || text.at(j) == QLatin1Char('+')
                       || text.at(j) == QLatin1Char('-'))) {
                ++j;
            }
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter()) {
                ++j;
            }
            setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            if (!c.isSpace()) {
                setFormat(int(i), 1, m_punctuation);
            }
            ++i;
        }
    }
    if (inString) {
        setFormat(int(stringStart), int(n - stringStart), m_string);
    }
    setCurrentBlockState(inString ? 1 : 0);
}

} // namespace rl
