// GUI tests: a loaded body keeps every value exactly, even those its widgets cannot show (out of
// range, too precise, too long). Such a value stays in the body, is explained at its field and
// blocks Send with the validator's reason, until the person types a new value.
#include "composertesthelpers.h"
#include "composerwidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace rl;
using namespace testhelpers;

namespace {

// The value at a path such as "thread.tool_resources.file_search.vector_stores[0].x".
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QJsonValue value = root;
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        value = match.captured(1).isEmpty() ? value.toArray().at(match.captured(2).toInt())
                                            : value.toObject().value(match.captured(1));
    }
    return value;
}

bool hasErrorAt(const Problems &problems, const QString &path)
{
    for (const Problem &problem : problems) {
        if (problem.isError() && problem.path == path) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestComposerKeep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void outOfRangeValueIsKept_data();
    void outOfRangeValueIsKept();
    void keptValueSurvivesEditsElsewhere();
    void keptValueFromFileAndJsonTab();
    void tooPreciseTemperatureIsKept();
    void longMetadataIsKept();
    void longNamesAreKept();
    void explicitNullsAreKept();
    void explicitNullToolsResourcesAndMetadataAreKept();
    void unshownPartsSayTheyAreNotSent();

private:
    ComposerWidget *m_composer = nullptr;
};

void TestComposerKeep::initTestCase()
{
    useTestSettings(QStringLiteral("tst_composerkeep"));
}

void TestComposerKeep::init()
{
    m_composer = new ComposerWidget;
    showActive(m_composer);
}

void TestComposerKeep::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

void TestComposerKeep::outOfRangeValueIsKept_data()
{
    QTest::addColumn<QByteArray>("loaded");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QByteArray>("spin");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("sent");

    const QByteArray store = R"({"assistant_id": "asst_runlens_echo", "thread": {"messages": [{"role": "user",
        "content": "hi"}], "tool_resources": {"file_search": {"vector_stores": [{"file_ids": ["file-1"],
        "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": %1,
        "chunk_overlap_tokens": %2}}}]}}}})";
    const QString chunking
        = QStringLiteral("thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static.");

    // (A temperature of 7 is simply shown: the spin box holds it, and marks it. 700 it cannot hold.)
    QTest::newRow("temperature") << QByteArray(R"({"assistant_id": "asst_runlens_echo", "temperature": 700})")
                                 << QStringLiteral("temperature") << QByteArray("generationSection")
                                 << QByteArray("temperatureDoubleSpinBox") << QStringLiteral("1.5") << 1.5;
    QTest::newRow("top_p") << QByteArray(R"({"assistant_id": "asst_runlens_echo", "top_p": 300})")
                           << QStringLiteral("top_p") << QByteArray("generationSection")
                           << QByteArray("topPDoubleSpinBox") << QStringLiteral("0.5") << 0.5;
    QTest::newRow("max_prompt_tokens") << QByteArray(
        R"({"assistant_id": "asst_runlens_echo", "max_prompt_tokens": 100})")
                                       << QStringLiteral("max_prompt_tokens") << QByteArray("generationSection")
                                       << QByteArray("maxPromptTokensSpinBox") << QStringLiteral("1000") << 1000.0;
    QTest::newRow("max_completion_tokens")
        << QByteArray(R"({"assistant_id": "asst_runlens_echo", "max_completion_tokens": 12})")
        << QStringLiteral("max_completion_tokens") << QByteArray("generationSection")
        << QByteArray("maxCompletionTokensSpinBox") << QStringLiteral("2000") << 2000.0;
    QTest::newRow("last_messages") << QByteArray(R"({"assistant_id": "asst_runlens_echo",
        "truncation_strategy": {"type": "last_messages", "last_messages": 0}})")
                                   << QStringLiteral("truncation_strategy.last_messages")
                                   << QByteArray("generationSection") << QByteArray("lastMessagesSpinBox")
                                   << QStringLiteral("5") << 5.0;
    QTest::newRow("max_num_results") << QByteArray(R"({"assistant_id": "asst_runlens_echo",
        "tools": [{"type": "file_search", "file_search": {"max_num_results": 80}}]})")
                                     << QStringLiteral("tools[0].file_search.max_num_results")
                                     << QByteArray("toolsSection") << QByteArray("maxResultsSpinBox")
                                     << QStringLiteral("10") << 10.0;
    QTest::newRow("score_threshold") << QByteArray(R"({"assistant_id": "asst_runlens_echo",
        "tools": [{"type": "file_search", "file_search": {"ranking_options": {"score_threshold": 1.5}}}]})")
                                     << QStringLiteral("tools[0].file_search.ranking_options.score_threshold")
                                     << QByteArray("toolsSection") << QByteArray("scoreThresholdDoubleSpinBox")
                                     << QStringLiteral("0.5") << 0.5;
    QTest::newRow("max_chunk_size_tokens")
        << QString::fromLatin1(store).arg(50).arg(0).toUtf8() << chunking + QStringLiteral("max_chunk_size_tokens")
        << QByteArray("conversationSection") << QByteArray("maxChunkSizeSpinBox") << QStringLiteral("200") << 200.0;
    QTest::newRow("chunk_overlap_tokens")
        << QString::fromLatin1(store).arg(800).arg(600).toUtf8() << chunking + QStringLiteral("chunk_overlap_tokens")
        << QByteArray("conversationSection") << QByteArray("chunkOverlapSpinBox") << QStringLiteral("100") << 100.0;
}

