#include "bodyexcerpt.h"

#include <QRegularExpression>

namespace rl {

namespace {

QString cut(QString text, int maxChars)
{
    text = text.simplified();
    if (text.size() > maxChars) {
        text = text.left(maxChars).trimmed() + QStringLiteral("\u2026");
    }
    return text;
}

QString decodeEntities(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const char32_t code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        out += text.mid(last, m.capturedStart() - last);
        out += ok && code > 0 && code <= 0x10FFFF ? QString::fromUcs4(&code, 1) : m.captured();
        last = m.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

} // namespace

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(1024).trimmed().toLower();
    if (!head.startsWith('<')) {
        return false;
    }
    return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body") || head.contains("<title");
}

QString htmlExcerpt(const QByteArray &page, int maxChars)
{
    const QString text = QString::fromUtf8(page);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = title.match(text);
    if (m.hasMatch()) {
        QString t = cut(decodeEntities(m.captured(1)), maxChars);
        if (!t.isEmpty()) {
            return t;
        }
    }
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>?"));
    QString stripped = text;
    stripped.remove(hidden);
    stripped.replace(tag, QStringLiteral(" "));
    return cut(decodeEntities(stripped), maxChars);
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    if (looksLikeHtml(body)) {
        return htmlExcerpt(body, maxChars);
    }
    return cut(QString::fromUtf8(body.left(qsizetype(maxChars) * 4)), maxChars);
}

} // namespace rl
