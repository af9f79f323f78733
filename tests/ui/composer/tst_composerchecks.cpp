// The composer checks what is typed: problems at their fields, when Send is possible, files,
// limits at the widgets, shortcuts and pasted bodies (sections one by one: tst_composer.cpp).
#include "composertesthelpers.h"
#include "composerwidget.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBox>

using namespace rl;
using namespace testhelpers;

class TestComposerChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validationShowsAtField_data();
    void validationShowsAtField();
    void problemListFocusesField();
    void sendableExactlyWhenValid();
    void ctrlEnterSends();
    void saveOpenAndRecentFiles();
    void openAsksBeforeReplacingChanges();
    void limitsEnforcedAtWidgets();
    void typedValuesAreKeptAndMarked();
    void serverParamHighlightsField();
    void altDigitOpensSections();
    void pastingABodyFillsTheForm();
    void nullTemperatureIsShownAndCleared();

private:
    ComposerWidget *m_composer = nullptr;
};

void TestComposerChecks::initTestCase()
{
    useTestSettings(QStringLiteral("tst_composerchecks"));
}

void TestComposerChecks::init()
{
    m_composer = new ComposerWidget;
    showActive(m_composer);
}

void TestComposerChecks::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void TestComposerChecks::validationShowsAtField_data()
{
    QTest::addColumn<QString>("bodyJson");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("expectedMark");
    QTest::newRow("assistant: empty id") << R"({"assistant_id": ""})"
                                         << "assistantComboBox"
                                         << "error";
    QTest::newRow("conversation: image url")
        << R"({"assistant_id": "a", "thread": {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "not a url"}}]}]}})"
        << "imagePartsTableWidget"
        << "error";
    QTest::newRow("conversation: thread files")
        << R"({"assistant_id": "a", "thread": {"tool_resources": {"code_interpreter": {"file_ids": ["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17","18","19","20","21"]}}}})"
        << "threadCodeInterpreterFileIdsLineEdit"
        << "error";
    QTest::newRow("tools: function name")
        << R"({"assistant_id": "a", "tools": [{"type": "function", "function": {"name": ""}}]})"
        << "functionNameLineEdit"
        << "error";
    QTest::newRow("tool resources: too many files")
        << R"({"assistant_id": "a", "tool_resources": {"code_interpreter": {"file_ids": ["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17","18","19","20","21"]}}})"
        << "codeInterpreterFileIdsLineEdit"
        << "error";
    QTest::newRow("generation: schema name")
        << R"({"assistant_id": "a", "response_format": {"type": "json_schema", "json_schema": {"name": ""}}})"
        << "jsonSchemaNameLineEdit"
        << "error";
    QTest::newRow("generation: top_p with temperature") << R"({"assistant_id": "a", "temperature": 0.5, "top_p": 0.5})"
                                                        << "topPDoubleSpinBox"
                                                        << "warning";
    QTest::newRow("metadata: key too long")
        << R"({"assistant_id": "a", "metadata": {"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "v"}})"
        << "runMetadataEditor"
        << "error";
}

void TestComposerChecks::validationShowsAtField()
{
    QFETCH(QString, bodyJson);
    QFETCH(QString, widget);
    QFETCH(QString, expectedMark);
    m_composer->setBody(parse(bodyJson.toUtf8()));
    auto *target = m_composer->findChild<QWidget *>(widget);
    QVERIFY(target);
    // Problems inside lists (messages, tools) mark their field once the item is shown.
    for (const Problem &p : m_composer->problems()) {
        if (p.severity
            == (expectedMark == QStringLiteral("error") ? Problem::Severity::Error : Problem::Severity::Warning)) {
            m_composer->highlightField(p.path);
            break;
        }
    }
    QTRY_COMPARE(mark(target), expectedMark);
    QVERIFY(target->toolTip().startsWith(expectedMark == QStringLiteral("error") ? QStringLiteral("Error")
                                                                                 : QStringLiteral("Warning")));
    auto *list = find<QListWidget>(m_composer, "problemsListWidget");
    QVERIFY(list->count() > 0);
    QVERIFY(list->item(0)->text().startsWith(expectedMark == QStringLiteral("error") ? QStringLiteral("Error")
                                                                                     : QStringLiteral("Warning")));
    QCOMPARE(m_composer->isSendable(), expectedMark != QStringLiteral("error"));
    // Fixing the body removes the mark.
    m_composer->setBody(json(R"({"assistant_id": "asst_fixed"})"));
    QTRY_COMPARE(mark(target), QString());
}