void TestComposerKeep::outOfRangeValueIsKept()
{
    QFETCH(QByteArray, loaded);
    QFETCH(QString, path);
    QFETCH(QByteArray, section);
    QFETCH(QByteArray, spin);
    QFETCH(QString, typed);
    QFETCH(double, sent);

    const QJsonObject original = json(loaded);
    QVERIFY(!original.isEmpty());
    m_composer->setBody(original);
    // The body sent is the body loaded, value for value.
    QCOMPARE(parse(m_composer->requestBody()), original);
    QVERIFY(!m_composer->isSendable());
    QVERIFY(hasErrorAt(m_composer->problems(), path));
    QVERIFY2(m_composer->whyNotSendable().contains(path), qPrintable(m_composer->whyNotSendable()));
    QTRY_VERIFY(!m_composer->sendAction()->isEnabled());
    QTRY_VERIFY(m_composer->sendAction()->toolTip().contains(path));

    // The field says what is kept and why.
    openSection(m_composer, section.constData());
    auto *box = find<QAbstractSpinBox>(m_composer, spin.constData());
    QVERIFY(box);
    const QByteArray noteName = spin + QByteArray("KeptNote");
    auto *note = find<QLabel>(m_composer, noteName.constData());
    QVERIFY(note);
    QVERIFY(note->isVisible());
    const QString raw = valueAt(original, path).toVariant().toString();
    QVERIFY2(note->text().startsWith(raw + QStringLiteral(" — ")), qPrintable(note->text()));
    QVERIFY(box->property("rlKeptValue").toBool());
    QTRY_COMPARE(box->property("rlProblem").toString(), QStringLiteral("error"));

    // Typing a valid value replaces it, and that value is sent.
    retype(box, typed);
    QTest::keyClick(box, Qt::Key_Tab);
    QCOMPARE(valueAt(parse(m_composer->requestBody()), path).toDouble(), sent);
    QVERIFY(!note->isVisible());
    QVERIFY2(m_composer->isSendable(), qPrintable(m_composer->whyNotSendable()));
    QTRY_VERIFY(m_composer->sendAction()->isEnabled());
}

void TestComposerKeep::keptValueSurvivesEditsElsewhere()
{
    m_composer->setBody(json(R"({"assistant_id": "asst_runlens_echo", "temperature": 7, "max_prompt_tokens": 100})"));
    openSection(m_composer, "assistantSection");
    retype(find<QComboBox>(m_composer, "assistantComboBox"), QStringLiteral("asst_other"));
    openSection(m_composer, "generationSection");
    // Tabbing through the fields and changing another one does not change the kept values.
    auto *temperature = find<QDoubleSpinBox>(m_composer, "temperatureDoubleSpinBox");
    temperature->setFocus();
    QTest::keyClick(temperature, Qt::Key_Tab);
    retype(find<QSpinBox>(m_composer, "maxCompletionTokensSpinBox"), QStringLiteral("3000"));
    const QJsonObject sent = parse(m_composer->requestBody());
    QCOMPARE(sent.value(QStringLiteral("assistant_id")).toString(), QStringLiteral("asst_other"));
    QCOMPARE(sent.value(QStringLiteral("temperature")).toDouble(), 7.0);
    QCOMPARE(sent.value(QStringLiteral("max_prompt_tokens")).toInt(), 100);
    QCOMPARE(sent.value(QStringLiteral("max_completion_tokens")).toInt(), 3000);
    QVERIFY(!m_composer->isSendable());
}

