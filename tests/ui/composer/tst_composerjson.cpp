// The JSON tab keeps what is typed: an edit that does not parse stays exactly as typed until the
// person fixes or discards it, the form says so and is locked, and Send is off with the reason.
#include "composertesthelpers.h"
#include "composerwidget.h"
#include "jsoneditor.h"

#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolBox>

using namespace rl;
using namespace testhelpers;

class TestComposerJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void brokenEditBlocksSendAndSaysWhy();
    void newRequestAsksFirstAndStartsClean();
    void brokenEditSurvivesTheForm();
    void discardGoesBackToTheForm();
    void fixingTheEditAppliesIt();

private:
    // Types over "0.7," in the JSON tab so that temperature reads 0.9 and its comma is gone.
    void breakTemperature();
    [[nodiscard]] QStringList problemTexts() const;

    ComposerWidget *m_composer = nullptr;
    JsonEditor *m_editor = nullptr;
    QString m_typed;
};

void TestComposerJson::initTestCase()
{
    useTestSettings(QStringLiteral("tst_composerjson"));
}

void TestComposerJson::init()
{
    m_composer = new ComposerWidget;
    showActive(m_composer);
    m_composer->setBody(json(R"({"assistant_id": "asst_1", "temperature": 0.7, "top_p": 1,
        "thread": {"messages": [{"role": "user", "content": "Hello"}]}, "metadata": {"k": "v"}})"));
    m_editor = find<JsonEditor>(m_composer, "jsonBodyEditor");
    QVERIFY(m_editor);
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());
}

void TestComposerJson::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void TestComposerJson::breakTemperature()
{
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentWidget(find<QWidget>(m_composer, "jsonTab"));
    m_editor->setFocus();
    QTextCursor cursor = m_editor->document()->find(QStringLiteral("0.7,"));
    QVERIFY(!cursor.isNull());
    m_editor->setTextCursor(cursor);
    QTest::keyClicks(m_editor, QStringLiteral("0.9"));
    m_typed = m_editor->toPlainText();
    QVERIFY(m_typed.contains(QStringLiteral("0.9\n")));
    QVERIFY(!m_editor->isValid());
}

QStringList TestComposerJson::problemTexts() const
{
    QStringList texts;
    auto *list = find<QListWidget>(m_composer, "problemsListWidget");
    for (int i = 0; i < list->count(); ++i) {
        texts.append(list->item(i)->text());
    }
    return texts;
}

// File > New request (Ctrl+N): an unapplied JSON edit and unsaved changes are asked about first;
// the new request keeps the assistant, holds one empty user message, and the text has the focus.
void TestComposerJson::newRequestAsksFirstAndStartsClean()
{
    breakTemperature();
    if (QTest::currentTestFailed()) {
        return;
    }
    // Ctrl+N in the window, which is active again once a question has closed.
    const auto pressNew = [this] {
        m_composer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_composer));
        QTest::keySequence(m_composer, QKeySequence::New);
    };
    auto answered = answerNextMessageBox(QMessageBox::Cancel);
    pressNew();
    QTRY_VERIFY(*answered);
    QCOMPARE(m_editor->toPlainText(), m_typed); // kept as typed

    answered = answerNextMessageBox(QMessageBox::Discard); // the JSON edit
    auto saved = answerNextMessageBox(QMessageBox::Discard); // the unsaved request
    pressNew();
    QTRY_VERIFY(*answered && *saved);
    const QJsonObject fresh = body(*m_composer);
    QCOMPARE(fresh.value(QStringLiteral("assistant_id")).toString(), QStringLiteral("asst_1"));
    QVERIFY(!fresh.contains(QStringLiteral("temperature")));
    QVERIFY(!fresh.contains(QStringLiteral("metadata")));
    QCOMPARE(fresh.value(QStringLiteral("thread")).toObject().value(QStringLiteral("messages")).toArray().size(), 1);
    QVERIFY(!m_composer->isModified());
    QVERIFY(m_composer->fileName().isEmpty());
    QVERIFY(!m_editor->toPlainText().contains(QStringLiteral("0.9")));
    // (the window's focus widget: the window becomes active again only after the question closed)
    auto *focus = qobject_cast<QPlainTextEdit *>(m_composer->focusWidget());
    QVERIFY2(focus && find<QWidget>(m_composer, "conversationSection")->isAncestorOf(focus),
             m_composer->focusWidget() ? qPrintable(m_composer->focusWidget()->objectName()) : "none");

    // Nothing changed since: no question.
    answered = answerNextMessageBox(QMessageBox::Cancel);
    pressNew();
    QTest::qWait(100);
    QVERIFY(!*answered);
}