void TestComposerChecks::problemListFocusesField()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "toolsSection");
    click(find<QRadioButton>(m_composer, "overrideToolsRadioButton"));
    click(find<QPushButton>(m_composer, "addFunctionPushButton"));
    auto *toolBox = find<QToolBox>(m_composer, "sectionsToolBox");
    toolBox->setCurrentIndex(0);
    auto *list = find<QListWidget>(m_composer, "problemsListWidget");
    QTRY_VERIFY(list->count() > 0
                && list->item(0)->data(Qt::UserRole + 1).toString().startsWith(QStringLiteral("tools[0]")));
    const QRect rect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(toolBox->currentWidget()->objectName(), QStringLiteral("toolsSectionScrollArea"));
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>(m_composer, "functionNameLineEdit"));
}

void TestComposerChecks::sendableExactlyWhenValid()
{
    QSignalSpy spy(m_composer, &ComposerWidget::sendabilityChanged);
    QVERIFY(!m_composer->isSendable());
    QVERIFY(!m_composer->whyNotSendable().isEmpty());
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    QVERIFY(m_composer->isSendable());
    QVERIFY(m_composer->whyNotSendable().isEmpty());
    QTRY_VERIFY(!spy.isEmpty() && spy.last().at(0).toBool());
    // Each example body: sendable exactly when the model finds no error.
    const QDir dir(QStringLiteral(RUNLENS_TEST_DATA_DIR "/requests"));
    for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QVERIFY(m_composer->loadFromFile(dir.filePath(file)));
        QCOMPARE(m_composer->isSendable(), !hasErrors(m_composer->request().validate()));
    }
    retype(find<QComboBox>(m_composer, "assistantComboBox"), QString());
    QVERIFY(!m_composer->isSendable());
    QTRY_VERIFY(!spy.last().at(0).toBool());
    QVERIFY(find<QLabel>(m_composer, "sendStatusLabel")->text().contains(QStringLiteral("assistant_id")));
}

void TestComposerChecks::ctrlEnterSends()
{
    QSignalSpy send(m_composer, &ComposerWidget::sendRequested);
    auto *instructions = find<QPlainTextEdit>(m_composer, "instructionsPlainTextEdit");
    instructions->setFocus();
    QTest::keyClick(instructions, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 0); // not sendable: Send is off and says why
    QVERIFY(!m_composer->sendAction()->isEnabled());
    QVERIFY(m_composer->sendAction()->toolTip().contains(QStringLiteral("assistant_id")));
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());
    instructions->setFocus();
    QTest::keyClick(instructions, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(send.count(), 1);
    QTest::keyClick(instructions, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(send.count(), 2);
}

void TestComposerChecks::saveOpenAndRecentFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("request.json"));
    QSignalSpy modified(m_composer, &ComposerWidget::modifiedChanged);
    typeAssistant(m_composer, QStringLiteral("asst_saved"));
    QVERIFY(m_composer->isModified());
    m_composer->setFileNameProvider([path](bool) { return path; });
    QTest::keyClick(m_composer, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(QFile::exists(path));
    QVERIFY(!m_composer->isModified());
    QVERIFY(!modified.isEmpty() && !modified.last().at(0).toBool());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(parse(saved.readAll()), json(R"({"assistant_id": "asst_saved", "stream": true})"));

    retype(find<QComboBox>(m_composer, "assistantComboBox"), QStringLiteral("asst_other"));
    QVERIFY(m_composer->isModified());
    // Opening asks first about the unsaved change (openAsksBeforeReplacingChanges); discard it.
    const auto answered = answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(m_composer, Qt::Key_O, Qt::ControlModifier);
    QVERIFY(*answered);
    QCOMPARE(find<QComboBox>(m_composer, "assistantComboBox")->currentText(), QStringLiteral("asst_saved"));
    QVERIFY(!m_composer->isModified());

    // The recent-files submenu lists the file and opens it.
    QAction *recent = m_composer->fileActions().last();
    QVERIFY(recent->menu());
    QVERIFY(recent->isEnabled());
    QCOMPARE(recent->menu()->actions().first()->text(), QStringLiteral("request.json"));

    // Broken files are refused with line and column; the form is kept.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\n  \"assistant_id\": }\n");
    out.close();
    QString error;
    QVERIFY(!m_composer->loadFromFile(broken, &error));
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
    QCOMPARE(find<QComboBox>(m_composer, "assistantComboBox")->currentText(), QStringLiteral("asst_saved"));
}