void TestComposerKeep::keptValueFromFileAndJsonTab()
{
    const QByteArray text = R"({"assistant_id": "asst_runlens_echo", "temperature": 7,
        "thread": {"messages": [{"role": "user", "content": "Hello"}]}})";
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hot.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    QVERIFY(m_composer->loadFromFile(file));
    QCOMPARE(parse(m_composer->requestBody()), json(text));
    QVERIFY(m_composer->whyNotSendable().contains(QStringLiteral("temperature")));

    // The same body typed into the JSON tab.
    m_composer->setBody(json(R"({"assistant_id": "a"})"));
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentIndex(1);
    auto *editor = find<QPlainTextEdit>(m_composer, "jsonBodyEditor");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QString::fromUtf8(text).simplified());
    QCOMPARE(parse(m_composer->requestBody()), json(text));
    QVERIFY(!m_composer->isSendable());
    // Leaving the tab shows the body the form holds: still 7.
    find<QTabWidget>(m_composer, "composerTabWidget")->setCurrentIndex(0);
    QCOMPARE(parse(editor->toPlainText().toUtf8()).value(QStringLiteral("temperature")).toDouble(), 7.0);
}

void TestComposerKeep::tooPreciseTemperatureIsKept()
{
    // Valid, but finer than the two decimals the spin box shows: still sent exactly.
    const QJsonObject original = json(R"({"assistant_id": "a", "temperature": 0.735})");
    m_composer->setBody(original);
    QCOMPARE(parse(m_composer->requestBody()), original);
    QVERIFY(m_composer->isSendable());
    openSection(m_composer, "generationSection");
    QVERIFY(find<QLabel>(m_composer, "temperatureDoubleSpinBoxKeptNote")->isVisible());
}

void TestComposerKeep::longMetadataIsKept()
{
    const QString key = QString(70, QLatin1Char('k'));
    const QString value = QString(600, QLatin1Char('v'));
    QJsonObject original = json(R"({"assistant_id": "a"})");
    original.insert(QStringLiteral("metadata"), QJsonObject { { key, value } });
    m_composer->setBody(original);
    QCOMPARE(parse(m_composer->requestBody()), original);
    QVERIFY(!m_composer->isSendable());
    QVERIFY(m_composer->whyNotSendable().contains(QStringLiteral("metadata")));

    // Opening a cell's editor and leaving it does not cut the text.
    openSection(m_composer, "metadataSection");
    auto *section = find<QWidget>(m_composer, "metadataSection");
    auto *view = section->findChild<QTableView *>();
    QVERIFY(view);
    for (int column : { 0, 1 }) {
        const QModelIndex index = view->model()->index(0, column);
        view->setCurrentIndex(index);
        view->edit(index);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QCOMPARE(line->text().size(), column == 0 ? 70 : 600);
        commit(line);
    }
    QCOMPARE(parse(m_composer->requestBody()), original);

    // Shortening the key makes the pair valid except for the value; shortening both sends them.
    for (int column : { 0, 1 }) {
        const QModelIndex index = view->model()->index(0, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QWidget *line = QApplication::focusWidget();
        retype(line, column == 0 ? QStringLiteral("short") : QStringLiteral("fine"));
        commit(line);
    }
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("metadata")).toObject(),
             json(R"({"short": "fine"})"));
    QVERIFY2(m_composer->isSendable(), qPrintable(m_composer->whyNotSendable()));
}

