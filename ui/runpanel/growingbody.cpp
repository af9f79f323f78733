#include "growingbody.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextFrame>
#include <QTextList>

#include <algorithm>
#include <cmath>

namespace rl {

void insertMarkdown(QTextCursor &cursor, const QString &markdown)
{
    cursor.insertMarkdown(markdown, ConversationMarkdown);
    const QTextBlock last = cursor.block();
    if (QTextList *list = last.textList(); list != nullptr && last.text().isEmpty()) {
        list->remove(last);
    }
}

FrameEdit::FrameEdit(QTextDocument *document)
    : m_cursor(document)
{
    m_cursor.beginEditBlock();
}

FrameEdit::~FrameEdit()
{
    m_cursor.endEditBlock();
}

namespace {
// The block Qt keeps after each frame, and the empty one Markdown leaves at a chunk's end, take
// no height: the chunks of a message sit flush, as if formatted in one go.
QTextBlockFormat spacer()
{
    QTextBlockFormat format;
    format.setLineHeight(0, QTextBlockFormat::FixedHeight);
    return format;
}

void clearFrame(QTextFrame *frame)
{
    QTextCursor cursor = frame->firstCursorPosition();
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
}
} // namespace

GrowingBody::GrowingBody(QTextEdit *edit, QTextFrame *body)
    : m_edit(edit)
    , m_body(body)
{ }

qsizetype GrowingBody::placeholderCount() const
{
    return std::count_if(m_chunks.cbegin(), m_chunks.cend(), [](const Chunk &chunk) { return !chunk.laidOut; });
}

bool GrowingBody::show(const QString &text, bool fromStream, bool final)
{
    const bool extends = m_started && ((fromStream && m_fromStream) || text.startsWith(m_shown));
    m_fromStream = fromStream;
    if (!extends) {
        startOver();
    }
    // One change for the plain tail going, the new chunks and the new tail: the newest chunk is
    // laid out once.
    const FrameEdit edit(m_body->document());
    scan(text);
    const qsizetype limit = final ? text.size() : m_cut;
    const bool due = final || !m_formatted.isValid() || m_formatted.elapsed() >= FormatMs;
    if (due && limit > m_committed) {
        removeTail();
        commit(text, limit);
        m_formatted.restart();
    }
    const bool trickle = text.size() - m_shown.size() <= PlainTailChars || m_committed == limit;
    if (text.size() > m_shown.size() && trickle) {
        appendTail(text);
    }
    return extends;
}

void GrowingBody::startOver()
{
    const FrameEdit edit(m_body->document());
    clearFrame(m_body);
    m_chunks.clear();
    m_shown.clear();
    m_committed = 0;
    m_tailLength = 0;
    m_scanned = 0;
    m_cut = 0;
    m_cuts.clear();
    m_inFence = false;
    m_started = true;
    m_formatted.invalidate();
}

void GrowingBody::scan(const QString &text)
{
    // Paragraph ends outside code fences, scanning only what arrived since the last time.
    for (qsizetype end = text.indexOf(QLatin1Char('\n'), m_scanned); end >= 0;
         end = text.indexOf(QLatin1Char('\n'), m_scanned)) {
        const QStringView line = QStringView(text).mid(m_scanned, end - m_scanned).trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"))) {
            m_inFence = !m_inFence;
        } else if (line.isEmpty() && !m_inFence) {
            m_cut = end + 1;
            m_cuts.append(m_cut);
        }
        m_scanned = end + 1;
    }
}

qsizetype GrowingBody::cutAfter(qsizetype want, qsizetype limit) const
{
    const auto cut = std::lower_bound(m_cuts.cbegin(), m_cuts.cend(), want);
    return cut != m_cuts.cend() && *cut < limit ? *cut : limit;
}

