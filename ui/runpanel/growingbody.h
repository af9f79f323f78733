#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextCursor>
#include <QTextDocument>

class QTextEdit;
class QTextFrame;

namespace rl {

// GitHub's Markdown without raw HTML: a reply that mentions <html> or <img src=...> shows the
// markup as typed instead of turning into markup that hides the rest (or loads a local file).
inline constexpr auto ConversationMarkdown
    = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// Inserts the conversation's Markdown at the cursor. Markdown that ends in a blank line after a list
// leaves the block after it (a frame's last block) in the list, an empty bullet: it leaves the list.
void insertMarkdown(QTextCursor &cursor, const QString &markdown);

// The edits of one frame as one change: the document is laid out once for them, not once per
// inserted block. One frame at a time: Qt lays out again every frame within the span of a
// change, so a header and the end of a long body in one change lay out the whole body again.
class FrameEdit
{
public:
    explicit FrameEdit(QTextDocument *document);
    ~FrameEdit();
    FrameEdit(const FrameEdit &) = delete;
    FrameEdit &operator=(const FrameEdit &) = delete;
    FrameEdit(FrameEdit &&) = delete;
    FrameEdit &operator=(FrameEdit &&) = delete;

private:
    QTextCursor m_cursor;
};

// The body of a message whose text grows as it streams, in a frame of the conversation's document.
//
// The text is a column of chunk frames of about ChunkChars each, cut at paragraph ends: Qt lays
// out a changed frame whole, so an edit costs the chunk it touches, not the message. Whole
// paragraphs are formatted as Markdown at most every FormatMs, each once; text that trickles in
// meanwhile is shown as a plain tail. Only chunks on screen are laid out: the chunks a render
// adds above the newest one hold a placeholder of about their height until reveal() finds them on
// screen, so a fast stream costs the layout of what the window shows, not of all it received.
class GrowingBody
{
public:
    static constexpr int FormatMs = 250;
    // Text arriving slower than this per render is shown at once as plain text until it is
    // formatted; faster text waits for its formatting (at most FormatMs), so it is laid out once.
    static constexpr int PlainTailChars = 2048;
    static constexpr int ChunkChars = 4 * 1024;
    // Placeholders that arrive together share a frame, split in chunks when it comes on screen.
    static constexpr int GroupChunks = 16;

    GrowingBody(QTextEdit *edit, QTextFrame *body);

    // Shows text. Streamed text (fromStream) only grows, so it extends what is shown without a
    // comparison; other text is compared once with it. A final text is formatted whole at once.
    // Returns false when the text did not extend what was shown, and the body started over.
    bool show(const QString &text, bool fromStream, bool final);
    // Lays out the placeholders that reach into [top, bottom] (document coordinates); returns
    // whether there were any.
    bool reveal(qreal top, qreal bottom);
    // Lays out the placeholders that a selection (a cursor the document keeps up to date) spans;
    // returns whether there were any.
    bool revealPositions(const QTextCursor &selection);
    // The text shown: what is formatted, then the plain tail.
    [[nodiscard]] const QString &shownText() const { return m_shown; }
    [[nodiscard]] qsizetype chunkCount() const { return m_chunks.size(); }
    [[nodiscard]] qsizetype placeholderCount() const;

private:
    struct Chunk
    {
        QTextFrame *frame = nullptr;
        qsizetype start = 0; // the text it shows: [start, end)
        qsizetype end = 0;
        bool laidOut = false; // false: a placeholder of about its height
        QList<qsizetype> inner; // a group of placeholders: where its chunks but the last end
    };
    void startOver();
    void scan(const QString &text);
    void commit(const QString &text, qsizetype limit);
    [[nodiscard]] qsizetype cutAfter(qsizetype want, qsizetype limit) const;
    [[nodiscard]] static QTextFrame *insertFrame(QTextFrame *parent);
    void openChunk(qsizetype start, qsizetype end, bool layOut);
    void openGroup(qsizetype start, const QList<qsizetype> &ends);
    qsizetype split(qsizetype index);
    bool revealChunk(qsizetype index);
    void fillChunk(Chunk &chunk);
    void placeholder(Chunk &chunk);
    void squeezeEnd(const Chunk &chunk);
    void removeTail();
    void appendTail(const QString &text);
    [[nodiscard]] qreal estimatedHeight(qsizetype start, qsizetype end) const;

    QTextEdit *m_edit;
    QTextFrame *m_body;
    QList<Chunk> m_chunks;
    QString m_shown;
    qsizetype m_committed = 0; // chars of the text formatted as Markdown
    int m_tailLength = 0; // document positions the plain tail takes
    qsizetype m_scanned = 0; // chars of the text scanned for paragraph ends
    qsizetype m_cut = 0; // the last paragraph end outside a code fence
    QList<qsizetype> m_cuts; // the paragraph ends after m_committed
    bool m_inFence = false;
    bool m_started = false;
    bool m_fromStream = false;
    QElapsedTimer m_formatted;
};

} // namespace rl
