#pragma once

#include <QByteArray>
#include <QString>

namespace rl {

// Short, text-only quotes of unexpected response bodies for error messages.

// True when the bytes look like an HTML page (a doctype, <html>, <head>, <body> or <title> near the start).
[[nodiscard]] bool looksLikeHtml(const QByteArray &body);
// The page's <title>, else its text without tags; whitespace simplified, entities decoded,
// at most maxChars characters (an ellipsis marks a cut). Empty when the page has no text.
[[nodiscard]] QString htmlExcerpt(const QByteArray &page, int maxChars = 120);
// The body as one line of at most maxChars characters (an ellipsis marks a cut); HTML pages
// are quoted by htmlExcerpt().
[[nodiscard]] QString bodyExcerpt(const QByteArray &body, int maxChars = 200);

} // namespace rl
