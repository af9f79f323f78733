// Parsing, serialising and the three field states of CreateThreadAndRunRequest.
#include "createthreadandrunrequest.h"
#include "jsontext.h"
#include "requestfields.h"
#include "requestgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace rl;

namespace {

QJsonValue json(const char *text)
{
    const JsonTextResult r = readJsonText(QByteArray(text));
    if (!r.ok) {
        qFatal("bad test JSON: %s", text);
    }
    return r.value;
}

QJsonValue bytesToValue(const QByteArray &bytes)
{
    const JsonTextResult r = readJsonText(bytes);
    return r.ok ? r.value : QJsonValue(QJsonValue::Undefined);
}

QStringList paths(const Problems &problems)
{
    QStringList list;
    for (const Problem &p : problems) {
        list.append(p.path);
    }
    return list;
}

// Every key path of a JSON value, with array indices written as [].
void collectKeyPaths(const QJsonValue &v, const QString &path, QSet<QString> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            out.insert(child);
            collectKeyPaths(it.value(), child, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            collectKeyPaths(item, path + QStringLiteral("[]"), out);
        }
    }
}

} // namespace

class TestRequestModel : public QObject
{
    Q_OBJECT

private slots:
    void fieldStates();
    void parseKeepsThreeStates();
    void serialisesOnlySetKeys();
    void examples_data();
    void examples();
    void generatedRoundTrips();
    void keyOrderFollowsSpec();
    void jsonKeysComeFromTheDescription();
    void indentedOutput();
    void reportsProblemsWithPaths_data();
    void reportsProblemsWithPaths();
    void nonObjectBody();
    void equalityFollowsBody();
};

void TestRequestModel::fieldStates()
{
    Field<int> f;
    QVERIFY(!f.isSet());
    QVERIFY(f.isUnset());
    QVERIFY(!f.isNull());
    QVERIFY(!f.hasValue());
    f.set(3);
    QVERIFY(f.isSet());
    QVERIFY(f.hasValue());
    QCOMPARE(f.value(), 3);
    f.setNull();
    QVERIFY(f.isSet());
    QVERIFY(f.isNull());
    QVERIFY(!f.hasValue());
    QCOMPARE(f.valueOr(7), 7);
    f.clear();
    QVERIFY(!f.isSet());
    QCOMPARE(f.state(), Field<int>::State::Unset);
    f.ensure() = 5;
    QCOMPARE(f.value(), 5);
    QVERIFY(Field<int>(5) == f);
    QVERIFY(Field<int>::null() != f);
    QVERIFY(Field<int>::null() == Field<int>::null());
    QVERIFY(Field<int>() != Field<int>::null());
}

void TestRequestModel::parseKeepsThreeStates()
{
    const auto parsed = CreateThreadAndRunRequest::fromJson(
        json(R"({"assistant_id":"a","temperature":null,"top_p":0.5,"tool_choice":null,
                 "thread":{"tool_resources":null,"messages":[{"role":"user","content":"x","attachments":null}]}})"));
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(paths(parsed.problems).join(QLatin1Char(' '))));
    const CreateThreadAndRunRequest &r = parsed.request;
    QVERIFY(r.temperature.isNull());
    QVERIFY(r.topP.hasValue());
    QCOMPARE(r.topP.value(), 0.5);
    QVERIFY(r.model.isUnset());
    QVERIFY(r.toolChoice.isNull());
    QVERIFY(r.responseFormat.isUnset());
    QVERIFY(r.thread.value().toolResources.isNull());
    QVERIFY(r.thread.value().metadata.isUnset());
    QVERIFY(r.thread.value().messages.value().at(0).attachments.isNull());
    QVERIFY(r.thread.value().messages.value().at(0).metadata.isUnset());
}

