// The conversation tab: request messages and listed ones, the "writing" label, a streamed message
// that grows in place and lays out only what is on screen, copying, HTML and lists as typed.
#include "conversationtab.h"
#include "growingbody.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace rl;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A conversation on screen with one assistant message in progress.
bool showStreamingMessage(ConversationTab &tab, const QString &id)
{
    tab.resize(800, 600);
    tab.show();
    tab.updateMessage(QJsonObject { { QStringLiteral("id"), id },
                                    { QStringLiteral("role"), QStringLiteral("assistant") },
                                    { QStringLiteral("status"), QStringLiteral("in_progress") },
                                    { QStringLiteral("created_at"), 10 },
                                    { QStringLiteral("content"), QJsonArray() } });
    return QTest::qWaitForWindowExposed(&tab);
}

} // namespace

class TestConversationTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listedUserMessageTakesTheRequestPlace();
    void writingLabelEndsWithTheRun();
    void streamedMessageGrowsInPlace();
    void fastStreamLaysOutWhatIsOnScreen();
    void selectingAllCopiesTextNotYetLaidOut();
    void htmlInTextIsShownAsTyped();
    void listsEndWithTheirLastItem();
};

void TestConversationTab::listedUserMessageTakesTheRequestPlace()
{
    ConversationTab tab;
    tab.setRequestMessages(QJsonArray { json(R"({"role": "user", "content": "Hello there"})") });
    tab.updateMessage(json(R"({"id": "msg_a", "role": "assistant", "run_id": "run_1", "created_at": 10,
        "status": "completed", "content": [{"type": "text", "text": {"value": "Hi!", "annotations": []}}]})"));
    // The final listing: the user's message (no run_id, created first) and the reply again.
    tab.updateMessage(json(R"({"id": "msg_u", "role": "user", "run_id": null, "created_at": 9,
        "content": [{"type": "text", "text": {"value": "Hello there", "annotations": []}}]})"));
    tab.updateMessage(json(R"({"id": "msg_a", "role": "assistant", "run_id": "run_1", "created_at": 10,
        "status": "completed", "content": [{"type": "text", "text": {"value": "Hi!", "annotations": []}}]})"));
    tab.flush();
    const QString text = tab.browser()->toPlainText();
    QCOMPARE(text.count(QStringLiteral("Hello there")), 1);
    QVERIFY2(text.indexOf(QStringLiteral("Hello there")) < text.indexOf(QStringLiteral("Hi!")), qPrintable(text));
    QCOMPARE(tab.assistantText(), QStringLiteral("Hi!"));
}

void TestConversationTab::writingLabelEndsWithTheRun()
{
    ConversationTab tab;
    tab.updateMessage(json(R"({"id": "msg_a", "role": "assistant", "status": "in_progress", "content": []})"));
    tab.appendText(QStringLiteral("msg_a"), 0, QStringLiteral("partial"));
    tab.flush();
    QVERIFY(tab.browser()->toPlainText().contains(QStringLiteral("writing")));
    tab.setRunEnded(QStringLiteral("completed"));
    tab.flush();
    QVERIFY2(!tab.browser()->toPlainText().contains(QStringLiteral("writing")),
             qPrintable(tab.browser()->toPlainText()));
    QVERIFY(tab.browser()->toPlainText().contains(QStringLiteral("finished")));

    tab.clear();
    tab.updateMessage(json(R"({"id": "msg_b", "role": "assistant", "status": "in_progress", "content": []})"));
    tab.setRunEnded(QStringLiteral("cancelled"));
    tab.flush();
    QVERIFY2(tab.browser()->toPlainText().contains(QStringLiteral("stopped")),
             qPrintable(tab.browser()->toPlainText()));

    tab.clear();
    tab.updateMessage(json(R"({"id": "msg_c", "role": "assistant", "status": "completed", "content": []})"));
    tab.flush();
    QVERIFY(tab.browser()->toPlainText().contains(QStringLiteral("finished")));
}

