// The run inspector: the lazy JSON tree model and the inspector widget (search, copy, save).
#include "jsontreemodel.h"
#include "runformat.h"
#include "runinspector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace rl;

namespace {

QJsonObject sampleRun()
{
    const QByteArray json = R"({
      "id": "run_abc", "object": "thread.run", "created_at": 1700000000, "started_at": 1700000002,
      "completed_at": 1700000012, "thread_id": "thread_1", "assistant_id": "asst_1",
      "status": "completed", "model": "gpt-4o", "instructions": null, "tools": [],
      "metadata": {"weird key": "x", "runlens_scenario": "slow"},
      "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150},
      "thread": {"messages": [{"role": "user", "content": "weather in Paris"},
                              {"role": "assistant", "content": "sunny in paris"}]},
      "temperature": 0.7, "parallel_tool_calls": true
    })";
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestRunInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTester();
    void modelIsLazy();
    void pathsAndTimestamps();
    void searchFindsKeysAndValues();
    void inspectorSearchNextPrevious();
    void inspectorCopyActions();
    void inspectorSave();
    void durationsOfRun();
};

void TestRunInspector::modelPassesTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(sampleRun());
    QCOMPARE(model.rowCount(), sampleRun().size());
    // Walk everything so that every node is created and checked.
    QTreeView view;
    view.setModel(&model);
    view.expandAll();
    model.setJson(QJsonArray { 1, QJsonArray { 2, 3 }, QJsonObject { { QStringLiteral("a"), 4 } } });
    QCOMPARE(model.rowCount(), 3);
    model.setJson(QJsonValue(QStringLiteral("plain")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("plain"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRunInspector::modelIsLazy()
{
    // A big array: counting rows must not need the items, and an index deep down is reachable.
    QJsonArray items;
    for (int i = 0; i < 5000; ++i) {
        items.append(QJsonObject { { QStringLiteral("n"), i } });
    }
    JsonTreeModel model;
    model.setJson(QJsonObject { { QStringLiteral("items"), items } });
    const QModelIndex itemsIndex = model.index(0, 0);
    QCOMPARE(model.rowCount(itemsIndex), 5000);
    const QModelIndex deep = model.indexForRowPath({ 0, 4321, 0 }, JsonTreeModel::ValueColumn);
    QVERIFY(deep.isValid());
    QCOMPARE(deep.data().toString(), QStringLiteral("4321"));
    QCOMPARE(model.pathOf(deep), QStringLiteral("items[4321].n"));
    QCOMPARE(model.rowPathOf(deep), (JsonTreeModel::RowPath { 0, 4321, 0 }));
    QVERIFY(!model.indexForRowPath({ 0, 5000 }).isValid());
}

void TestRunInspector::pathsAndTimestamps()
{
    JsonTreeModel model;
    model.setJson(sampleRun());
    const auto hits = model.search(QStringLiteral("weird key"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(model.pathOf(model.indexForRowPath(hits.first())), QStringLiteral("metadata[\"weird key\"]"));

    const auto created = model.search(QStringLiteral("created_at"));
    QCOMPARE(created.size(), 1);
    const QModelIndex value = model.indexForRowPath(created.first(), JsonTreeModel::ValueColumn);
    QVERIFY(value.data(JsonTreeModel::TimestampRole).toBool());
    const QString shown = value.data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("1700000000")), qPrintable(shown));
    QVERIFY2(shown.contains(JsonTreeModel::timestampText(1700000000)), qPrintable(shown));
    QCOMPARE(value.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("timestamp"));

    const auto status = model.search(QStringLiteral("status"));
    QVERIFY(!status.isEmpty());
    const QModelIndex statusIndex = model.indexForRowPath(status.first());
    QVERIFY(statusIndex.data(JsonTreeModel::HighlightRole).toBool());
    QVERIFY(statusIndex.data(Qt::FontRole).value<QFont>().bold());
    // Non-ids are not highlighted.
    const QModelIndex modelRow = model.indexForRowPath(model.search(QStringLiteral("gpt-4o")).first());
    QVERIFY(!modelRow.data(JsonTreeModel::HighlightRole).toBool());
    QCOMPARE(JsonTreeModel::toJsonText(QJsonValue(QStringLiteral("a\"b"))), QStringLiteral("\"a\\\"b\""));
    QCOMPARE(JsonTreeModel::toJsonText(QJsonValue(2.5)), QStringLiteral("2.5"));
}

void TestRunInspector::searchFindsKeysAndValues()
{
    JsonTreeModel model;
    model.setJson(sampleRun());
    // Case-insensitive, values and keys, in display order.
    const auto paris = model.search(QStringLiteral("PARIS"));
    QCOMPARE(paris.size(), 2);
    QCOMPARE(model.pathOf(model.indexForRowPath(paris.at(0))), QStringLiteral("thread.messages[0].content"));
    QCOMPARE(model.pathOf(model.indexForRowPath(paris.at(1))), QStringLiteral("thread.messages[1].content"));
    QVERIFY(model.search(QStringLiteral("no such thing")).isEmpty());
    QCOMPARE(model.search(QStringLiteral("_at"), 2).size(), 2);
}

void TestRunInspector::inspectorSearchNextPrevious()
{
    RunInspector inspector;
    inspector.resize(900, 500);
    inspector.show();
    QAbstractItemModelTester tester(inspector.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    inspector.setJson(sampleRun(), QStringLiteral("Final run"));

    auto *search = inspector.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *next = inspector.findChild<QToolButton *>(QStringLiteral("nextMatchToolButton"));
    auto *previous = inspector.findChild<QToolButton *>(QStringLiteral("previousMatchToolButton"));
    auto *count = inspector.findChild<QLabel *>(QStringLiteral("matchCountLabel"));
    auto *tree = inspector.findChild<QTreeView *>(QStringLiteral("jsonTreeView"));
    auto *raw = inspector.findChild<QPlainTextEdit *>(QStringLiteral("rawJsonPlainTextEdit"));
    QVERIFY(search && next && previous && count && tree && raw);

    QTest::keyClicks(search, QStringLiteral("paris"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(inspector.matchCount(), 2);
    QCOMPARE(inspector.currentMatch(), 0);
    QCOMPARE(count->text(), QStringLiteral("1 of 2"));
    QModelIndex current = tree->currentIndex();
    QCOMPARE(inspector.model()->pathOf(current), QStringLiteral("thread.messages[0].content"));
    QVERIFY(tree->isExpanded(current.parent()));
    QVERIFY(tree->isExpanded(current.parent().parent()));
    QCOMPARE(raw->toPlainText(), QStringLiteral("\"weather in Paris\""));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(inspector.model()->pathOf(tree->currentIndex()), QStringLiteral("thread.messages[1].content"));
    QCOMPARE(count->text(), QStringLiteral("2 of 2"));
    QTest::mouseClick(next, Qt::LeftButton); // wraps around
    QCOMPARE(inspector.currentMatch(), 0);
    QTest::mouseClick(previous, Qt::LeftButton); // wraps back
    QCOMPARE(inspector.currentMatch(), 1);
    QCOMPARE(inspector.model()->pathOf(tree->currentIndex()), QStringLiteral("thread.messages[1].content"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz-nothing"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(inspector.matchCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("No match"));
    QVERIFY(!next->isEnabled());
}

void TestRunInspector::inspectorCopyActions()
{
    RunInspector inspector;
    inspector.show();
    inspector.setJson(sampleRun());
    inspector.setSearchText(QStringLiteral("prompt_tokens"));
    QCOMPARE(inspector.matchCount(), 1);
    auto *copyValue = inspector.findChild<QAction *>(QStringLiteral("copyValueAction"));
    auto *copyPath = inspector.findChild<QAction *>(QStringLiteral("copyPathAction"));
    auto *copySubtree = inspector.findChild<QAction *>(QStringLiteral("copySubtreeAction"));
    QVERIFY(copyValue && copyPath && copySubtree);
    copyValue->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("120"));
    copyPath->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("usage.prompt_tokens"));

    inspector.setSearchText(QStringLiteral("usage"));
    copySubtree->trigger();
    const QJsonObject usage = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 150);
}

void TestRunInspector::inspectorSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunInspector inspector;
    inspector.setJson(sampleRun());
    const QString fileName = dir.filePath(QStringLiteral("run.json"));
    RunInspector::setNextSaveFileName(fileName);
    auto *saveButton = inspector.findChild<QPushButton *>(QStringLiteral("saveJsonPushButton"));
    QVERIFY(saveButton);
    QSignalSpy savedSpy(&inspector, &RunInspector::saved);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QCOMPARE(savedSpy.size(), 1);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), sampleRun());
    // A cancelled dialog writes nothing.
    RunInspector::setNextSaveFileName(QString());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QCOMPARE(savedSpy.size(), 1);
}

void TestRunInspector::durationsOfRun()
{
    const RunDurations d = RunDurations::of(sampleRun());
    QCOMPARE(d.queued, 2);
    QCOMPARE(d.running, 10);
    QCOMPARE(d.total, 12);
    QCOMPARE(d.endField, QStringLiteral("completed_at"));
    QJsonObject running = sampleRun();
    running.remove(QStringLiteral("completed_at"));
    QCOMPARE(RunDurations::of(running).running, -1);

    RunInspector inspector;
    inspector.setJson(sampleRun());
    auto *total = inspector.findChild<QLabel *>(QStringLiteral("totalDurationLabel"));
    auto *usage = inspector.findChild<QLabel *>(QStringLiteral("usageLabel"));
    QVERIFY(total && usage);
    QVERIFY2(total->text().contains(QStringLiteral("12 s")), qPrintable(total->text()));
    QVERIFY2(usage->text().contains(QStringLiteral("150")), qPrintable(usage->text()));
    QVERIFY(!inspector.findChild<QWidget *>(QStringLiteral("runSummaryStrip"))->isHidden());
    inspector.setJson(QJsonObject { { QStringLiteral("id"), QStringLiteral("msg_1") } });
    QVERIFY(inspector.findChild<QWidget *>(QStringLiteral("runSummaryStrip"))->isHidden());
}

QTEST_MAIN(TestRunInspector)
#include "tst_runinspector.moc"
