// GUI tests of the request composer: each section filled by clicks and keystrokes gives the
// expected JSON, example bodies load and serialise back unchanged, and the JSON tab never destroys
// the form. Problems at fields, sendability, files and shortcuts: tst_composerchecks.cpp.
#include "composertesthelpers.h"
#include "composerwidget.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
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

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void assistantSectionByKeyboard();
    void assistantPickerFillsId();
    void conversationSectionByClicks();
    void conversationReorderDuplicateRemove();
    void threadAdvancedResources();
    void toolsSectionByClicks();
    void toolResourcesSection();
    void generationSectionByKeyboard();
    void responseFormatSchemaAndToolChoice();
    void metadataSection();
    void deliverySwitch();

    void loadExamples_data();
    void loadExamples();
    void jsonTabInvalidEditKeepsForm();
    void jsonTabValidEditFillsForm();
    void unrepresentableFieldsAreReported();

private:
    ComposerWidget *m_composer = nullptr;
};

void TestComposer::initTestCase()
{
    useTestSettings(QStringLiteral("tst_composer"));
}

void TestComposer::init()
{
    m_composer = new ComposerWidget;
    showActive(m_composer);
}

void TestComposer::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void TestComposer::assistantSectionByKeyboard()
{
    QCOMPARE(body(*m_composer), json(R"({"assistant_id": "", "stream": true})"));
    typeAssistant(m_composer, QStringLiteral("asst_abc123"));
    retype(find<QComboBox>(m_composer, "modelComboBox"), QStringLiteral("gpt-4o"));
    retype(find<QPlainTextEdit>(m_composer, "instructionsPlainTextEdit"), QStringLiteral("Be brief."));
    QCOMPARE(
        body(*m_composer),
        json(R"({"assistant_id": "asst_abc123", "model": "gpt-4o", "instructions": "Be brief.", "stream": true})"));
    // Clearing returns to "not set".
    retype(find<QComboBox>(m_composer, "modelComboBox"), QString());
    QVERIFY(!body(*m_composer).contains(QStringLiteral("model")));
}

void TestComposer::assistantPickerFillsId()
{
    const QJsonArray assistants = QJsonDocument::fromJson(R"([
        {"id": "asst_one", "name": "Helper", "model": "gpt-4o", "instructions": "Help.", "tools": [{"type": "code_interpreter"}]},
        {"id": "asst_two", "name": "Weather", "model": "gpt-4.1", "instructions": "", "tools": [{"type": "function", "function": {"name": "get_weather"}}]}
    ])")
                                      .array();
    m_composer->setAssistants(assistants);
    m_composer->setModels({ QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1") });
    auto *combo = find<QComboBox>(m_composer, "assistantComboBox");
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->itemText(1).contains(QStringLiteral("Weather")));
    QVERIFY(combo->itemText(1).contains(QStringLiteral("get_weather")));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    const QString chosen = body(*m_composer).value(QStringLiteral("assistant_id")).toString();
    QVERIFY2(chosen == QStringLiteral("asst_one") || chosen == QStringLiteral("asst_two"), qPrintable(chosen));
    // The assistant's own values are the placeholders of the overrides.
    auto *model = find<QComboBox>(m_composer, "modelComboBox");
    QVERIFY(model->lineEdit()->placeholderText().contains(
        chosen == QStringLiteral("asst_one") ? QStringLiteral("gpt-4o") : QStringLiteral("gpt-4.1")));
    QVERIFY(find<QLabel>(m_composer, "assistantDetailsLabel")->text().contains(QStringLiteral("model")));
    // A completed label in the field (what the completer inserts) still sends the id.
    combo->setEditText(combo->itemText(1));
    QCOMPARE(body(*m_composer).value(QStringLiteral("assistant_id")).toString(), QStringLiteral("asst_two"));
    // The placeholders and the tools choice follow the assistant now chosen.
    auto *instructions = find<QPlainTextEdit>(m_composer, "instructionsPlainTextEdit");
    QVERIFY2(!instructions->placeholderText().contains(QStringLiteral("Help.")),
             qPrintable(instructions->placeholderText()));
    QVERIFY(instructions->placeholderText().contains(QStringLiteral("no instructions")));
    auto *useAssistantTools = find<QRadioButton>(m_composer, "useAssistantToolsRadioButton");
    QVERIFY2(useAssistantTools->text().contains(QStringLiteral("get_weather")), qPrintable(useAssistantTools->text()));
    combo->setEditText(combo->itemText(0));
    QVERIFY(instructions->placeholderText().contains(QStringLiteral("Help.")));
    QVERIFY(useAssistantTools->text().contains(QStringLiteral("code_interpreter")));
    QVERIFY(!useAssistantTools->text().contains(QStringLiteral("get_weather")));
    // Free text is allowed.
    retype(combo, QStringLiteral("asst_typed"));
    QCOMPARE(body(*m_composer).value(QStringLiteral("assistant_id")).toString(), QStringLiteral("asst_typed"));
}