void TestConversationTab::streamedMessageGrowsInPlace()
{
    ConversationTab tab;
    QVERIFY(showStreamingMessage(tab, QStringLiteral("msg_a")));
    QString expected;
    for (int i = 0; i < 3000; ++i) {
        const QString fragment = i % 50 == 49 ? QStringLiteral("\n\n")
            : i % 7 == 0                      ? QStringLiteral("**bold** ")
                                              : QStringLiteral("word%1 ").arg(i);
        tab.appendText(QStringLiteral("msg_a"), 0, fragment);
        expected += fragment;
        if (i % 100 == 99) {
            tab.flush();
            // What arrived is on screen after each render, the open paragraph included.
            int last = i;
            while (last % 50 == 49 || last % 7 == 0) {
                --last;
            }
            QVERIFY2(tab.browser()->toPlainText().contains(QStringLiteral("word%1 ").arg(last)),
                     qPrintable(expected.right(80)));
        }
    }
    tab.flush();
    QCOMPARE(tab.displayedText(QStringLiteral("msg_a")), expected);
    // The header once, the body once: 30 renders never filled the message again.
    QVERIFY2(tab.renderCount() >= 30, qPrintable(QString::number(tab.renderCount())));
    const int fills = tab.fullEntryRenderCount();
    QCOMPARE(fills, 2);

    // The completed message holds the streamed text: only its header changes, and every paragraph
    // is formatted (no Markdown asterisks left).
    QJsonObject done = json(R"({"id": "msg_a", "role": "assistant", "status": "completed", "created_at": 10,
        "content": [{"type": "text", "text": {"value": "", "annotations": []}}]})");
    QJsonArray content = done.value(QStringLiteral("content")).toArray();
    QJsonObject part = content.at(0).toObject();
    part.insert(QStringLiteral("text"),
                QJsonObject { { QStringLiteral("value"), expected }, { QStringLiteral("annotations"), QJsonArray() } });
    content.replace(0, part);
    done.insert(QStringLiteral("content"), content);
    tab.updateMessage(done);
    tab.flush();
    QCOMPARE(tab.fullEntryRenderCount(), fills + 1);
    // Read as a user copies it: text not yet laid out (off screen) is laid out for the copy.
    tab.browser()->setFocus();
    QTest::keyClick(tab.browser(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(tab.browser(), Qt::Key_C, Qt::ControlModifier);
    const QString shown = QGuiApplication::clipboard()->text();
    QVERIFY2(!shown.contains(QStringLiteral("**")), qPrintable(shown.left(200)));
    QCOMPARE(shown.count(QStringLiteral("bold")), expected.count(QStringLiteral("bold")));
    QVERIFY(shown.contains(QStringLiteral("finished")));

    // A final text that is not the streamed one replaces it.
    part.insert(QStringLiteral("text"),
                QJsonObject { { QStringLiteral("value"), QStringLiteral("Rewritten.") },
                              { QStringLiteral("annotations"), QJsonArray() } });
    content.replace(0, part);
    done.insert(QStringLiteral("content"), content);
    tab.updateMessage(done);
    tab.flush();
    QCOMPARE(tab.displayedText(QStringLiteral("msg_a")), QStringLiteral("Rewritten."));
    QVERIFY(tab.browser()->toPlainText().contains(QStringLiteral("Rewritten.")));
    QVERIFY(!tab.browser()->toPlainText().contains(QStringLiteral("word1 ")));

    // A message created before one already shown takes its place above it.
    tab.updateMessage(json(R"({"id": "msg_0", "role": "assistant", "status": "completed", "created_at": 5,
        "content": [{"type": "text", "text": {"value": "Earlier reply", "annotations": []}}]})"));
    tab.flush();
    const QString both = tab.browser()->toPlainText();
    QVERIFY2(both.indexOf(QStringLiteral("Earlier reply")) >= 0
                 && both.indexOf(QStringLiteral("Earlier reply")) < both.indexOf(QStringLiteral("Rewritten.")),
             qPrintable(both));
    QCOMPARE(tab.assistantText(), QStringLiteral("Earlier reply\n\nRewritten."));
}

void TestConversationTab::fastStreamLaysOutWhatIsOnScreen()
{
    ConversationTab tab;
    QVERIFY(showStreamingMessage(tab, QStringLiteral("msg_f")));
    QString expected;
    for (int i = 0; i < 800; ++i) { // far more than a screen
        const QString paragraph = QStringLiteral("Paragraph %1 with **bold %1** and more words. ").arg(i).repeated(4);
        expected += paragraph + QStringLiteral("\n\n");
    }
    tab.appendText(QStringLiteral("msg_f"), 0, expected);
    tab.renderNow();
    QVERIFY(!tab.isRenderPending());
    QCOMPARE(tab.displayedText(QStringLiteral("msg_f")), expected);
    QCOMPARE(tab.fullEntryRenderCount(), 2); // the header and the body, once each
    QTextBrowser *browser = tab.browser();
    QScrollBar *bar = browser->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum()); // the view follows the end
    // The end is on screen, formatted; what scrolled past unseen is not laid out yet.
    QString shown = browser->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Paragraph 799 with bold 799")), qPrintable(shown.right(200)));
    QVERIFY(!shown.contains(QStringLiteral("**")));
    QVERIFY2(!shown.contains(QStringLiteral("Paragraph 0 with")) && shown.size() < expected.size() / 4,
             qPrintable(QString::number(shown.size())));

    // Paging up shows text on every screen, formatted, and the scroll bar reaches the top.
    const auto onScreen = [browser] {
        QTextCursor cursor = browser->cursorForPosition(QPoint(0, 0));
        cursor.setPosition(browser->cursorForPosition(browser->viewport()->rect().bottomRight()).position(),
                           QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    browser->setFocus();
    int pages = 0;
    while (bar->value() > 0 && pages < 1000) {
        QTest::keyClick(browser, Qt::Key_PageUp);
        const QString screen = onScreen();
        QVERIFY2(screen.count(QStringLiteral("Paragraph ")) >= 3 && !screen.contains(QStringLiteral("**")),
                 qPrintable(QStringLiteral("page %1 at %2: %3").arg(pages).arg(bar->value()).arg(screen.left(300))));
        ++pages;
    }
    QCOMPARE(bar->value(), 0);
    shown = browser->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Paragraph 0 with bold 0")), qPrintable(shown.left(300)));
    QCOMPARE(shown.count(QStringLiteral("bold ")), 800 * 4);
    for (int i = 1; i < 800; ++i) { // every paragraph once, in order
        QVERIFY(shown.indexOf(QStringLiteral("Paragraph %1 with").arg(i - 1))
                < shown.indexOf(QStringLiteral("Paragraph %1 with").arg(i)));
    }
    // The chunks of a long message sit flush: about as tall as the same text formatted in one go.
    const QTextDocument *document = browser->document();
    QTextDocument whole;
    whole.setDefaultFont(document->defaultFont());
    whole.setDocumentMargin(document->documentMargin());
    whole.setTextWidth(document->textWidth());
    QTextCursor(&whole).insertMarkdown(expected);
    // The header takes a few lines; each chunk boundary less than half a line (an empty line
    // between chunks would take a whole one).
    const qreal extra = document->size().height() - whole.size().height();
    const qreal line = tab.fontMetrics().height();
    const qsizetype chunks = expected.size() / GrowingBody::ChunkChars;
    QVERIFY(chunks >= 8);
    QVERIFY2(extra >= 0 && extra < 4 * line + qreal(chunks) * line / 2,
             qPrintable(QStringLiteral("%1 vs %2").arg(document->size().height()).arg(whole.size().height())));
}

void TestConversationTab::selectingAllCopiesTextNotYetLaidOut()
{
    ConversationTab tab;
    QVERIFY(showStreamingMessage(tab, QStringLiteral("msg_s")));
    QString expected;
    for (int i = 0; i < 600; ++i) {
        expected += QStringLiteral("Line %1 of a long *reply*.\n\n").arg(i);
    }
    tab.appendText(QStringLiteral("msg_s"), 0, expected);
    tab.renderNow();
    QVERIFY(!tab.browser()->toPlainText().contains(QStringLiteral("Line 0 of")));
    tab.browser()->setFocus();
    QTest::keyClick(tab.browser(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(tab.browser(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Line 0 of a long reply.")), qPrintable(copied.left(200)));
    QCOMPARE(copied.count(QStringLiteral("of a long reply.")), 600);
    QVERIFY(!copied.contains(QLatin1Char('*')));
}

void TestConversationTab::htmlInTextIsShownAsTyped()
{
    // A reply that mentions markup shows it; it never becomes markup that hides what follows.
    ConversationTab tab;
    tab.updateMessage(json(R"({"id": "msg_h", "role": "assistant", "status": "in_progress", "created_at": 10,
        "content": []})"));
    const QString text = QStringLiteral("Start with <html> and then\n\n<div>a block</div>\n\n"
                                        "more **text** with <img src=\"/etc/passwd\"> after.\n\nThe end.");
    tab.appendText(QStringLiteral("msg_h"), 0, text);
    tab.flush();
    const QString shown = tab.browser()->toPlainText();
    for (const QString &part :
         { QStringLiteral("Start with <html> and then"), QStringLiteral("<div>a block</div>"),
           QStringLiteral("more text with <img src=\"/etc/passwd\"> after."), QStringLiteral("The end.") }) {
        QVERIFY2(shown.contains(part), qPrintable(part + QStringLiteral(" not in: ") + shown));
    }
}

void TestConversationTab::listsEndWithTheirLastItem()
{
    // A message, or a streamed paragraph, that ends in a list shows its items and no empty bullet
    // after them (Qt turns the frame's last block into one more item when the Markdown ends in a
    // blank line).
    const auto emptyItems = [](const QTextDocument *document) {
        int empty = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.textList() != nullptr && block.text().trimmed().isEmpty()) {
                ++empty;
            }
        }
        return empty;
    };
    ConversationTab tab;
    QVERIFY(showStreamingMessage(tab, QStringLiteral("msg_l")));
    tab.setRequestMessages(QJsonArray {
        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                      { QStringLiteral("content"), QStringLiteral("Two things:\n\n- one\n- two\n\n") } } });
    tab.appendText(QStringLiteral("msg_l"), 0, QStringLiteral("Steps:\n\n1. first\n2. second\n\n"));
    tab.flush();
    const QTextDocument *document = tab.browser()->document();
    QVERIFY2(document->toPlainText().contains(QStringLiteral("two"))
                 && document->toPlainText().contains(QStringLiteral("second")),
             qPrintable(document->toPlainText()));
    QCOMPARE(emptyItems(document), 0);
    // Formatted later, as the stream goes on, the same.
    tab.appendText(QStringLiteral("msg_l"), 0, QStringLiteral("- a\n- b\n\nThe end.\n\n- last\n\n"));
    tab.updateMessage(json(R"({"id": "msg_l", "role": "assistant", "status": "completed", "created_at": 10,
        "content": []})"));
    tab.flush();
    QVERIFY(document->toPlainText().contains(QStringLiteral("last")));
    QCOMPARE(emptyItems(document), 0);
}

QTEST_MAIN(TestConversationTab)
#include "tst_conversationtab.moc"