void TestRequestModel::serialisesOnlySetKeys()
{
    CreateThreadAndRunRequest r;
    r.assistantId = QStringLiteral("asst_1");
    QCOMPARE(r.toJsonBytes(), QByteArray(R"({"assistant_id":"asst_1"})"));
    r.temperature.setNull();
    QCOMPARE(r.toJsonBytes(), QByteArray(R"({"assistant_id":"asst_1","temperature":null})"));
    r.temperature = 0.25;
    r.stream = false;
    QCOMPARE(r.toJsonBytes(), QByteArray(R"({"assistant_id":"asst_1","temperature":0.25,"stream":false})"));
    r.temperature.clear();
    r.thread.ensure();
    QCOMPARE(r.toJsonBytes(), QByteArray(R"({"assistant_id":"asst_1","thread":{},"stream":false})"));
    QCOMPARE(r.toJson().value(QStringLiteral("stream")), QJsonValue(false));
}

void TestRequestModel::examples_data()
{
    QTest::addColumn<QString>("fileName");
    const QDir dir(QStringLiteral(RUNLENS_TEST_DATA_DIR "/requests"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &f : files) {
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

void TestRequestModel::examples()
{
    QFETCH(QString, fileName);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const JsonTextResult text = readJsonText(file.readAll());
    QVERIFY2(text.ok, qPrintable(text.error));
    const auto parsed = CreateThreadAndRunRequest::fromJson(text.value);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(paths(parsed.problems).join(QLatin1Char(' '))));
    const Problems problems = parsed.request.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(paths(problems).join(QLatin1Char(' '))));
    QCOMPARE(bytesToValue(parsed.request.toJsonBytes()), text.value);
    QCOMPARE(bytesToValue(parsed.request.toJsonBytes(JsonFormat::Indented)), text.value);
    QCOMPARE(QJsonValue(parsed.request.toJson()), text.value);
}

void TestRequestModel::generatedRoundTrips()
{
    QSet<QString> seen;
    for (quint32 seed = 1; seed <= 3000; ++seed) {
        test::RequestGenerator gen(seed);
        const CreateThreadAndRunRequest original = gen.request();
        for (const JsonFormat format : { JsonFormat::Compact, JsonFormat::Indented }) {
            const QByteArray bytes = original.toJsonBytes(format);
            const JsonTextResult text = readJsonText(bytes);
            QVERIFY2(text.ok, bytes.constData());
            const auto parsed = CreateThreadAndRunRequest::fromJson(text.value);
            QVERIFY2(
                parsed.problems.isEmpty(),
                qPrintable(QString::number(seed) + QLatin1Char(' ') + paths(parsed.problems).join(QLatin1Char(' '))));
            QCOMPARE(parsed.request.toJsonBytes(format), bytes);
            QVERIFY(parsed.request == original);
            QCOMPARE(QJsonValue(parsed.request.toJson()), text.value);
            collectKeyPaths(text.value, QString(), seen);
        }
    }
    // The generated set covers every field of the spec.
    const QStringList expected {
        QStringLiteral("assistant_id"),
        QStringLiteral("thread.messages[].role"),
        QStringLiteral("thread.messages[].content[].type"),
        QStringLiteral("thread.messages[].content[].text"),
        QStringLiteral("thread.messages[].content[].image_url.url"),
        QStringLiteral("thread.messages[].content[].image_url.detail"),
        QStringLiteral("thread.messages[].content[].image_file.file_id"),
        QStringLiteral("thread.messages[].content[].image_file.detail"),
        QStringLiteral("thread.messages[].attachments[].file_id"),
        QStringLiteral("thread.messages[].attachments[].tools[].type"),
        QStringLiteral("thread.messages[].metadata"),
        QStringLiteral("thread.tool_resources.code_interpreter.file_ids"),
        QStringLiteral("thread.tool_resources.file_search.vector_store_ids"),
        QStringLiteral("thread.tool_resources.file_search.vector_stores[].file_ids"),
        QStringLiteral("thread.tool_resources.file_search.vector_stores[].chunking_strategy.type"),
        QStringLiteral("thread.tool_resources.file_search.vector_stores[].chunking_strategy.static"
                       ".max_chunk_size_tokens"),
        QStringLiteral("thread.tool_resources.file_search.vector_stores[].chunking_strategy.static"
                       ".chunk_overlap_tokens"),
        QStringLiteral("thread.tool_resources.file_search.vector_stores[].metadata"),
        QStringLiteral("thread.metadata"),
        QStringLiteral("model"),
        QStringLiteral("instructions"),
        QStringLiteral("tools[].type"),
        QStringLiteral("tools[].file_search.max_num_results"),
        QStringLiteral("tools[].file_search.ranking_options.ranker"),
        QStringLiteral("tools[].file_search.ranking_options.score_threshold"),
        QStringLiteral("tools[].function.description"),
        QStringLiteral("tools[].function.name"),
        QStringLiteral("tools[].function.parameters"),
        QStringLiteral("tools[].function.strict"),
        QStringLiteral("tool_resources.code_interpreter.file_ids"),
        QStringLiteral("tool_resources.file_search.vector_store_ids"),
        QStringLiteral("metadata"),
        QStringLiteral("temperature"),
        QStringLiteral("top_p"),
        QStringLiteral("stream"),
        QStringLiteral("max_prompt_tokens"),
        QStringLiteral("max_completion_tokens"),
        QStringLiteral("truncation_strategy.type"),
        QStringLiteral("truncation_strategy.last_messages"),
        QStringLiteral("tool_choice.type"),
        QStringLiteral("tool_choice.function.name"),
        QStringLiteral("parallel_tool_calls"),
        QStringLiteral("response_format.type"),
        QStringLiteral("response_format.json_schema.description"),
        QStringLiteral("response_format.json_schema.name"),
        QStringLiteral("response_format.json_schema.schema"),
        QStringLiteral("response_format.json_schema.strict"),
    };
    for (const QString &p : expected) {
        QVERIFY2(seen.contains(p), qPrintable(p));
    }
    // The registry derived from the description lists the same fields, and nothing the generator
    // (which follows the spec) never writes.
    QStringList registry;
    for (const RequestField &f : requestFields(RequestBody::CreateThreadAndRun)) {
        registry.append(f.path);
    }
    for (const QString &p : expected) {
        QVERIFY2(registry.contains(p), qPrintable(p));
    }
    for (const QString &p : std::as_const(registry)) {
        QVERIFY2(seen.contains(p), qPrintable(p));
    }
}

void TestRequestModel::jsonKeysComeFromTheDescription()
{
    // Each key is named by its member; the text comes from the description the writer uses.
    CreateThreadAndRunRequest request;
    request.maxCompletionTokens = 300;
    request.truncationStrategy.ensure().lastMessages = 2;
    request.responseFormat = ResponseFormat::ofSchema({});
    request.responseFormat.ensure().jsonSchema.ensure().name = QStringLiteral("n");
    const QJsonObject written = request.toJson();
    const QString tokens = jsonKey(&RunSettings::maxCompletionTokens);
    QCOMPARE(tokens, QStringLiteral("max_completion_tokens"));
    QCOMPARE(written.value(tokens).toInt(), 300);
    const QString truncation = jsonKey(&RunSettings::truncationStrategy);
    QCOMPARE(written.value(truncation).toObject().value(jsonKey(&TruncationStrategy::lastMessages)).toInt(), 2);
    QCOMPARE(jsonPath(&RunSettings::truncationStrategy, &TruncationStrategy::lastMessages),
             QStringLiteral("truncation_strategy.last_messages"));
    // A field declared in a shared base, and fields of the second and third kind of a one-of.
    QCOMPARE(jsonPath(&RunSettings::responseFormat, &ResponseFormat::jsonSchema, &JsonSchemaFormat::name),
             QStringLiteral("response_format.json_schema.name"));
    QCOMPARE(jsonKey(&Tool::function), QStringLiteral("function"));
    QCOMPARE(jsonKey(&FunctionDefinition::parameters), QStringLiteral("parameters"));
    QCOMPARE(jsonKey(&ChunkingStrategy::staticChunking), QStringLiteral("static"));
    QCOMPARE(jsonKey(&ContentPart::imageFile), QStringLiteral("image_file"));
    QCOMPARE(jsonKey(&CreateThreadAndRunRequest::toolResources), QStringLiteral("tool_resources"));
    QCOMPARE(jsonKey(&RunSettings::topP), QStringLiteral("top_p"));
    // Every top-level key of the registry is the key of exactly one member.
    const QStringList keys = requestKeys(RequestBody::CreateThreadAndRun);
    const QStringList named { jsonKey(&RunSettings::assistantId),
                              jsonKey(&CreateThreadAndRunRequest::thread),
                              jsonKey(&RunSettings::model),
                              jsonKey(&RunSettings::instructions),
                              jsonKey(&RunSettings::tools),
                              jsonKey(&CreateThreadAndRunRequest::toolResources),
                              jsonKey(&RunSettings::metadata),
                              jsonKey(&RunSettings::temperature),
                              jsonKey(&RunSettings::topP),
                              jsonKey(&RunSettings::stream),
                              jsonKey(&RunSettings::maxPromptTokens),
                              jsonKey(&RunSettings::maxCompletionTokens),
                              jsonKey(&RunSettings::truncationStrategy),
                              jsonKey(&RunSettings::toolChoice),
                              jsonKey(&RunSettings::parallelToolCalls),
                              jsonKey(&RunSettings::responseFormat) };
    QCOMPARE(named, keys);
}

void TestRequestModel::keyOrderFollowsSpec()
{
    // Written in reverse order on purpose; the output must follow the spec.
    const QJsonValue body = json(R"({
        "response_format": {"json_schema": {"strict": true, "schema": {}, "name": "n", "description": "d"},
                            "type": "json_schema"},
        "parallel_tool_calls": true, "tool_choice": {"function": {"name": "f"}, "type": "function"},
        "truncation_strategy": {"last_messages": 2, "type": "last_messages"},
        "max_completion_tokens": 300, "max_prompt_tokens": 300, "stream": true, "top_p": 1, "temperature": 1,
        "metadata": {}, "tool_resources": {"file_search": {"vector_store_ids": []}, "code_interpreter": {}},
        "tools": [{"function": {"strict": false, "parameters": {}, "name": "f", "description": "d"},
                   "type": "function"}],
        "instructions": "i", "model": "m",
        "thread": {"metadata": {}, "tool_resources": {}, "messages": [
            {"metadata": {}, "attachments": [{"tools": [], "file_id": "x"}], "content": "c", "role": "user"}]},
        "assistant_id": "a"})");
    const auto parsed = CreateThreadAndRunRequest::fromJson(body);
    QVERIFY(parsed.problems.isEmpty());
    const QByteArray out = parsed.request.toJsonBytes();
    const auto inOrder = [&out](const QList<QByteArray> &keys) {
        qsizetype last = -1;
        for (const QByteArray &k : keys) {
            const qsizetype at = out.indexOf(QByteArray('"' + k + "\":"), last + 1);
            if (at <= last) {
                qWarning("key %s out of order in %s", k.constData(), out.constData());
                return false;
            }
            last = at;
        }
        return true;
    };
    QVERIFY(inOrder({ "assistant_id",
                      "thread",
                      "messages",
                      "role",
                      "content",
                      "attachments",
                      "file_id",
                      "tools",
                      "metadata",
                      "tool_resources",
                      "metadata",
                      "model",
                      "instructions",
                      "tools",
                      "type",
                      "function",
                      "description",
                      "name",
                      "parameters",
                      "strict",
                      "tool_resources",
                      "code_interpreter",
                      "file_search",
                      "metadata",
                      "temperature",
                      "top_p",
                      "stream",
                      "max_prompt_tokens",
                      "max_completion_tokens",
                      "truncation_strategy",
                      "type",
                      "last_messages",
                      "tool_choice",
                      "type",
                      "function",
                      "name",
                      "parallel_tool_calls",
                      "response_format",
                      "type",
                      "json_schema",
                      "description",
                      "name",
                      "schema",
                      "strict" }));
    QCOMPARE(bytesToValue(out), body);
}