void TestComposerJson::brokenEditBlocksSendAndSaysWhy()
{
    breakTemperature();
    if (QTest::currentTestFailed()) {
        return;
    }
    // Send is off, and says why; the Problems list shows the mistake instead of "No problems".
    QTRY_VERIFY(!m_composer->sendAction()->isEnabled());
    QVERIFY(!m_composer->isSendable());
    QVERIFY2(m_composer->whyNotSendable().contains(QStringLiteral("not valid JSON")),
             qPrintable(m_composer->whyNotSendable()));
    QVERIFY(m_composer->sendAction()->toolTip().contains(QStringLiteral("JSON tab")));
    const QStringList texts = problemTexts();
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("line ")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(!texts.contains(QStringLiteral("No problems found.")));
    // Ctrl+Enter sends nothing.
    QSignalSpy sent(m_composer, &ComposerWidget::sendRequested);
    QTest::keyClick(m_editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 0);
    // A click on the problem puts the cursor on the mistake, from the Form tab too.
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentWidget(find<QWidget>(m_composer, "formTab"));
    auto *list = find<QListWidget>(m_composer, "problemsListWidget");
    QListWidgetItem *item = list->item(0);
    QVERIFY(item->text().contains(QStringLiteral("JSON tab")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(find<QTabWidget>(m_composer, "composerTabWidget")->currentWidget(), find<QWidget>(m_composer, "jsonTab"));
    QCOMPARE(QApplication::focusWidget(), m_editor);
    QCOMPARE(m_editor->textCursor().blockNumber() + 1, m_editor->errorLine());
    QCOMPARE(m_editor->toPlainText(), m_typed);
    // What would be sent is still the last valid body; the broken edit is not half-applied.
    QCOMPARE(body(*m_composer).value(QStringLiteral("temperature")).toDouble(), 0.7);
}

void TestComposerJson::brokenEditSurvivesTheForm()
{
    breakTemperature();
    if (QTest::currentTestFailed()) {
        return;
    }
    // On the Form tab a notice says the JSON holds an unapplied edit, and the form is locked.
    auto *tabs = find<QTabWidget>(m_composer, "composerTabWidget");
    tabs->setCurrentWidget(find<QWidget>(m_composer, "formTab"));
    QVERIFY(find<QFrame>(m_composer, "jsonEditNoticeFrame")->isVisible());
    openSection(m_composer, "metadataSection");
    QWidget *metadata = find<QWidget>(m_composer, "metadataSection");
    QVERIFY(!metadata->isEnabled());
    // Trying to change a metadata value does nothing.
    auto *add = find<QPushButton>(metadata, "addPairPushButton");
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("other"));
    // Back on the JSON tab the edit is there, exactly as typed.
    tabs->setCurrentWidget(find<QWidget>(m_composer, "jsonTab"));
    QCOMPARE(m_editor->toPlainText(), m_typed);
    QCOMPARE(body(*m_composer).value(QStringLiteral("metadata")).toObject(), json(R"({"k": "v"})"));
}

void TestComposerJson::discardGoesBackToTheForm()
{
    breakTemperature();
    if (QTest::currentTestFailed()) {
        return;
    }
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentWidget(find<QWidget>(m_composer, "formTab"));
    click(find<QPushButton>(m_composer, "discardJsonEditPushButton"));
    QVERIFY(m_editor->isValid());
    QVERIFY(m_editor->toPlainText().contains(QStringLiteral("0.7")));
    QVERIFY(!find<QFrame>(m_composer, "jsonEditNoticeFrame")->isVisible());
    QVERIFY(find<QToolBox>(m_composer, "sectionsToolBox")->isEnabled());
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());
    // The same button sits under the editor while the edit is broken.
    breakTemperature();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto *discard = find<QPushButton>(m_composer, "discardJsonTabEditPushButton");
    QTRY_VERIFY(discard->isVisible());
    click(discard);
    QVERIFY(m_editor->isValid());
    QVERIFY(!discard->isVisible());
}

void TestComposerJson::fixingTheEditAppliesIt()
{
    breakTemperature();
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(!m_composer->sendAction()->isEnabled());
    QTest::keyClick(m_editor, Qt::Key_Comma);
    QVERIFY(m_editor->isValid());
    QCOMPARE(body(*m_composer).value(QStringLiteral("temperature")).toDouble(), 0.9);
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());
    QVERIFY(!find<QFrame>(m_composer, "jsonEditNoticeFrame")->isVisible());
}

QTEST_MAIN(TestComposerJson)
#include "tst_composerjson.moc"