void TestComposerKeep::longNamesAreKept()
{
    const QString name = QString(70, QLatin1Char('f'));
    QJsonObject original = json(R"({"assistant_id": "a", "tools": [{"type": "function", "function": {"name": "x"}}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "x"}}})");
    QJsonArray tools = original.value(QStringLiteral("tools")).toArray();
    tools[0] = QJsonObject { { QStringLiteral("type"), QStringLiteral("function") },
                             { QStringLiteral("function"), QJsonObject { { QStringLiteral("name"), name } } } };
    original.insert(QStringLiteral("tools"), tools);
    original.insert(
        QStringLiteral("response_format"),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("json_schema") },
                      { QStringLiteral("json_schema"), QJsonObject { { QStringLiteral("name"), name } } } });
    m_composer->setBody(original);
    QCOMPARE(parse(m_composer->requestBody()), original);
    QVERIFY(!m_composer->isSendable());
    QVERIFY(hasErrorAt(m_composer->problems(), QStringLiteral("tools[0].function.name")));

    // Deleting one character at a time works on the long name (the field does not refuse it).
    openSection(m_composer, "toolsSection");
    auto *functionName = find<QLineEdit>(m_composer, "functionNameLineEdit");
    QCOMPARE(functionName->text(), name);
    functionName->setFocus();
    QTest::keyClick(functionName, Qt::Key_End);
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(functionName, Qt::Key_Backspace);
    }
    QCOMPARE(valueAt(parse(m_composer->requestBody()), QStringLiteral("tools[0].function.name")).toString(),
             QString(60, QLatin1Char('f')));
    QVERIFY(!hasErrorAt(m_composer->problems(), QStringLiteral("tools[0].function.name")));
    // Typing past the limit again is kept as typed, and reported again.
    QTest::keyClicks(functionName, QString(10, QLatin1Char('g')));
    QCOMPARE(functionName->text().size(), 70);
    QVERIFY(hasErrorAt(m_composer->problems(), QStringLiteral("tools[0].function.name")));
}

void TestComposerKeep::explicitNullsAreKept()
{
    const QJsonObject original = json(R"({"assistant_id": "a", "model": null, "instructions": null, "stream": null,
        "max_prompt_tokens": null, "max_completion_tokens": null})");
    m_composer->setBody(original);
    QCOMPARE(parse(m_composer->requestBody()), original);

    // Each null is shown as such at its field.
    openSection(m_composer, "assistantSection");
    auto *model = find<QComboBox>(m_composer, "modelComboBox");
    QVERIFY(model->lineEdit()->placeholderText().startsWith(QStringLiteral("null (explicit)")));
    QVERIFY(find<QPlainTextEdit>(m_composer, "instructionsPlainTextEdit")
                ->placeholderText()
                .startsWith(QStringLiteral("null (explicit)")));
    openSection(m_composer, "generationSection");
    QVERIFY(find<QLabel>(m_composer, "maxPromptTokensSpinBoxKeptNote")->text().startsWith(QStringLiteral("null")));
    openSection(m_composer, "deliverySection");
    QVERIFY(find<QLabel>(m_composer, "streamNullLabel")->isVisible());

    // Typing replaces a null; clearing what was typed returns to "not set".
    retype(model, QStringLiteral("gpt-4o"));
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
    retype(model, QString());
    QVERIFY(!parse(m_composer->requestBody()).contains(QStringLiteral("model")));
    retype(find<QPlainTextEdit>(m_composer, "instructionsPlainTextEdit"), QStringLiteral("Be brief."));
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("instructions")).toString(),
             QStringLiteral("Be brief."));
    click(find<QRadioButton>(m_composer, "pollRadioButton"));
    QVERIFY(!parse(m_composer->requestBody()).contains(QStringLiteral("stream")));
    QVERIFY(!find<QLabel>(m_composer, "streamNullLabel")->isVisible());
    openSection(m_composer, "generationSection");
    retype(find<QSpinBox>(m_composer, "maxPromptTokensSpinBox"), QStringLiteral("1000"));
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("max_prompt_tokens")).toInt(), 1000);
    QVERIFY(parse(m_composer->requestBody()).value(QStringLiteral("max_completion_tokens")).isNull());
}