void TestComposerChecks::openAsksBeforeReplacingChanges()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.json"));
    QFile out(other);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"assistant_id": "asst_other"})");
    out.close();
    m_composer->setFileNameProvider([other](bool) { return other; });
    auto *open = m_composer->findChild<QAction *>(QStringLiteral("openRequestAction"));
    QVERIFY(open);
    typeAssistant(m_composer, QStringLiteral("asst_mine"));
    QVERIFY(m_composer->isModified());

    // Cancel: the request stays as typed.
    auto answered = answerNextMessageBox(QMessageBox::Cancel);
    open->trigger();
    QVERIFY(*answered);
    QCOMPARE(m_composer->request().assistantId.value(), QStringLiteral("asst_mine"));
    // Discard: the other request is opened.
    answered = answerNextMessageBox(QMessageBox::Discard);
    open->trigger();
    QVERIFY(*answered);
    QCOMPARE(m_composer->request().assistantId.value(), QStringLiteral("asst_other"));
    QVERIFY(!m_composer->isModified());
    // Nothing changed: no question.
    answered = answerNextMessageBox(QMessageBox::Cancel);
    open->trigger();
    QTest::qWait(100);
    QVERIFY(!*answered);
    QCOMPARE(m_composer->fileName(), other);
}

void TestComposerChecks::limitsEnforcedAtWidgets()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    // Tools: at most 20; the add buttons turn off at the limit and the counter says why.
    openSection(m_composer, "toolsSection");
    click(find<QRadioButton>(m_composer, "overrideToolsRadioButton"));
    for (int i = 0; i < 20; ++i) {
        click(find<QPushButton>(m_composer, "addCodeInterpreterPushButton"));
    }
    QVERIFY(!find<QPushButton>(m_composer, "addCodeInterpreterPushButton")->isEnabled());
    QVERIFY(!find<QPushButton>(m_composer, "addFunctionPushButton")->isEnabled());
    QVERIFY(find<QLabel>(m_composer, "toolsCounterLabel")->text().contains(QStringLiteral("limit")));
    QCOMPARE(body(*m_composer).value(QStringLiteral("tools")).toArray().size(), 20);

    // Token limits: below 256 cannot be typed; the lowest value means "not set".
    openSection(m_composer, "generationSection");
    auto *prompt = find<QSpinBox>(m_composer, "maxPromptTokensSpinBox");
    retype(prompt, QStringLiteral("100"));
    QTest::keyClick(prompt, Qt::Key_Tab);
    QVERIFY(prompt->value() == prompt->minimum() || prompt->value() >= 256);
    const QJsonValue sent = body(*m_composer).value(QStringLiteral("max_prompt_tokens"));
    QVERIFY(sent.isUndefined() || sent.toInt() >= 256);
    // Temperature and top_p: the arrows stop at the limits (typing beyond them is marked instead:
    // typedValuesAreKeptAndMarked).
    auto *topP = find<QDoubleSpinBox>(m_composer, "topPDoubleSpinBox");
    click(find<QCheckBox>(m_composer, "topPDefaultCheckBox"));
    retype(topP, QStringLiteral("0.9"));
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(topP, Qt::Key_Up);
    }
    QCOMPARE(topP->value(), 1.0);

    // Metadata: the 17th pair cannot be added.
    openSection(m_composer, "metadataSection");
    auto *section = find<QWidget>(m_composer, "metadataSection");
    auto *add = find<QPushButton>(section, "addPairPushButton");
    for (int i = 0; i < 16; ++i) {
        click(add);
        QWidget *key = QApplication::focusWidget();
        QTest::keyClicks(key, QStringLiteral("k%1").arg(i));
        commit(key);
    }
    QVERIFY(!add->isEnabled());
    QCOMPARE(body(*m_composer).value(QStringLiteral("metadata")).toObject().size(), 16);
}

