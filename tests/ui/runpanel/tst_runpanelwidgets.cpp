// The run panel's widgets without a server: empty hint, request messages in the conversation,
// inspector layout, steps/events follow the newest row, timeline columns, dark palette badges.
#include "apierror.h"
#include "conversationtab.h"
#include "eventstab.h"
#include "growingbody.h"
#include "jsontreemodel.h"
#include "rowfollower.h"
#include "runformat.h"
#include "runinspector.h"
#include "runpanel.h"
#include "statusbadge.h"
#include "stepstab.h"
#include "streamdecoder.h"
#include "streamevent.h"
#include "timelinetab.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTreeView>

#include <cmath>

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

QJsonObject sampleRun()
{
    return json(R"({"id": "run_abc", "object": "thread.run", "created_at": 1700000000, "started_at": 1700000002,
      "completed_at": 1700000012, "thread_id": "thread_1", "assistant_id": "asst_1", "status": "completed",
      "model": "gpt-4o", "tools": [], "metadata": {"a": "b"},
      "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}})");
}

QJsonObject step(const char *id, const char *status, qint64 createdAt)
{
    return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                         { QStringLiteral("object"), QStringLiteral("thread.run.step") },
                         { QStringLiteral("type"), QStringLiteral("message_creation") },
                         { QStringLiteral("status"), QLatin1String(status) },
                         { QStringLiteral("created_at"), createdAt } };
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

} // namespace

class TestRunPanelWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyPanelShowsHint();
    void requestMessagesOpenTheConversation();
    void listedUserMessageTakesTheRequestPlace();
    void writingLabelEndsWithTheRun();
    void streamedMessageGrowsInPlace();
    void fastStreamLaysOutWhatIsOnScreen();
    void selectingAllCopiesTextNotYetLaidOut();
    void htmlInTextIsShownAsTyped();
    void listsEndWithTheirLastItem();
    void inspectorTreeGetsTheSpace();
    void stepsFollowNewestUntilUserPicks();
    void eventsShowPlaceholderThenFollow();
    void eventsFilterAsTypedAndParseOnSelection();
    void stepCreatedShowsTimeOnly();
    void timelineColumnsAreReadable();
    void statusBadgesReadableInDarkPalette();
};

void TestRunPanelWidgets::emptyPanelShowsHint()
{
    RunPanel panel;
    panel.resize(900, 600);
    panel.show();
    QVERIFY(panel.isEmptyHintShown());
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("emptyHintLabel"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("press Send")));
    QCOMPARE(hint->alignment() & Qt::AlignHCenter, Qt::AlignHCenter);
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("runContentWidget"))->isVisible());
    // An error without any run (the request could not be sent) is still shown.
    panel.showError(ApiError::ofKind(ApiError::Kind::Network, QStringLiteral("no route")));
    QVERIFY(panel.isErrorShown());

    panel.showRequest(R"({"assistant_id":"asst_1","thread":{"messages":[{"role":"user","content":"Hi"}]}})");
    QVERIFY(!panel.isEmptyHintShown());
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("runContentWidget"))->isVisible());
}

void TestRunPanelWidgets::requestMessagesOpenTheConversation()
{
    RunPanel panel;
    const QByteArray body = R"({"assistant_id": "asst_1", "thread": {"messages": [
        {"role": "user", "content": "What is in this picture?",
         "attachments": [{"file_id": "file-doc1", "tools": [{"type": "file_search"}]}]},
        {"role": "user", "content": [{"type": "text", "text": "Second question"},
                                     {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
                                     {"type": "image_file", "image_file": {"file_id": "file-img9"}}]}]}})";
    panel.showRequest(body);
    ConversationTab *tab = panel.conversationTab();
    QCOMPARE(tab->requestMessageCount(), 2);
    tab->appendText(QStringLiteral("msg_a"), 0, QStringLiteral("It is a cat."));
    tab->flush();
    const QString text = tab->browser()->toPlainText();
    const qsizetype first = text.indexOf(QStringLiteral("What is in this picture?"));
    const qsizetype second = text.indexOf(QStringLiteral("Second question"));
    const qsizetype reply = text.indexOf(QStringLiteral("It is a cat."));
    QVERIFY2(first >= 0 && second > first && reply > second, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("You")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("file-doc1 for file_search")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://example.com/cat.png")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("file-img9")), qPrintable(text));
    // The user's words are not the assistant's.
    QCOMPARE(tab->assistantText(), QStringLiteral("It is a cat."));
}