void TestComposer::conversationSectionByClicks()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "conversationSection");
    click(find<QPushButton>(m_composer, "addMessagePushButton"));
    QTest::keyClicks(find<QPlainTextEdit>(m_composer, "messageTextPlainTextEdit"),
                     QStringLiteral("Describe this chart"));
    click(find<QPushButton>(m_composer, "addImageUrlPushButton"));
    QWidget *urlEdit = QApplication::focusWidget();
    QVERIFY(urlEdit);
    QTest::keyClicks(urlEdit, QStringLiteral("https://example.com/c.png"));
    commit(urlEdit);
    auto *images = find<QTableWidget>(m_composer, "imagePartsTableWidget");
    chooseWithKeys(qobject_cast<QComboBox *>(images->cellWidget(0, 2)), 2); // low
    click(find<QPushButton>(m_composer, "addAttachmentPushButton"));
    QWidget *fileEdit = QApplication::focusWidget();
    QTest::keyClicks(fileEdit, QStringLiteral("file-1"));
    commit(fileEdit);

    const QJsonObject expected = json(R"({"assistant_id": "asst_1", "stream": true, "thread": {"messages": [
        {"role": "user", "content": [
            {"type": "text", "text": "Describe this chart"},
            {"type": "image_url", "image_url": {"url": "https://example.com/c.png", "detail": "low"}}],
         "attachments": [{"file_id": "file-1", "tools": [{"type": "file_search"}]}]}]}})");
    QCOMPARE(pretty(body(*m_composer)), pretty(expected));

    // Without images the content is plain text; the role is chosen with the keyboard.
    click(find<QPushButton>(m_composer, "removeImagePartPushButton"));
    click(find<QPushButton>(m_composer, "removeAttachmentPushButton"));
    chooseWithKeys(find<QComboBox>(m_composer, "roleComboBox"), 1);
    QCOMPARE(body(*m_composer).value(QStringLiteral("thread")).toObject(),
             json(R"({"messages": [{"role": "assistant", "content": "Describe this chart"}]})"));
}

void TestComposer::conversationReorderDuplicateRemove()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "conversationSection");
    auto *text = find<QPlainTextEdit>(m_composer, "messageTextPlainTextEdit");
    click(find<QPushButton>(m_composer, "addMessagePushButton"));
    QTest::keyClicks(text, QStringLiteral("first"));
    click(find<QPushButton>(m_composer, "addMessagePushButton"));
    QTest::keyClicks(text, QStringLiteral("second"));
    click(find<QPushButton>(m_composer, "moveMessageUpPushButton"));
    click(find<QPushButton>(m_composer, "duplicateMessagePushButton"));
    const auto contents = [this] {
        QStringList list;
        const QJsonArray messages
            = body(*m_composer).value(QStringLiteral("thread")).toObject().value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &m : messages) {
            list.append(m.toObject().value(QStringLiteral("content")).toString());
        }
        return list;
    };
    QCOMPARE(contents(), (QStringList { QStringLiteral("second"), QStringLiteral("second"), QStringLiteral("first") }));
    click(find<QPushButton>(m_composer, "removeMessagePushButton"));
    QCOMPARE(contents(), (QStringList { QStringLiteral("second"), QStringLiteral("first") }));
    QCOMPARE(find<QListWidget>(m_composer, "messagesListWidget")->count(), 2);
}