void TestComposerChecks::typedValuesAreKeptAndMarked()
{
    // What is typed in the form is what is sent, as in the JSON tab: a value over a limit is kept,
    // its field marked with the limit, and Send is off.
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());

    openSection(m_composer, "generationSection");
    click(find<QCheckBox>(m_composer, "temperatureDefaultCheckBox"));
    auto *temperature = find<QDoubleSpinBox>(m_composer, "temperatureDoubleSpinBox");
    retype(temperature, QStringLiteral("5"));
    QTest::keyClick(temperature, Qt::Key_Tab);
    QCOMPARE(body(*m_composer).value(QStringLiteral("temperature")).toDouble(), 5.0);
    QCOMPARE(temperature->value(), 5.0);
    QTRY_COMPARE(mark(temperature), QStringLiteral("error"));
    QVERIFY2(temperature->toolTip().contains(QStringLiteral("between 0 and 2")), qPrintable(temperature->toolTip()));
    QVERIFY(!m_composer->isSendable());
    QTRY_VERIFY(!m_composer->sendAction()->isEnabled());
    // The arrow goes back inside the limits.
    temperature->setFocus();
    QTest::keyClick(temperature, Qt::Key_Down);
    QCOMPARE(temperature->value(), 2.0);
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());

    // A metadata key of 70 characters is sent as typed, and marked.
    openSection(m_composer, "metadataSection");
    auto *metadata = find<QWidget>(m_composer, "metadataSection");
    click(find<QPushButton>(metadata, "addPairPushButton"));
    QWidget *key = QApplication::focusWidget();
    const QString longKey(70, QLatin1Char('k'));
    QTest::keyClicks(key, longKey);
    commit(key);
    QVERIFY(body(*m_composer).value(QStringLiteral("metadata")).toObject().contains(longKey));
    QTRY_COMPARE(mark(find<QWidget>(m_composer, "runMetadataEditor")), QStringLiteral("error"));
    QVERIFY(!m_composer->isSendable());
    QVERIFY(m_composer->whyNotSendable().contains(QStringLiteral("metadata")));
    m_composer->setBody(json(R"({"assistant_id": "asst_1"})"));
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());

    // A function name with spaces keeps its spaces, and the field explains the rule.
    openSection(m_composer, "toolsSection");
    click(find<QRadioButton>(m_composer, "overrideToolsRadioButton"));
    click(find<QPushButton>(m_composer, "addFunctionPushButton"));
    auto *name = find<QLineEdit>(m_composer, "functionNameLineEdit");
    retype(name, QStringLiteral("get current weather"));
    QCOMPARE(name->text(), QStringLiteral("get current weather"));
    const QJsonArray tools = body(*m_composer).value(QStringLiteral("tools")).toArray();
    QCOMPARE(tools.at(0).toObject().value(QStringLiteral("function")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("get current weather")));
    QTRY_COMPARE(mark(name), QStringLiteral("error"));
    QVERIFY(!m_composer->isSendable());
}

