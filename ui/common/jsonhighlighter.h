#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace rl {

// Colours JSON keys, strings, numbers, literals and punctuation. The colours are picked by the
// lightness of the editor's palette so that light and dark themes both stay readable.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    // Recomputes the colours for a light or dark base colour and re-highlights.
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace rl