void TestComposerKeep::explicitNullToolsResourcesAndMetadataAreKept()
{
    const QJsonObject original
        = json(R"({"assistant_id": "a", "tools": null, "tool_resources": null, "metadata": null})");
    m_composer->setBody(original);
    QCOMPARE(parse(m_composer->requestBody()), original);
    for (const Problem &problem : m_composer->problems()) {
        QVERIFY2(!problem.path.startsWith(QStringLiteral("tool"))
                     && !problem.path.startsWith(QStringLiteral("metadata")),
                 qPrintable(problem.path + QStringLiteral(": ") + problem.message));
    }

    // Each section shows its null.
    const auto shownNull = [this](const char *label) {
        auto *note = find<QLabel>(m_composer, label);
        return note && note->isVisible() && note->text().startsWith(QStringLiteral("null (explicit"));
    };
    openSection(m_composer, "toolsSection");
    QVERIFY(shownNull("toolsNullLabel"));
    openSection(m_composer, "toolResourcesSection");
    QVERIFY(shownNull("toolResourcesNullLabel"));
    openSection(m_composer, "metadataSection");
    QVERIFY(shownNull("metadataNullLabel"));

    // tools: picking a choice replaces the null.
    openSection(m_composer, "toolsSection");
    click(find<QRadioButton>(m_composer, "overrideToolsRadioButton"));
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("tools")), QJsonValue(QJsonArray()));
    QVERIFY(!shownNull("toolsNullLabel"));
    click(find<QRadioButton>(m_composer, "useAssistantToolsRadioButton"));
    QVERIFY(!parse(m_composer->requestBody()).contains(QStringLiteral("tools")));

    // tool_resources: typing replaces the null; clearing then means "not set".
    openSection(m_composer, "toolResourcesSection");
    QVERIFY(parse(m_composer->requestBody()).value(QStringLiteral("tool_resources")).isNull());
    auto *files = find<QLineEdit>(m_composer, "codeInterpreterFileIdsLineEdit");
    retype(files, QStringLiteral("file-1"));
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("tool_resources")).toObject(),
             json(R"({"code_interpreter": {"file_ids": ["file-1"]}})"));
    QVERIFY(!shownNull("toolResourcesNullLabel"));
    retype(files, QString());
    QVERIFY(!parse(m_composer->requestBody()).contains(QStringLiteral("tool_resources")));

    // metadata: adding a pair replaces the null; removing it then means "not set".
    openSection(m_composer, "metadataSection");
    QVERIFY(parse(m_composer->requestBody()).value(QStringLiteral("metadata")).isNull());
    auto *section = find<QWidget>(m_composer, "metadataSection");
    click(find<QPushButton>(section, "addPairPushButton"));
    QWidget *key = QApplication::focusWidget();
    QTest::keyClicks(key, QStringLiteral("client"));
    QTest::keyClick(key, Qt::Key_Tab);
    QWidget *value = QApplication::focusWidget();
    QTest::keyClicks(value, QStringLiteral("gui"));
    commit(value);
    QCOMPARE(parse(m_composer->requestBody()).value(QStringLiteral("metadata")).toObject(),
             json(R"({"client": "gui"})"));
    QVERIFY(!shownNull("metadataNullLabel"));
    click(find<QPushButton>(section, "removePairPushButton"));
    QVERIFY(!parse(m_composer->requestBody()).contains(QStringLiteral("metadata")));

    // Loading a body without the nulls hides the notes again.
    m_composer->setBody(json(R"({"assistant_id": "a", "metadata": null})"));
    QVERIFY(shownNull("metadataNullLabel"));
    m_composer->setBody(json(R"({"assistant_id": "a"})"));
    QVERIFY(!shownNull("metadataNullLabel"));
    QCOMPARE(parse(m_composer->requestBody()), json(R"({"assistant_id": "a"})"));
}

void TestComposerKeep::unshownPartsSayTheyAreNotSent()
{
    m_composer->setBody(json(R"({"assistant_id": "a", "thread": {"messages": [{"role": "user", "content":
        [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]}]}})"));
    bool said = false;
    for (const Problem &problem : m_composer->problems()) {
        if (problem.path.startsWith(QStringLiteral("thread.messages[0].content"))) {
            said = problem.message.startsWith(QStringLiteral("Will not be sent"));
        }
    }
    QVERIFY(said);
}

QTEST_MAIN(TestComposerKeep)
#include "tst_composerkeep.moc"