void TestComposerChecks::serverParamHighlightsField()
{
    m_composer->setBody(json(R"({"assistant_id": "a", "thread": {"messages": [{"role": "user", "content": "x"},
        {"role": "user", "content": "y"}]}})"));
    QVERIFY(m_composer->isSendable());
    // An API error with param "thread.messages[1].content": the second message is shown and its
    // text field focused and marked, although the local checks found nothing.
    m_composer->highlightField(QStringLiteral("thread.messages[1].content"));
    auto *text = find<QPlainTextEdit>(m_composer, "messageTextPlainTextEdit");
    QCOMPARE(text->toPlainText(), QStringLiteral("y"));
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QCOMPARE(mark(text), QStringLiteral("error"));
    QVERIFY(text->toolTip().startsWith(QStringLiteral("Error")));

    // The same field named with bracketed keys, as some servers write it.
    m_composer->setBody(json(R"({"assistant_id": "a", "thread": {"messages": [{"role": "user", "content": "x"},
        {"role": "user", "content": "z"}]}})"));
    m_composer->highlightField(QStringLiteral("thread[messages][1][content]"));
    QCOMPARE(text->toPlainText(), QStringLiteral("z"));
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QCOMPARE(mark(text), QStringLiteral("error"));
}

void TestComposerChecks::altDigitOpensSections()
{
    auto *toolBox = find<QToolBox>(m_composer, "sectionsToolBox");
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentIndex(1);
    QWidget *focus = find<QWidget>(m_composer, "assistantComboBox");
    focus->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(find<QTabWidget>(m_composer, "composerTabWidget")->currentIndex(), 0);
    QCOMPARE(toolBox->currentWidget()->objectName(), QStringLiteral("toolsSectionScrollArea"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::AltModifier);
    QCOMPARE(toolBox->currentWidget()->objectName(), QStringLiteral("deliverySectionScrollArea"));
}

void TestComposerChecks::pastingABodyFillsTheForm()
{
    QGuiApplication::clipboard()->setText(
        QStringLiteral(R"({"assistant_id": "asst_pasted", "tools": [{"type": "code_interpreter"}]})"));
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentIndex(1);
    auto *editor = find<QPlainTextEdit>(m_composer, "jsonBodyEditor");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(find<QComboBox>(m_composer, "assistantComboBox")->currentText(), QStringLiteral("asst_pasted"));
    QVERIFY(find<QRadioButton>(m_composer, "overrideToolsRadioButton")->isChecked());
    QCOMPARE(find<QListWidget>(m_composer, "toolsListWidget")->count(), 1);
}

void TestComposerChecks::nullTemperatureIsShownAndCleared()
{
    m_composer->setBody(json(R"({"assistant_id": "a", "temperature": null, "top_p": 0.5})"));
    QCOMPARE(body(*m_composer), json(R"({"assistant_id": "a", "temperature": null, "top_p": 0.5})"));
    openSection(m_composer, "generationSection");
    auto *box = find<QCheckBox>(m_composer, "temperatureDefaultCheckBox");
    QCOMPARE(box->checkState(), Qt::PartiallyChecked);
    QVERIFY(box->text().contains(QStringLiteral("null")));
    click(box); // back to "not set"
    QCOMPARE(box->checkState(), Qt::Checked);
    QVERIFY(!body(*m_composer).contains(QStringLiteral("temperature")));
    click(box); // and to a value
    QVERIFY(body(*m_composer).value(QStringLiteral("temperature")).isDouble());
}

QTEST_MAIN(TestComposerChecks)
#include "tst_composerchecks.moc"