void TestComposer::threadAdvancedResources()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "conversationSection");
    click(find<QCheckBox>(m_composer, "showAdvancedCheckBox"));
    QTest::keyClicks(find<QLineEdit>(m_composer, "threadCodeInterpreterFileIdsLineEdit"),
                     QStringLiteral("file-a file-b"));
    chooseWithKeys(find<QComboBox>(m_composer, "threadFileSearchComboBox"), 2);
    QTest::keyClicks(find<QLineEdit>(m_composer, "newStoreFileIdsLineEdit"), QStringLiteral("file-2"));
    chooseWithKeys(find<QComboBox>(m_composer, "chunkingComboBox"), 2);
    retype(find<QSpinBox>(m_composer, "maxChunkSizeSpinBox"), QStringLiteral("600"));
    // The overlap cannot exceed half the chunk size: the spin box clamps it.
    QCOMPARE(find<QSpinBox>(m_composer, "chunkOverlapSpinBox")->maximum(), 300);
    QCOMPARE(body(*m_composer).value(QStringLiteral("thread")).toObject(),
             json(R"({"tool_resources": {"code_interpreter": {"file_ids": ["file-a", "file-b"]},
                 "file_search": {"vector_stores": [{"file_ids": ["file-2"], "chunking_strategy":
                 {"type": "static", "static": {"max_chunk_size_tokens": 600, "chunk_overlap_tokens": 300}}}]}}})"));
}

void TestComposer::toolsSectionByClicks()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "toolsSection");
    QVERIFY(!body(*m_composer).contains(QStringLiteral("tools")));
    click(find<QRadioButton>(m_composer, "overrideToolsRadioButton"));
    QCOMPARE(body(*m_composer).value(QStringLiteral("tools")).toArray(), QJsonArray()); // explicit: no tools
    click(find<QPushButton>(m_composer, "addCodeInterpreterPushButton"));
    click(find<QPushButton>(m_composer, "addFileSearchPushButton"));
    retype(find<QSpinBox>(m_composer, "maxResultsSpinBox"), QStringLiteral("10"));
    chooseWithKeys(find<QComboBox>(m_composer, "rankerComboBox"), 1);
    click(find<QCheckBox>(m_composer, "scoreThresholdSetCheckBox"));
    retype(find<QDoubleSpinBox>(m_composer, "scoreThresholdDoubleSpinBox"), QStringLiteral("0.2"));
    click(find<QPushButton>(m_composer, "addFunctionPushButton"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("get_weather"));
    QTest::keyClicks(find<QLineEdit>(m_composer, "functionDescriptionLineEdit"), QStringLiteral("Weather"));
    click(find<QPushButton>(m_composer, "insertExamplePushButton"));
    chooseWithKeys(find<QComboBox>(m_composer, "functionStrictComboBox"), 2);

    const QJsonObject expected = json(R"({"tools": [
        {"type": "code_interpreter"},
        {"type": "file_search", "file_search": {"max_num_results": 10, "ranking_options": {"ranker": "auto", "score_threshold": 0.2}}},
        {"type": "function", "function": {"name": "get_weather", "description": "Weather", "strict": false,
            "parameters": {"type": "object", "properties": {"city": {"type": "string", "description": "City name"}}, "required": ["city"]}}}]})");
    QCOMPARE(pretty(QJsonObject { { QStringLiteral("tools"), body(*m_composer).value(QStringLiteral("tools")) } }),
             pretty(expected));
    // The function is offered for tool_choice.
    QCOMPARE(find<QComboBox>(m_composer, "toolChoiceFunctionComboBox")->itemText(0), QStringLiteral("get_weather"));

    // Invalid JSON in the schema editor keeps the last valid parameters.
    auto *params = find<QPlainTextEdit>(m_composer, "functionParametersEditor");
    params->setFocus();
    params->moveCursor(QTextCursor::End);
    QTest::keyClicks(params, QStringLiteral(","));
    QVERIFY(find<QLabel>(m_composer, "functionParametersStatusLabel")->text().contains(QStringLiteral("line")));
    QCOMPARE(body(*m_composer).value(QStringLiteral("tools")).toArray().at(2),
             expected.value(QStringLiteral("tools")).toArray().at(2));

    // Back to the assistant's tools: nothing is sent, the list is kept for later.
    click(find<QRadioButton>(m_composer, "useAssistantToolsRadioButton"));
    QVERIFY(!body(*m_composer).contains(QStringLiteral("tools")));
    QCOMPARE(find<QListWidget>(m_composer, "toolsListWidget")->count(), 3);
}