void GrowingBody::commit(const QString &text, qsizetype limit)
{
    m_shown += QStringView(text).mid(m_committed, limit - m_committed);
    qsizetype pos = m_committed;
    while (pos < limit) {
        Chunk *last = m_chunks.isEmpty() ? nullptr : &m_chunks.last();
        if (last != nullptr && last->laidOut && last->end - last->start < ChunkChars) {
            // The newest chunk has room: its paragraphs grow by the next ones.
            const qsizetype end = cutAfter(last->start + ChunkChars, limit);
            const FrameEdit edit(m_body->document());
            QTextCursor cursor = last->frame->lastCursorPosition();
            if (last->end > last->start) {
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            }
            insertMarkdown(cursor, m_shown.mid(pos, end - pos));
            last->end = end;
            pos = end;
            continue;
        }
        // Of what arrived, only the last piece can be on screen at the end of the document; the
        // pieces before it wait as placeholders until reveal() finds them on screen, GroupChunks
        // of them in one frame, so a commit adds a few frames however much text it brings.
        // The last piece, laid out, is at least ChunkChars (from the last paragraph end before
        // that), so that at the end of the document it fills the screen without the placeholder
        // above it.
        qsizetype lastStart = pos;
        const auto before = std::upper_bound(m_cuts.cbegin(), m_cuts.cend(), limit - ChunkChars);
        if (before != m_cuts.cbegin() && *(before - 1) > pos) {
            lastStart = *(before - 1);
        }
        QList<qsizetype> bounds;
        qsizetype groupStart = pos;
        while (pos < lastStart) {
            pos = cutAfter(pos + ChunkChars, lastStart);
            bounds.append(pos);
            if (bounds.size() == GroupChunks) {
                openGroup(groupStart, bounds);
                bounds.clear();
                groupStart = pos;
            }
        }
        if (!bounds.isEmpty()) {
            openGroup(groupStart, bounds);
        }
        openChunk(pos, limit, true);
        pos = limit;
    }
    m_committed = limit;
    const auto firstLater = std::upper_bound(m_cuts.cbegin(), m_cuts.cend(), limit);
    m_cuts.remove(0, firstLater - m_cuts.cbegin());
}

QTextFrame *GrowingBody::insertFrame(QTextFrame *parent)
{
    QTextCursor cursor = parent->lastCursorPosition();
    cursor.setBlockFormat(spacer());
    QTextFrameFormat flat;
    flat.setMargin(0);
    flat.setPadding(0);
    flat.setBorder(0);
    QTextFrame *frame = cursor.insertFrame(flat);
    parent->lastCursorPosition().setBlockFormat(spacer());
    return frame;
}

void GrowingBody::openChunk(qsizetype start, qsizetype end, bool layOut)
{
    const FrameEdit edit(m_body->document());
    if (!m_chunks.isEmpty()) {
        squeezeEnd(m_chunks.last());
    }
    Chunk chunk;
    chunk.frame = insertFrame(m_body);
    chunk.start = start;
    chunk.end = end;
    if (layOut) {
        fillChunk(chunk);
    } else {
        placeholder(chunk);
    }
    m_chunks.append(chunk);
}

void GrowingBody::openGroup(qsizetype start, const QList<qsizetype> &ends)
{
    openChunk(start, ends.last(), false);
    m_chunks.last().inner = ends.first(ends.size() - 1);
}

qsizetype GrowingBody::split(qsizetype index)
{
    // A group of placeholders comes on screen: its frame holds one placeholder frame per chunk.
    const Chunk group = m_chunks.at(index);
    const FrameEdit edit(m_body->document());
    clearFrame(group.frame);
    QList<Chunk> parts;
    qsizetype start = group.start;
    for (qsizetype i = 0; i <= group.inner.size(); ++i) {
        Chunk part;
        part.frame = insertFrame(group.frame);
        part.start = start;
        part.end = i < group.inner.size() ? group.inner.at(i) : group.end;
        placeholder(part);
        parts.append(part);
        start = part.end;
    }
    m_chunks.remove(index);
    m_chunks.insert(index, parts.size(), Chunk());
    std::copy(parts.cbegin(), parts.cend(), m_chunks.begin() + index);
    return parts.size();
}

void GrowingBody::fillChunk(Chunk &chunk)
{
    const FrameEdit edit(m_body->document());
    clearFrame(chunk.frame);
    QTextCursor cursor = chunk.frame->firstCursorPosition();
    if (chunk.end > chunk.start) {
        insertMarkdown(cursor, m_shown.mid(chunk.start, chunk.end - chunk.start));
    }
    chunk.laidOut = true;
}

void GrowingBody::placeholder(Chunk &chunk)
{
    QTextBlockFormat format;
    format.setLineHeight(estimatedHeight(chunk.start, chunk.end), QTextBlockFormat::FixedHeight);
    QTextCursor cursor = chunk.frame->firstCursorPosition();
    cursor.setBlockFormat(format);
    chunk.laidOut = false;
}