void TestRunPanelWidgets::listedUserMessageTakesTheRequestPlace()
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

void TestRunPanelWidgets::writingLabelEndsWithTheRun()
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

void TestRunPanelWidgets::streamedMessageGrowsInPlace()
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

void TestRunPanelWidgets::fastStreamLaysOutWhatIsOnScreen()
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

void TestRunPanelWidgets::selectingAllCopiesTextNotYetLaidOut()
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

void TestRunPanelWidgets::htmlInTextIsShownAsTyped()
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

void TestRunPanelWidgets::listsEndWithTheirLastItem()
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

void TestRunPanelWidgets::inspectorTreeGetsTheSpace()
{
    RunPanel panel;
    panel.resize(1400, 860);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.inspect(sampleRun(), QStringLiteral("Final run run_abc"));
    RunInspector *inspector = panel.inspector();
    QVERIFY(inspector->isVisible());
    QTRY_VERIFY(inspector->findChild<QWidget *>(QStringLiteral("runSummaryStrip"))->isVisible());
    const int inspectorHeight = inspector->height();
    const int treeHeight = inspector->treeView()->height();
    QVERIFY2(treeHeight >= inspectorHeight * 6 / 10,
             qPrintable(QStringLiteral("tree %1 of %2").arg(treeHeight).arg(inspectorHeight)));
    const QWidget *strip = inspector->findChild<QWidget *>(QStringLiteral("runSummaryStrip"));
    QVERIFY2(strip->height() <= 3 * strip->fontMetrics().height(), qPrintable(QString::number(strip->height())));
    // Key fits its contents, value stretches, type stays narrow.
    const QHeaderView *header = inspector->treeView()->header();
    QCOMPARE(header->sectionResizeMode(JsonTreeModel::KeyColumn), QHeaderView::ResizeToContents);
    QCOMPARE(header->sectionResizeMode(JsonTreeModel::ValueColumn), QHeaderView::Stretch);
    QVERIFY(header->sectionSize(JsonTreeModel::TypeColumn) < header->sectionSize(JsonTreeModel::ValueColumn) / 2);
}

void TestRunPanelWidgets::stepsFollowNewestUntilUserPicks()
{
    StepsTab tab;
    tab.resize(800, 500);
    tab.show();
    QVERIFY(!tab.detailPane()->isDetailShown());
    QVERIFY(tab.detailPane()->placeholderLabel()->isVisible());
    QCOMPARE(tab.detailPane()->placeholderLabel()->text(), QStringLiteral("Select a step to see its details"));
    tab.setLive(true);
    tab.updateStep(step("step_1", "completed", 1700000000));
    QCOMPARE(tab.tableView()->currentIndex().row(), 0);
    QVERIFY(tab.detailPane()->isDetailShown());
    tab.updateStep(step("step_2", "in_progress", 1700000001));
    QCOMPARE(tab.tableView()->currentIndex().row(), 1);
    // The user picks the first step: a new step does not take the selection away.
    QTest::mouseClick(tab.tableView()->viewport(), Qt::LeftButton, {},
                      tab.tableView()->visualRect(tab.model()->index(0, 0)).center());
    QCOMPARE(tab.tableView()->currentIndex().row(), 0);
    tab.updateStep(step("step_3", "in_progress", 1700000002));
    QCOMPARE(tab.tableView()->currentIndex().row(), 0);
    // A new run forgets the choice.
    tab.clear();
    QVERIFY(!tab.detailPane()->isDetailShown());
    tab.setLive(true);
    tab.updateStep(step("step_9", "in_progress", 1700000003));
    QCOMPARE(tab.tableView()->currentIndex().row(), 0);
    // Not live: nothing is selected for the user.
    tab.clear();
    tab.setLive(false);
    tab.updateStep(step("step_10", "completed", 1700000004));
    QVERIFY(!tab.tableView()->currentIndex().isValid());
    QVERIFY(!tab.detailPane()->isDetailShown());
}