void TestComposer::toolResourcesSection()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "toolResourcesSection");
    QTest::keyClicks(find<QLineEdit>(m_composer, "codeInterpreterFileIdsLineEdit"), QStringLiteral("file-1, file-2"));
    QTest::keyClicks(find<QLineEdit>(m_composer, "vectorStoreIdLineEdit"), QStringLiteral("vs_1"));
    QCOMPARE(
        body(*m_composer).value(QStringLiteral("tool_resources")).toObject(),
        json(
            R"({"code_interpreter": {"file_ids": ["file-1", "file-2"]}, "file_search": {"vector_store_ids": ["vs_1"]}})"));
    QVERIFY(find<QLabel>(m_composer, "codeInterpreterFilesCounterLabel")->text().startsWith(QStringLiteral("2 of 20")));
}

void TestComposer::generationSectionByKeyboard()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "generationSection");
    auto *temperature = find<QDoubleSpinBox>(m_composer, "temperatureDoubleSpinBox");
    QVERIFY(!temperature->isEnabled()); // "assistant default"
    click(find<QCheckBox>(m_composer, "temperatureDefaultCheckBox"));
    retype(temperature, QStringLiteral("0.7"));
    QCOMPARE(find<QSlider>(m_composer, "temperatureSlider")->value(), 70);
    // A value beyond the limit is kept as typed (and marked: tst_composerchecks); the slider
    // stays at its end.
    retype(temperature, QStringLiteral("5"));
    QCOMPARE(temperature->value(), 5.0);
    QCOMPARE(find<QSlider>(m_composer, "temperatureSlider")->value(), 200);
    retype(temperature, QStringLiteral("0.7"));
    auto *completion = find<QSpinBox>(m_composer, "maxCompletionTokensSpinBox");
    QCOMPARE(completion->text(), completion->specialValueText()); // not set
    retype(completion, QStringLiteral("2000"));
    retype(find<QSpinBox>(m_composer, "maxPromptTokensSpinBox"), QStringLiteral("20000"));
    chooseWithKeys(find<QComboBox>(m_composer, "truncationComboBox"), 2);
    retype(find<QSpinBox>(m_composer, "lastMessagesSpinBox"), QStringLiteral("10"));
    chooseWithKeys(find<QComboBox>(m_composer, "parallelToolCallsComboBox"), 2);
    chooseWithKeys(find<QComboBox>(m_composer, "toolChoiceComboBox"), 3);
    chooseWithKeys(find<QComboBox>(m_composer, "responseFormatComboBox"), 3);
    QCOMPARE(pretty(body(*m_composer)),
             pretty(json(R"({"assistant_id": "asst_1", "stream": true, "temperature": 0.7, "max_prompt_tokens": 20000,
            "max_completion_tokens": 2000, "truncation_strategy": {"type": "last_messages", "last_messages": 10},
            "parallel_tool_calls": false, "tool_choice": "required", "response_format": {"type": "json_object"}})")));
    // Clearing returns to "not set"; null is a distinct, explicit choice.
    click(find<QCheckBox>(m_composer, "temperatureDefaultCheckBox"));
    chooseWithKeys(find<QComboBox>(m_composer, "truncationComboBox"), 3);
    chooseWithKeys(find<QComboBox>(m_composer, "toolChoiceComboBox"), 0);
    const QJsonObject after = body(*m_composer);
    QVERIFY(!after.contains(QStringLiteral("temperature")));
    QVERIFY(!after.contains(QStringLiteral("tool_choice")));
    QVERIFY(after.value(QStringLiteral("truncation_strategy")).isNull());
    QCOMPARE(temperature->value(), 0.7); // the typed value waits for the next time
}

