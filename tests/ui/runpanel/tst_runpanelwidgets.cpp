// The run panel's widgets without a server: empty hint, request messages in the conversation,
// inspector layout, steps/events follow the newest row, timeline columns, dark palette badges
// (the conversation's own tests: tst_conversationtab).
#include "apierror.h"
#include "conversationtab.h"
#include "eventstab.h"
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
#include <QDateTime>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>

#include <cmath>

using namespace rl;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
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
