// Tests of the shared widgets in ui/common: the JSON editor and the metadata model/editor.
#include "jsoneditor.h"
#include "metadataeditor.h"
#include "metadatamodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace rl;

class TestComposerWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonEditorReportsLineAndColumn();
    void jsonEditorEmptyAndObjectRules();
    void jsonEditorEditedOnlyForTyping();
    void jsonHighlighterFollowsPaletteLightness();
    void metadataModelPassesTester();
    void metadataModelJsonAndLimits();
    void metadataEditorByKeyboard();
};

void TestComposerWidgets::jsonEditorReportsLineAndColumn()
{
    JsonEditor editor;
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);
    editor.setJson(QByteArrayLiteral("{\n  \"a\": 1,\n  \"b\": ]\n}"));
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorLine(), 3);
    // Qt reports the offset just after the unexpected character.
    QCOMPARE(editor.errorColumn(), 9);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toBool(), false);
    QCOMPARE(spy.last().at(2).toInt(), 3);
    QVERIFY(!editor.extraSelections().isEmpty());

    editor.setJson(QByteArrayLiteral("{\"a\": [1, 2]}"));
    QVERIFY(editor.isValid());
    QCOMPARE(spy.last().at(0).toBool(), true);
    QVERIFY(editor.extraSelections().isEmpty());
}

void TestComposerWidgets::jsonEditorEmptyAndObjectRules()
{
    JsonEditor editor;
    QVERIFY(editor.isValid()); // empty is allowed by default
    editor.setEmptyAllowed(false);
    QVERIFY(!editor.isValid());
    editor.setJson(QByteArrayLiteral("[1]"));
    QVERIFY(editor.isValid());
    editor.setObjectRequired(true);
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorLine(), 1);
}

void TestComposerWidgets::jsonEditorEditedOnlyForTyping()
{
    JsonEditor editor;
    QSignalSpy edited(&editor, &JsonEditor::edited);
    editor.setJson(QByteArrayLiteral("{}"));
    QCOMPARE(edited.count(), 0);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral(" "));
    QVERIFY(edited.count() > 0);
    QVERIFY(editor.isValid());
}

void TestComposerWidgets::jsonHighlighterFollowsPaletteLightness()
{
    JsonEditor editor;
    editor.setJson(QByteArrayLiteral("{\"key\": \"value\"}"));
    const auto keyColour = [&editor] {
        const QList<QTextLayout::FormatRange> formats = editor.document()->firstBlock().layout()->formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start == 1) { // "key" starts after the brace
                return range.format.foreground().color();
            }
        }
        return QColor();
    };
    QPalette light = editor.palette();
    light.setColor(QPalette::Base, Qt::white);
    editor.setPalette(light);
    QVERIFY(keyColour().isValid());
    QVERIFY(keyColour().lightness() < 128); // dark text on a light background
    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    editor.setPalette(dark);
    QVERIFY(keyColour().lightness() > 128); // light text on a dark background
}

void TestComposerWidgets::metadataModelPassesTester()
{
    MetadataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addPair(), 0);
    QVERIFY(model.setData(model.index(0, MetadataModel::KeyColumn), QStringLiteral("k")));
    QVERIFY(model.setData(model.index(0, MetadataModel::ValueColumn), QStringLiteral("v")));
    model.addPair();
    model.removeRows(0, 1);
    model.setJson(
        QJsonObject { { QStringLiteral("a"), QStringLiteral("1") }, { QStringLiteral("b"), QStringLiteral("2") } });
    QCOMPARE(model.rowCount(), 2);
    model.insertRows(1, 2);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.removeRows(3, 2));
    model.setPairs({});
    QCOMPARE(model.rowCount(), 0);
}

void TestComposerWidgets::metadataModelJsonAndLimits()
{
    MetadataModel model;
    for (int i = 0; i < MetadataModel::MaxPairs; ++i) {
        const int row = model.addPair();
        QCOMPARE(row, i);
        model.setData(model.index(row, 0), QStringLiteral("key%1").arg(i));
    }
    QCOMPARE(model.addPair(), -1); // the 17th pair is refused
    QVERIFY(!model.exceedsLimits());
    QVERIFY(model.counterText().contains(QStringLiteral("16 of 16")));
    model.setData(model.index(0, 0), QString(65, QLatin1Char('k')));
    QVERIFY(model.exceedsLimits());
    QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("65")));
    model.setData(model.index(0, 0), QStringLiteral("key1")); // duplicate key
    QVERIFY(model.exceedsLimits());
    QCOMPARE(model.toJson().size(), 15);
}

void TestComposerWidgets::metadataEditorByKeyboard()
{
    MetadataEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("addPairPushButton"));
    auto *counter = editor.findChild<QLabel *>(QStringLiteral("metadataCounterLabel"));
    QVERIFY(add && counter);
    QVERIFY(editor.isEmpty());
    QTest::mouseClick(add, Qt::LeftButton);
    QWidget *keyEdit = QApplication::focusWidget();
    QVERIFY(keyEdit);
    QCOMPARE(keyEdit->objectName(), QStringLiteral("metadataKeyLineEdit"));
    QTest::keyClicks(keyEdit, QStringLiteral("source"));
    QTest::keyClick(keyEdit, Qt::Key_Tab);
    QWidget *valueEdit = QApplication::focusWidget();
    QVERIFY(valueEdit);
    QCOMPARE(valueEdit->objectName(), QStringLiteral("metadataValueLineEdit"));
    QTest::keyClicks(valueEdit, QStringLiteral("gui"));
    QTest::keyClick(valueEdit, Qt::Key_Return);
    QCoreApplication::processEvents(); // item views commit on Return through a queued call
    QCOMPARE(editor.toJson(), (QJsonObject { { QStringLiteral("source"), QStringLiteral("gui") } }));
    QVERIFY(counter->text().contains(QStringLiteral("1 of 16")));
    // A key over the limit is kept as typed, not cut; the counter and the cell say what is wrong.
    auto *view = editor.findChild<QTableView *>(QStringLiteral("metadataTableView"));
    view->edit(editor.model()->index(0, 0));
    QWidget *edit = QApplication::focusWidget();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QString(80, QLatin1Char('x')));
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(editor.model()->pairs().at(0).first, QString(80, QLatin1Char('x')));
    QVERIFY(editor.model()->exceedsLimits());
    QVERIFY2(counter->text().contains(QStringLiteral("80/%1").arg(MetadataModel::MaxKeyLength)),
             qPrintable(counter->text()));
    QVERIFY(editor.model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Too long")));
}

QTEST_MAIN(TestComposerWidgets)
#include "tst_composerwidgets.moc"