void TestComposer::responseFormatSchemaAndToolChoice()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "generationSection");
    chooseWithKeys(find<QComboBox>(m_composer, "responseFormatComboBox"), 4);
    QVERIFY(find<QWidget>(m_composer, "jsonSchemaGroupBox")->isVisible());
    QTest::keyClicks(find<QLineEdit>(m_composer, "jsonSchemaNameLineEdit"), QStringLiteral("answer"));
    auto *schema = find<QPlainTextEdit>(m_composer, "jsonSchemaEditor");
    schema->setFocus();
    QTest::keyClicks(schema, QStringLiteral(R"({"type": "object"})"));
    chooseWithKeys(find<QComboBox>(m_composer, "jsonSchemaStrictComboBox"), 1);
    chooseWithKeys(find<QComboBox>(m_composer, "toolChoiceComboBox"), 6);
    retype(find<QComboBox>(m_composer, "toolChoiceFunctionComboBox"), QStringLiteral("lookup"));
    const QJsonObject b = body(*m_composer);
    QCOMPARE(
        b.value(QStringLiteral("response_format")).toObject(),
        json(
            R"({"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": true}})"));
    QCOMPARE(b.value(QStringLiteral("tool_choice")).toObject(),
             json(R"({"type": "function", "function": {"name": "lookup"}})"));
}

void TestComposer::metadataSection()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "metadataSection");
    auto *section = find<QWidget>(m_composer, "metadataSection");
    QVERIFY(section);
    click(find<QPushButton>(section, "addPairPushButton"));
    QWidget *key = QApplication::focusWidget();
    QTest::keyClicks(key, QStringLiteral("client"));
    QTest::keyClick(key, Qt::Key_Tab);
    QWidget *value = QApplication::focusWidget();
    QTest::keyClicks(value, QStringLiteral("desktop-gui"));
    commit(value);
    QCOMPARE(body(*m_composer).value(QStringLiteral("metadata")).toObject(), json(R"({"client": "desktop-gui"})"));
    QVERIFY(find<QLabel>(section, "metadataCounterLabel")->text().contains(QStringLiteral("1 of 16")));
}

void TestComposer::deliverySwitch()
{
    typeAssistant(m_composer, QStringLiteral("asst_1"));
    openSection(m_composer, "deliverySection");
    QVERIFY(m_composer->streamSelected());
    click(find<QRadioButton>(m_composer, "pollRadioButton"));
    QVERIFY(!m_composer->streamSelected());
    QCOMPARE(body(*m_composer), json(R"({"assistant_id": "asst_1"})"));
    click(find<QRadioButton>(m_composer, "streamRadioButton"));
    QCOMPARE(body(*m_composer).value(QStringLiteral("stream")), QJsonValue(true));
}

void TestComposer::loadExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(RUNLENS_TEST_DATA_DIR "/requests"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestComposer::loadExamples()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject original = parse(f.readAll());
    QString error;
    QVERIFY2(m_composer->loadFromFile(file, &error), qPrintable(error));
    QCOMPARE(pretty(body(*m_composer)), pretty(original));
    QCOMPARE(find<QComboBox>(m_composer, "assistantComboBox")->currentText(),
             original.value(QStringLiteral("assistant_id")).toString());
    QVERIFY(!m_composer->isModified());
    for (const Problem &problem : m_composer->problems()) {
        QVERIFY2(problem.isError() == false, qPrintable(problem.path + QStringLiteral(": ") + problem.message));
    }
    // The JSON tab shows the same body.
    QCOMPARE(pretty(parse(find<QPlainTextEdit>(m_composer, "jsonBodyEditor")->toPlainText().toUtf8())),
             pretty(original));
}

