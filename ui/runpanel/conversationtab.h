#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QTimer;
class QUrl;

namespace rl {

// The thread's messages and the run's tool calls, rendered as Markdown: assistant text appears
// as it streams, annotations become numbered footnotes, refusals are labelled, tool calls are
// cards (function name, arguments, output; code interpreter input and logs; file search results).
//
// Deltas and updates only mark the view dirty; a single-shot timer re-renders at most once per
// CoalesceMs, so a fast stream never renders once per delta.
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
    // Renders now if anything changed since the last render.
    void flush();

    // The text shown for one message: its text parts in content order, concatenated.
    [[nodiscard]] QString displayedText(const QString &messageId) const;
    // The assistant messages' displayed text in display order, "\n\n" between messages
    // (the same shape as RunSession::assistantText()).
    [[nodiscard]] QString assistantText() const;
    [[nodiscard]] int renderCount() const { return m_renderCount; }
    [[nodiscard]] bool isRenderPending() const;
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    // The user asked to open a message or step in the inspector.
    void inspectRequested(const QJsonValue &object, const QString &title);

private:
    struct Item
    {
        bool isStep = false;
        QString id;
        int arrival = 0;
    };
    void touch(bool isStep, const QString &id);
    void scheduleRender();
    void render();
    void onAnchorClicked(const QUrl &url);
    [[nodiscard]] QString partText(const QString &messageId, int contentIndex, const QJsonObject &part) const;
    [[nodiscard]] int partCount(const QString &messageId) const;
    [[nodiscard]] QList<Item> orderedItems() const;
    [[nodiscard]] bool matchRequestMessage(const QString &id, const QJsonObject &message);
    [[nodiscard]] QString messageMarkdown(const QString &id, const QJsonObject &message) const;
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
    int m_arrivals = 0;
    int m_renderCount = 0;
    bool m_dirty = false;
};

} // namespace rl