void GrowingBody::squeezeEnd(const Chunk &chunk)
{
    if (!chunk.laidOut) {
        return;
    }
    QTextCursor end = chunk.frame->lastCursorPosition();
    if (end.block().length() <= 1) {
        end.setBlockFormat(spacer());
    }
}

qreal GrowingBody::estimatedHeight(qsizetype start, qsizetype end) const
{
    const QTextDocument *document = m_body->document();
    const QFontMetricsF metrics(document->defaultFont());
    const qreal width = (document->textWidth() > 0 ? document->textWidth() : m_edit->viewport()->width())
        - 2 * document->documentMargin();
    const qreal perLine = std::max(10.0, width / std::max(1.0, metrics.averageCharWidth()));
    qreal lines = 0;
    for (qsizetype at = start; at < end;) {
        qsizetype lineEnd = m_shown.indexOf(QLatin1Char('\n'), at);
        if (lineEnd < 0 || lineEnd > end) {
            lineEnd = end;
        }
        lines += std::max(1.0, std::ceil(static_cast<qreal>(lineEnd - at) / perLine));
        at = lineEnd + 1;
    }
    return std::max(1.0, lines * metrics.lineSpacing());
}

void GrowingBody::removeTail()
{
    if (m_tailLength > 0) {
        const FrameEdit edit(m_body->document());
        QTextFrame *frame = m_chunks.last().frame;
        QTextCursor cursor = frame->lastCursorPosition();
        cursor.setPosition(frame->lastPosition() - m_tailLength, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_tailLength = 0;
    }
    m_shown.truncate(m_committed);
}

void GrowingBody::appendTail(const QString &text)
{
    if (m_chunks.isEmpty()) {
        openChunk(m_committed, m_committed, true);
    }
    // The newest chunk is always laid out: commit() lays out the last piece it adds.
    const Chunk &last = m_chunks.last();
    const FrameEdit edit(m_body->document());
    const int before = last.frame->lastPosition();
    QTextCursor cursor = last.frame->lastCursorPosition();
    if (m_tailLength == 0 && m_committed > last.start) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
    const QStringView added = QStringView(text).mid(m_shown.size());
    cursor.insertText(added.toString(), QTextCharFormat());
    m_shown += added;
    m_tailLength += last.frame->lastPosition() - before;
}

bool GrowingBody::revealChunk(qsizetype index)
{
    Chunk &chunk = m_chunks[index];
    if (chunk.laidOut) {
        return false;
    }
    if (!chunk.inner.isEmpty()) {
        split(index);
        return true; // the caller looks at the parts again: only those on screen are laid out
    }
    fillChunk(chunk);
    if (index + 1 < m_chunks.size()) {
        squeezeEnd(chunk);
    }
    return true;
}

bool GrowingBody::reveal(qreal top, qreal bottom)
{
    QAbstractTextDocumentLayout *layout = m_body->document()->documentLayout();
    const auto first = std::partition_point(m_chunks.cbegin(), m_chunks.cend(), [&](const Chunk &c) {
        return layout->frameBoundingRect(c.frame).bottom() < top;
    });
    bool revealed = false;
    for (qsizetype i = first - m_chunks.cbegin(); i < m_chunks.size(); ++i) {
        const QRectF rect = layout->frameBoundingRect(m_chunks.at(i).frame);
        if (rect.top() > bottom) {
            break;
        }
        if (rect.bottom() < top) {
            continue; // a part of a group that was split, above the screen
        }
        if (revealChunk(i)) {
            revealed = true;
            if (!m_chunks.at(i).laidOut) {
                --i; // a group split in its parts: look at its first part again
            }
        }
    }
    return revealed;
}

bool GrowingBody::revealPositions(const QTextCursor &selection)
{
    bool revealed = false;
    for (qsizetype i = 0; i < m_chunks.size(); ++i) {
        const Chunk &chunk = m_chunks.at(i);
        // The selection's end moves as a chunk before it is filled: read it each time.
        if (!chunk.laidOut && chunk.frame->lastPosition() >= selection.selectionStart()
            && chunk.frame->firstPosition() <= selection.selectionEnd()) {
            revealChunk(i);
            revealed = true;
            if (!m_chunks.at(i).laidOut) {
                --i;
            }
        }
    }
    return revealed;
}

} // namespace rl