void TestRunPanelWidgets::eventsFilterAsTypedAndParseOnSelection()
{
    EventsTab tab;
    tab.resize(900, 500);
    tab.show();
    AssistantStreamReader reader;
    const QList<StreamEvent> events = reader.feed(QByteArray(R"(event: thread.run.created
data: {"id":"run_1","object":"thread.run","status":"queued"}

event: thread.message.delta
data: {"id":"msg_b","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":"The \"quoted\" Gr\u00f6\u00dfe"}}]}}

event: thread.message.delta
data: {"id":"msg_b","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":" plain words"}}]}}

)"));
    QCOMPARE(events.size(), 3);
    QVERIFY(events.at(1).textDelta.has_value()); // read without a QJsonValue
    qint64 at = 0;
    for (const StreamEvent &event : events) {
        tab.addEvent(event, at += 10);
    }
    tab.flush();
    QCOMPARE(tab.filterModel()->rowCount(), 3);
    QCOMPARE(tab.model()->index(1, EventsModel::SummaryColumn).data().toString(),
             QStringLiteral("+\u201cThe \"quoted\" Gr\u00f6\u00dfe\u201d"));

    auto *filter = tab.findChild<QLineEdit *>(QStringLiteral("eventFilterLineEdit"));
    QVERIFY(filter);
    const auto typed = [&](const QString &text) {
        filter->clear();
        for (const QChar ch : text) { // QTest::keyClicks takes ASCII only
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(filter, &press);
        }
        return filter->text() == text ? tab.filterModel()->rowCount() : -1;
    };
    QCOMPARE(typed(QStringLiteral("\"quoted\"")), 1); // the text as shown, not as escaped in the bytes
    const auto *count = tab.findChild<QLabel *>(QStringLiteral("eventCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("1 of 3 events")); // narrowing updates the count too
    QCOMPARE(typed(QStringLiteral("gr\u00f6\u00dfe")), 1); // any case, beyond ASCII too
    QCOMPARE(typed(QStringLiteral("MSG_B")), 2); // in the bytes only, any case
    QCOMPARE(typed(QStringLiteral("thread.RUN")), 1); // the event name
    QCOMPARE(typed(QStringLiteral("nowhere")), 0);
    filter->clear();
    QCOMPARE(tab.filterModel()->rowCount(), 3);

    // Selecting a delta parses its bytes for the payload tree.
    tab.tableView()->setCurrentIndex(tab.filterModel()->index(2, 0));
    QVERIFY(tab.detailPane()->isDetailShown());
    auto *payload = tab.findChild<QTreeView *>(QStringLiteral("eventPayloadTreeView"));
    QVERIFY(payload);
    QStringList keys;
    for (int row = 0; row < payload->model()->rowCount(); ++row) {
        keys.append(payload->model()->index(row, 0).data().toString());
    }
    QVERIFY2(keys.contains(QStringLiteral("delta")) && keys.contains(QStringLiteral("id")),
             qPrintable(keys.join(QLatin1Char(','))));
}

void TestRunPanelWidgets::eventsShowPlaceholderThenFollow()
{
    EventsTab tab;
    tab.resize(800, 500);
    tab.show();
    QVERIFY(!tab.detailPane()->isDetailShown());
    tab.setLive(true);
    StreamEvent event;
    event.name = QStringLiteral("thread.run.created");
    event.known = true;
    event.data = sampleRun();
    tab.addEvent(event, 10);
    tab.addEvent(event, 20);
    tab.flush();
    QCOMPARE(tab.tableView()->currentIndex().row(), 1);
    QVERIFY(tab.detailPane()->isDetailShown());
}

void TestRunPanelWidgets::stepCreatedShowsTimeOnly()
{
    StepsModel model;
    const qint64 created = 1700000000;
    model.updateStep(step("step_1", "completed", created));
    const QModelIndex cell = model.index(0, StepsModel::CreatedColumn);
    const QString expected = QDateTime::fromSecsSinceEpoch(created).toLocalTime().toString(QStringLiteral("hh:mm:ss"));
    QCOMPARE(cell.data().toString(), expected);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), JsonTreeModel::timestampText(created));
}