void TestRequestModel::indentedOutput()
{
    CreateThreadAndRunRequest r;
    r.assistantId = QStringLiteral("asst_1");
    r.tools = QList<Tool> { Tool::codeInterpreter() };
    r.metadata = Metadata();
    QCOMPARE(r.toJsonBytes(JsonFormat::Indented),
             QByteArray("{\n"
                        "    \"assistant_id\": \"asst_1\",\n"
                        "    \"tools\": [\n"
                        "        {\n"
                        "            \"type\": \"code_interpreter\"\n"
                        "        }\n"
                        "    ],\n"
                        "    \"metadata\": {}\n"
                        "}\n"));
}

void TestRequestModel::reportsProblemsWithPaths_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown top-level") << QByteArray(R"({"assistant_id":"a","colour":1})") << "colour"
                                       << "colour";
    QTest::newRow("additional_instructions")
        << QByteArray(R"({"assistant_id":"a","additional_instructions":"x"})") << "additional_instructions"
        << "\"instructions\"";
    QTest::newRow("additional_messages") << QByteArray(R"({"assistant_id":"a","additional_messages":[]})")
                                         << "additional_messages"
                                         << "thread.messages";
    QTest::newRow("reasoning_effort") << QByteArray(R"({"assistant_id":"a","reasoning_effort":"low"})")
                                      << "reasoning_effort"
                                      << "existing thread";
    QTest::newRow("unknown nested") << QByteArray(
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":[{"type":"text","text":"x"},{"type":"image_url","image_url":{"url":"https://a/b.png","size":3}}]}]}})")
                                    << "thread.messages[0].content[1].image_url.size"
                                    << "size";
    QTest::newRow("vector_stores at top level")
        << QByteArray(R"({"assistant_id":"a","tool_resources":{"file_search":{"vector_stores":[]}}})")
        << "tool_resources.file_search.vector_stores"
        << "thread.tool_resources";
    QTest::newRow("wrong type number") << QByteArray(R"({"assistant_id":"a","temperature":"hot"})") << "temperature"
                                       << "a number";
    QTest::newRow("wrong type string") << QByteArray(R"({"assistant_id":5})") << "assistant_id"
                                       << "text";
    QTest::newRow("wrong type bool") << QByteArray(R"({"assistant_id":"a","stream":"yes"})") << "stream"
                                     << "true or false";
    QTest::newRow("fractional integer") << QByteArray(R"({"assistant_id":"a","max_prompt_tokens":300.5})")
                                        << "max_prompt_tokens"
                                        << "whole number";
    QTest::newRow("thread not object") << QByteArray(R"({"assistant_id":"a","thread":[]})") << "thread"
                                       << "object";
    QTest::newRow("messages not list") << QByteArray(R"({"assistant_id":"a","thread":{"messages":{}}})")
                                       << "thread.messages"
                                       << "list";
    QTest::newRow("message not object") << QByteArray(R"({"assistant_id":"a","thread":{"messages":[3]}})")
                                        << "thread.messages[0]"
                                        << "object";
    QTest::newRow("content number") << QByteArray(
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":4}]}})")
                                    << "thread.messages[0].content"
                                    << "content parts";
    QTest::newRow("part unknown type") << QByteArray(
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":[{"type":"video"}]}]}})")
                                       << "thread.messages[0].content[0].type"
                                       << "video";
    QTest::newRow("part without type") << QByteArray(
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":[{"text":"x"}]}]}})")
                                       << "thread.messages[0].content[0].type"
                                       << "type";
    QTest::newRow("part not object") << QByteArray(
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":["x"]}]}})")
                                     << "thread.messages[0].content[0]"
                                     << "object";
    QTest::newRow("file id not text") << QByteArray(
        R"({"assistant_id":"a","thread":{"tool_resources":{"code_interpreter":{"file_ids":["f",2]}}}})")
                                      << "thread.tool_resources.code_interpreter.file_ids[1]"
                                      << "text";
    QTest::newRow("tool unknown type") << QByteArray(R"({"assistant_id":"a","tools":[{"type":"retrieval"}]})")
                                       << "tools[0].type"
                                       << "retrieval";
    QTest::newRow("function key on file_search tool")
        << QByteArray(R"({"assistant_id":"a","tools":[{"type":"file_search","function":{}}]})") << "tools[0].function"
        << "function";
    QTest::newRow("attachment tool unknown") << QByteArray(
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":"x","attachments":[{"file_id":"f","tools":[{"type":"web"}]}]}]}})")
                                             << "thread.messages[0].attachments[0].tools[0].type"
                                             << "web";
    QTest::newRow("chunking unknown") << QByteArray(
        R"({"assistant_id":"a","thread":{"tool_resources":{"file_search":{"vector_stores":[{"chunking_strategy":{"type":"fixed"}}]}}}})")
                                      << "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.type"
                                      << "fixed";
    QTest::newRow("tool_choice unknown string")
        << QByteArray(R"({"assistant_id":"a","tool_choice":"any"})") << "tool_choice"
        << "any";
    QTest::newRow("tool_choice number") << QByteArray(R"({"assistant_id":"a","tool_choice":1})") << "tool_choice"
                                        << "a number";
    QTest::newRow("response_format unknown string")
        << QByteArray(R"({"assistant_id":"a","response_format":"json"})") << "response_format"
        << "auto";
    QTest::newRow("response_format unknown type")
        << QByteArray(R"({"assistant_id":"a","response_format":{"type":"yaml"}})") << "response_format.type"
        << "yaml";
    QTest::newRow("json_schema key on text format")
        << QByteArray(R"({"assistant_id":"a","response_format":{"type":"text","json_schema":{}}})")
        << "response_format.json_schema"
        << "json_schema";
    QTest::newRow("metadata not object") << QByteArray(R"({"assistant_id":"a","metadata":[]})") << "metadata"
                                         << "object";
}