void TestComposer::jsonTabInvalidEditKeepsForm()
{
    typeAssistant(m_composer, QStringLiteral("asst_keep"));
    openSection(m_composer, "generationSection");
    click(find<QCheckBox>(m_composer, "temperatureDefaultCheckBox"));
    retype(find<QDoubleSpinBox>(m_composer, "temperatureDoubleSpinBox"), QStringLiteral("1.5"));
    openSection(m_composer, "assistantSection");
    const QByteArray before = m_composer->requestBody();
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentIndex(1);
    auto *editor = find<QPlainTextEdit>(m_composer, "jsonBodyEditor");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("oops"));
    QVERIFY(find<QLabel>(m_composer, "jsonStatusLabel")->text().contains(QStringLiteral("line")));
    QCOMPARE(m_composer->requestBody(), before);
    QCOMPARE(find<QComboBox>(m_composer, "assistantComboBox")->currentText(), QStringLiteral("asst_keep"));
    QCOMPARE(find<QDoubleSpinBox>(m_composer, "temperatureDoubleSpinBox")->value(), 1.5);
    // Wiping the text is a mistake too.
    retype(editor, QString());
    QCOMPARE(m_composer->requestBody(), before);
    // The invalid text stays while the person fixes it.
    QCOMPARE(editor->toPlainText(), QString());
}

void TestComposer::jsonTabValidEditFillsForm()
{
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentIndex(1);
    auto *editor = find<QPlainTextEdit>(m_composer, "jsonBodyEditor");
    retype(
        editor,
        QStringLiteral(
            R"({"assistant_id": "asst_json", "temperature": 0.5, "thread": {"messages": [{"role": "user", "content": "Hi"}]}})"));
    QCOMPARE(find<QComboBox>(m_composer, "assistantComboBox")->currentText(), QStringLiteral("asst_json"));
    QVERIFY(!find<QCheckBox>(m_composer, "temperatureDefaultCheckBox")->isChecked());
    QCOMPARE(find<QDoubleSpinBox>(m_composer, "temperatureDoubleSpinBox")->value(), 0.5);
    QCOMPARE(find<QListWidget>(m_composer, "messagesListWidget")->count(), 1);
    QVERIFY(!m_composer->streamSelected());
    QCOMPARE(
        body(*m_composer),
        json(
            R"({"assistant_id": "asst_json", "temperature": 0.5, "thread": {"messages": [{"role": "user", "content": "Hi"}]}})"));
    // The text typed is not replaced under the cursor.
    QVERIFY(editor->toPlainText().startsWith(QStringLiteral(R"({"assistant_id": "asst_json")")));
}

void TestComposer::unrepresentableFieldsAreReported()
{
    m_composer->setBody(json(R"({"assistant_id": "a", "thread": {"messages": [{"role": "user", "content":
        [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]}]}, "reasoning_effort": "low"})"));
    const Problems problems = m_composer->problems();
    bool reportedPart = false;
    bool reportedExtra = false;
    for (const Problem &p : problems) {
        reportedPart = reportedPart || p.path.startsWith(QStringLiteral("thread.messages[0].content"));
        reportedExtra = reportedExtra || p.path == QStringLiteral("reasoning_effort");
    }
    QVERIFY(reportedPart);
    QVERIFY(reportedExtra);
    // Unknown top-level keys are kept, not dropped (the API will refuse them: an error).
    QCOMPARE(body(*m_composer).value(QStringLiteral("reasoning_effort")).toString(), QStringLiteral("low"));
    QVERIFY(!m_composer->isSendable());
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