void TestRunPanelWidgets::timelineColumnsAreReadable()
{
    TimelineTab tab;
    tab.resize(1000, 400);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.addTransition(QStringLiteral("queued"), 0);
    tab.addTransition(QStringLiteral("requires_action"), 300);
    tab.addTransition(QStringLiteral("in_progress"), 1000);
    tab.setNow(4000);
    QTableView *view = tab.tableView();
    const QFontMetrics metrics = view->fontMetrics();
    const QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->sectionSize(TimelineModel::StatusColumn)
            >= metrics.horizontalAdvance(QStringLiteral("Requires action")));
    const QString spent = tab.model()->index(2, TimelineModel::SpentColumn).data().toString();
    QVERIFY(header->sectionSize(TimelineModel::SpentColumn) >= metrics.horizontalAdvance(spent));
    // The bar column takes the rest; the text columns are not stretched across the width.
    QCOMPARE(header->sectionResizeMode(TimelineModel::ShareColumn), QHeaderView::Stretch);
    QVERIFY(header->sectionSize(TimelineModel::SpentColumn) < view->viewport()->width() / 3);
    QCOMPARE(tab.model()->index(0, TimelineModel::ShareColumn).data(TimelineModel::ShareRole).toDouble(),
             300.0 / 4000.0);
    QCOMPARE(tab.model()->index(2, TimelineModel::ShareColumn).data().toString(), QStringLiteral("75 %"));
}

void TestRunPanelWidgets::statusBadgesReadableInDarkPalette()
{
    const QPalette old = QApplication::palette();
    QApplication::setPalette(darkPalette());
    StatusBadge badge;
    badge.show();
    for (const char *status : { "", "queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed",
                                "completed", "incomplete", "expired", "some_new_status" }) {
        badge.setStatus(QLatin1String(status));
        const StatusLook look = RunFormat::statusLook(QLatin1String(status));
        QVERIFY2(!badge.text().isEmpty(), status); // never colour alone
        QVERIFY2(contrast(look.foreground, look.background) >= 4.5, status);
        // What is painted: the badge's own fill, and text that stands out from it.
        badge.adjustSize();
        const QImage image = badge.grab().toImage();
        const QColor fill = image.pixelColor(2, image.height() / 2);
        QVERIFY2(contrast(fill, look.background) < 1.2, qPrintable(QLatin1String(status) + fill.name()));
        double best = 1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                best = qMax(best, contrast(image.pixelColor(x, y), fill));
            }
        }
        QVERIFY2(best >= 4.5,
                 qPrintable(QStringLiteral("%1: best text contrast %2").arg(QLatin1String(status)).arg(best)));
        // The status word in a table reads as well: the models use the same pair.
        QVERIFY(contrast(look.foreground, darkPalette().color(QPalette::Base))
                < contrast(look.foreground, look.background));
    }
    QApplication::setPalette(old);
}

QTEST_MAIN(TestRunPanelWidgets)
#include "tst_runpanelwidgets.moc"