void TestRequestModel::reportsProblemsWithPaths()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    const JsonTextResult text = readJsonText(body);
    QVERIFY(text.ok);
    const auto parsed = CreateThreadAndRunRequest::fromJson(text.value);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().path, path);
    QVERIFY(parsed.problems.first().isError());
    QVERIFY2(parsed.problems.first().message.contains(messagePart), qPrintable(parsed.problems.first().message));
    // Nothing the user wrote is dropped: the body is written back as it came.
    QCOMPARE(bytesToValue(parsed.request.toJsonBytes()), text.value);
}

void TestRequestModel::nonObjectBody()
{
    for (const char *body : { "[]", "42", "\"asst\"", "null" }) {
        const JsonTextResult text = readJsonText(QByteArray(body));
        QVERIFY(text.ok);
        const auto parsed = CreateThreadAndRunRequest::fromJson(text.value);
        QCOMPARE(paths(parsed.problems), QStringList { bodyPath() });
        QCOMPARE(paths(checkCreateThreadAndRunBody(text.value)), QStringList { bodyPath() });
    }
}

void TestRequestModel::equalityFollowsBody()
{
    CreateThreadAndRunRequest a;
    a.assistantId = QStringLiteral("x");
    CreateThreadAndRunRequest b = a;
    QVERIFY(a == b);
    b.stream.setNull();
    QVERIFY(a != b);
    a.stream = false;
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestRequestModel)
#include "tst_requestmodel.moc"
