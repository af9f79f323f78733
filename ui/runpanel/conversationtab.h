#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <memory>

class QTextBrowser;
class QTextFrame;
class QTimer;
class QUrl;

namespace rl {

class GrowingBody;

// The thread's messages and the run's tool calls, rendered as Markdown: assistant text appears
// as it streams, annotations become numbered footnotes, refusals are labelled, tool calls are
// cards (function name, arguments, output; code interpreter input and logs; file search results).
//
// Deltas and updates only mark their entry dirty; a single-shot timer renders at most once per
// CoalesceMs, and only the dirty entries. Each entry (request message, message, tool-call step)
// owns frames in the document that are replaced on their own. A streaming message grows in place
// (GrowingBody): what the window shows is laid out, the rest waits until it is scrolled to or
// selected, and a finished message whose text is what was streamed is not rendered again. Cost
// grows with the text, not with the square of it.
class ConversationTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 40;

    explicit ConversationTab(QWidget *parent = nullptr);

    void clear();
    // The thread's messages as sent in the request (thread.messages of the body): shown first,
    // in request order. A listed message that is one of them later takes its place, never a
    // second one.
    void setRequestMessages(const QJsonArray &messages);
    [[nodiscard]] int requestMessageCount() const { return static_cast<int>(m_request.size()); }
    // The run reached a terminal status: a message still "writing" gets a finished label.
    void setRunEnded(const QString &runStatus);
    void updateMessage(const QJsonObject &message);
    void appendText(const QString &messageId, int contentIndex, const QString &fragment);
    void updateStep(const QJsonObject &step);
    // Renders now if anything changed since the last render; formatting a fast stream left for
    // later goes on in the next turns of the event loop.
    void renderNow();
    // Shows everything received so far, formatted, before it returns.
    void flush();

    // The text shown for one message: its text parts in content order, concatenated.
    [[nodiscard]] QString displayedText(const QString &messageId) const;
    // The assistant messages' displayed text in display order, "\n\n" between messages
    // (the same shape as RunSession::assistantText()).
    [[nodiscard]] QString assistantText() const;
    [[nodiscard]] int renderCount() const { return m_renderCount; }
    // How many times a frame was filled from scratch (an entry's header, body or card rendered whole).
    [[nodiscard]] int fullEntryRenderCount() const { return m_fullEntryRenders; }
    [[nodiscard]] bool isRenderPending() const;
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    // The user asked to open a message or step in the inspector.
    void inspectRequested(const QJsonValue &object, const QString &title);
    // A render put what had arrived into the document (formatting may still be pending).
    void rendered();

private:
    struct Item
    {
        bool isStep = false;
        QString id;
        int arrival = 0;
    };
    // What the document shows for one entry.
    struct View
    {
        QTextFrame *header = nullptr; // messages only
        QTextFrame *body = nullptr;
        QString headerMarkdown;
        QString bodyMarkdown; // an entry rendered whole: its Markdown
        std::shared_ptr<GrowingBody> growing; // a message body that grows in place
    };
    void touch(bool isStep, const QString &id);
    void markDirty(const QString &key);
    void scheduleRender();
    void render();
    [[nodiscard]] QStringList displayOrder() const;
    void appendFrames(const QString &key);
    void renderEntry(const QString &key, View &view);
    void renderMessageBody(const QString &id, const QJsonObject &message, View &view);
    // Lays out the placeholders of growing messages that are on screen (or selected).
    void revealOnScreen();
    void revealSelection();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fill(QTextFrame *frame, const QString &markdown);
    [[nodiscard]] QString displayKey(const QString &messageId) const;
    [[nodiscard]] QJsonObject shownMessage(const QString &id) const;
    void onAnchorClicked(const QUrl &url);
    [[nodiscard]] QString partText(const QString &messageId, int contentIndex, const QJsonObject &part,
                                   bool *fromStream = nullptr) const;
    [[nodiscard]] int partCount(const QString &messageId) const;
    [[nodiscard]] QList<Item> orderedItems() const;
    [[nodiscard]] bool matchRequestMessage(const QString &id, const QJsonObject &message);
    [[nodiscard]] QString messageMarkdown(const QString &id, const QJsonObject &message) const;
    [[nodiscard]] QString messageBodyMarkdown(const QString &id, const QJsonObject &message) const;
    [[nodiscard]] QString stepMarkdown(const QString &id) const;
    [[nodiscard]] QString messageMarkdownHeader(const QJsonObject &message) const;
    [[nodiscard]] QString messageStatusText(const QJsonObject &message) const;
    [[nodiscard]] QString textPartMarkdown(const QString &text, const QJsonArray &annotations) const;
    [[nodiscard]] QString toolCallMarkdown(const QJsonObject &call) const;

    QTextBrowser *m_browser;
    QTimer *m_renderTimer;
    QHash<QString, Item> m_items; // key "m:id" / "s:id"
    QHash<QString, QJsonObject> m_messages;
    QHash<QString, QJsonObject> m_steps;
    QHash<QString, QHash<int, QString>> m_streamed; // message id -> content index -> text
    QList<QJsonObject> m_request; // the request's messages, in the listed message shape
    QStringList m_requestIds; // per request message: the id of the listed message that is it, or empty
    QString m_runEndStatus; // the run's terminal status, empty while it goes
    QHash<QString, View> m_views; // display key ("r:index", "m:id", "s:id") -> its frames
    QStringList m_shown; // display keys in document order
    QSet<QString> m_dirtyKeys;
    // The text part the last delta appended to: the next delta to it skips the lookups.
    QString m_lastTextId;
    int m_lastTextIndex = -1;
    QString *m_lastText = nullptr; // into m_streamed, which only appendText() grows
    bool m_lastTextMarked = false; // its entry is already dirty for the next render
    int m_arrivals = 0;
    int m_renderCount = 0;
    int m_fullEntryRenders = 0;
    bool m_dirty = false;
    bool m_orderChanged = false;
    bool m_revealing = false;
};

} // namespace rl
