// Every validation rule of digest section 2.13: one failing row per rule, and rows at the
// boundaries that must pass.
#include "createthreadandrunrequest.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rl;

namespace {

using Severity = Problem::Severity;

QByteArray repeated(const char *item, int count, const char *separator = ",")
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i) {
        items.append(QByteArray(item).replace("%i", QByteArray::number(i)));
    }
    return items.join(separator);
}

QByteArray withMessage(const QByteArray &message)
{
    return R"({"assistant_id":"a","thread":{"messages":[)" + message + "]}}";
}

QByteArray withPart(const QByteArray &part)
{
    return withMessage(R"({"role":"user","content":[)" + part + "]}");
}

QByteArray withFileSearch(const QByteArray &fileSearch)
{
    return R"({"assistant_id":"a","thread":{"tool_resources":{"file_search":)" + fileSearch + "}}}";
}

QByteArray withChunking(const QByteArray &staticPart)
{
    return withFileSearch(R"({"vector_stores":[{"chunking_strategy":{"type":"static","static":)" + staticPart + "}}]}");
}

QByteArray withTool(const QByteArray &tool)
{
    return R"({"assistant_id":"a","tools":[)" + tool + "]}";
}

QByteArray metadataOf(int pairs, int keyLength = 3, int valueLength = 3)
{
    QByteArrayList items;
    for (int i = 0; i < pairs; ++i) {
        const QByteArray key = QByteArray::number(i).rightJustified(keyLength, 'k');
        items.append('"' + key + "\":\"" + QByteArray(valueLength, 'v') + '"');
    }
    return '{' + items.join(',') + '}';
}

Problems check(const QByteArray &body)
{
    const JsonTextResult text = readJsonText(body);
    if (!text.ok) {
        qFatal("bad test JSON: %s", body.constData());
    }
    return checkCreateThreadAndRunBody(text.value);
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems) {
        lines.append((p.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + p.path + QStringLiteral(": ")
                     + p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRequestValidation : public QObject
{
    Q_OBJECT

private slots:
    void reportsRule_data();
    void reportsRule();
    void acceptsBoundaries_data();
    void acceptsBoundaries();
    void errorsComeFirst();
    void validatesBuiltRequest();
};

void TestRequestValidation::reportsRule_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isWarning");
    QTest::addColumn<QString>("messagePart");

    const auto row
        = [](const char *name, const QByteArray &body, const char *path, const char *part = "", bool warning = false) {
              QTest::newRow(name) << body << QString::fromUtf8(path) << warning << QString::fromUtf8(part);
          };
    // assistant_id
    row("assistant_id missing", "{}", "assistant_id", "required");
    row("assistant_id empty", R"({"assistant_id":" "})", "assistant_id", "empty");
    row("assistant_id null", R"({"assistant_id":null})", "assistant_id", "null");
    // numeric ranges
    row("temperature high", R"({"assistant_id":"a","temperature":2.5})", "temperature",
        "Temperature must be between 0 and 2 (it is 2.5).");
    row("temperature negative", R"({"assistant_id":"a","temperature":-0.1})", "temperature", "(it is -0.1)");
    row("top_p high", R"({"assistant_id":"a","top_p":1.01})", "top_p", "between 0 and 1");
    row("top_p negative", R"({"assistant_id":"a","top_p":-1})", "top_p", "between 0 and 1");
    row("max_prompt_tokens", R"({"assistant_id":"a","max_prompt_tokens":255})", "max_prompt_tokens", "256");
    row("max_completion_tokens", R"({"assistant_id":"a","max_completion_tokens":0})", "max_completion_tokens", "256");
    // tools
    row("21 tools", withTool(repeated(R"({"type":"code_interpreter"})", 21)), "tools", "21");
    row("duplicate function",
        withTool(R"({"type":"function","function":{"name":"f"}},)"
                 R"({"type":"function","function":{"name":"f"}})"),
        "tools[1].function.name", "unique");
    row("function name space", withTool(R"({"type":"function","function":{"name":"a b"}})"), "tools[0].function.name",
        "letters");
    row("function name dot", withTool(R"({"type":"function","function":{"name":"a.b"}})"), "tools[0].function.name",
        "letters");
    row("function name 65", withTool(R"({"type":"function","function":{"name":")" + QByteArray(65, 'x') + "\"}}"),
        "tools[0].function.name", "64");
    row("function name empty", withTool(R"({"type":"function","function":{"name":""}})"), "tools[0].function.name",
        "empty");
    row("function name missing", withTool(R"({"type":"function","function":{}})"), "tools[0].function.name", "name");
    row("function missing", withTool(R"({"type":"function"})"), "tools[0].function", "function");
    row("parameters list", withTool(R"({"type":"function","function":{"name":"f","parameters":[]}})"),
        "tools[0].function.parameters", "JSON object");
    row("parameters text", withTool(R"({"type":"function","function":{"name":"f","parameters":"{}"}})"),
        "tools[0].function.parameters", "JSON object");
    row("max_num_results 0", withTool(R"({"type":"file_search","file_search":{"max_num_results":0}})"),
        "tools[0].file_search.max_num_results", "between 1 and 50");
    row("max_num_results 51", withTool(R"({"type":"file_search","file_search":{"max_num_results":51}})"),
        "tools[0].file_search.max_num_results", "(it is 51)");
    row("score_threshold",
        withTool(R"({"type":"file_search","file_search":{"ranking_options":{"score_threshold":1.5}}})"),
        "tools[0].file_search.ranking_options.score_threshold", "between 0 and 1");
    row("score_threshold missing", withTool(R"({"type":"file_search","file_search":{"ranking_options":{}}})"),
        "tools[0].file_search.ranking_options.score_threshold", "score threshold");
    row("ranker",
        withTool(R"({"type":"file_search","file_search":{"ranking_options":{"ranker":"best","score_threshold":0}}})"),
        "tools[0].file_search.ranking_options.ranker", "default_2024_08_21");
    // response_format
    row("json_schema missing", R"({"assistant_id":"a","response_format":{"type":"json_schema"}})",
        "response_format.json_schema", "name");
    row("json_schema name missing", R"({"assistant_id":"a","response_format":{"type":"json_schema","json_schema":{}}})",
        "response_format.json_schema.name", "name");
    row("json_schema name bad",
        R"({"assistant_id":"a","response_format":{"type":"json_schema","json_schema":{"name":"my answer"}}})",
        "response_format.json_schema.name", "letters");
    row("json_schema schema not object",
        R"({"assistant_id":"a","response_format":{"type":"json_schema","json_schema":{"name":"n","schema":true}}})",
        "response_format.json_schema.schema", "JSON object");
    // metadata, everywhere it appears
    row("metadata 17 pairs", R"({"assistant_id":"a","metadata":)" + metadataOf(17) + "}", "metadata", "16");
    row("metadata key 65", R"({"assistant_id":"a","metadata":)" + metadataOf(1, 65) + "}",
        qPrintable(QStringLiteral("metadata.") + QString(64, QLatin1Char('k')) + QStringLiteral("0")), "64");
    row("metadata value 513", R"({"assistant_id":"a","metadata":{"k":")" + QByteArray(513, 'v') + "\"}}", "metadata.k",
        "512");
    row("metadata value number", R"({"assistant_id":"a","metadata":{"k":1}})", "metadata.k", "text");
    row("thread metadata", R"({"assistant_id":"a","thread":{"metadata":)" + metadataOf(17) + "}}", "thread.metadata",
        "16");
    row("message metadata", withMessage(R"({"role":"user","content":"x","metadata":{"k":false}})"),
        "thread.messages[0].metadata.k", "text");
    row("vector store metadata", withFileSearch(R"({"vector_stores":[{"metadata":{"k":[]}}]})"),
        "thread.tool_resources.file_search.vector_stores[0].metadata.k", "text");
    // file and vector store limits
    row("code_interpreter 21 files",
        R"({"assistant_id":"a","tool_resources":{"code_interpreter":{"file_ids":[)" + repeated("\"f%i\"", 21) + "]}}}",
        "tool_resources.code_interpreter.file_ids", "21");
    row("thread code_interpreter 21 files",
        R"({"assistant_id":"a","thread":{"tool_resources":{"code_interpreter":{"file_ids":[)" + repeated("\"f%i\"", 21)
            + "]}}}}",
        "thread.tool_resources.code_interpreter.file_ids", "21");
    row("top vector_store_ids 2",
        R"({"assistant_id":"a","tool_resources":{"file_search":{"vector_store_ids":["a","b"]}}})",
        "tool_resources.file_search.vector_store_ids", "(there are 2)");
    row("thread vector_store_ids 2", withFileSearch(R"({"vector_store_ids":["a","b"]})"),
        "thread.tool_resources.file_search.vector_store_ids", "(there are 2)");
    row("ids and stores", withFileSearch(R"({"vector_store_ids":["a"],"vector_stores":[{}]})"),
        "thread.tool_resources.file_search", "not both");
    row("neither ids nor stores", withFileSearch("{}"), "thread.tool_resources.file_search", "either");
    row("two vector stores", withFileSearch(R"({"vector_stores":[{},{}]})"),
        "thread.tool_resources.file_search.vector_stores", "(there are 2)");
    // static chunking
    row("chunk 99", withChunking(R"({"max_chunk_size_tokens":99,"chunk_overlap_tokens":0})"),
        "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static.max_chunk_size_tokens",
        "between 100 and 4096");
    row("chunk 4097", withChunking(R"({"max_chunk_size_tokens":4097,"chunk_overlap_tokens":0})"),
        "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static.max_chunk_size_tokens",
        "(it is 4097)");
    row("overlap above half", withChunking(R"({"max_chunk_size_tokens":800,"chunk_overlap_tokens":401})"),
        "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static.chunk_overlap_tokens", "half");
    row("overlap negative", withChunking(R"({"max_chunk_size_tokens":800,"chunk_overlap_tokens":-1})"),
        "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static.chunk_overlap_tokens", "negative");
    row("overlap missing", withChunking(R"({"max_chunk_size_tokens":800})"),
        "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static.chunk_overlap_tokens", "missing");
    row("static missing", withFileSearch(R"({"vector_stores":[{"chunking_strategy":{"type":"static"}}]})"),
        "thread.tool_resources.file_search.vector_stores[0].chunking_strategy.static", "static");
    // tool_choice
    row("named function without function", R"({"assistant_id":"a","tool_choice":{"type":"function"}})",
        "tool_choice.function.name", "function.name");
    row("named function without name", R"({"assistant_id":"a","tool_choice":{"type":"function","function":{}}})",
        "tool_choice.function.name", "function.name");
    row("named type unknown", R"({"assistant_id":"a","tool_choice":{"type":"web"}})", "tool_choice.type", "web");
    row("named type missing", R"({"assistant_id":"a","tool_choice":{}})", "tool_choice.type", "type");
    // truncation
    row("last_messages 0", R"({"assistant_id":"a","truncation_strategy":{"type":"last_messages","last_messages":0}})",
        "truncation_strategy.last_messages", "at least 1");
    row("last_messages missing", R"({"assistant_id":"a","truncation_strategy":{"type":"last_messages"}})",
        "truncation_strategy.last_messages", "how many");
    row("last_messages null",
        R"({"assistant_id":"a","truncation_strategy":{"type":"last_messages","last_messages":null}})",
        "truncation_strategy.last_messages", "how many");
    row("truncation type unknown", R"({"assistant_id":"a","truncation_strategy":{"type":"middle"}})",
        "truncation_strategy.type", "middle");
    row("truncation type missing", R"({"assistant_id":"a","truncation_strategy":{}})", "truncation_strategy.type",
        "type");
    // messages
    row("role system", withMessage(R"({"role":"system","content":"x"})"), "thread.messages[0].role", "system");
    row("role missing", withMessage(R"({"content":"x"})"), "thread.messages[0].role", "role");
    row("content missing", withMessage(R"({"role":"user"})"), "thread.messages[0].content", "content");
    row("content null", withMessage(R"({"role":"user","content":null})"), "thread.messages[0].content", "null");
    row("content empty list", withMessage(R"({"role":"user","content":[]})"), "thread.messages[0].content", "empty");
    row("text part without text", withPart(R"({"type":"text"})"), "thread.messages[0].content[0].text", "text");
    row("image url ftp", withPart(R"({"type":"image_url","image_url":{"url":"ftp://h/a.png"}})"),
        "thread.messages[0].content[0].image_url.url", "http");
    row("image url no extension", withPart(R"({"type":"image_url","image_url":{"url":"https://h/a"}})"),
        "thread.messages[0].content[0].image_url.url", ".png");
    row("image url bmp", withPart(R"({"type":"image_url","image_url":{"url":"https://h/a.bmp"}})"),
        "thread.messages[0].content[0].image_url.url", ".png");
    row("image url not a url", withPart(R"({"type":"image_url","image_url":{"url":"a.png"}})"),
        "thread.messages[0].content[0].image_url.url", "http");
    row("image data uri svg", withPart(R"({"type":"image_url","image_url":{"url":"data:image/svg+xml;base64,AA"}})"),
        "thread.messages[0].content[0].image_url.url", "data:");
    row("image url missing", withPart(R"({"type":"image_url","image_url":{}})"),
        "thread.messages[0].content[0].image_url.url", "address");
    row("image_url object missing", withPart(R"({"type":"image_url"})"), "thread.messages[0].content[0].image_url",
        "image_url");
    row("image url detail", withPart(R"({"type":"image_url","image_url":{"url":"https://h/a.png","detail":"max"}})"),
        "thread.messages[0].content[0].image_url.detail", "auto, low, high");
    row("image file detail", withPart(R"({"type":"image_file","image_file":{"file_id":"f","detail":"med"}})"),
        "thread.messages[0].content[0].image_file.detail", "auto, low, high");
    row("image file id missing", withPart(R"({"type":"image_file","image_file":{}})"),
        "thread.messages[0].content[0].image_file.file_id", "file");
    // attachments
    row("attachment file_id missing",
        withMessage(R"({"role":"user","content":"x","attachments":[{"tools":[{"type":"file_search"}]}]})"),
        "thread.messages[0].attachments[0].file_id", "file ID");
    row("attachment tools missing", withMessage(R"({"role":"user","content":"x","attachments":[{"file_id":"f"}]})"),
        "thread.messages[0].attachments[0].tools", "tools");
    row("attachment tools empty",
        withMessage(R"({"role":"user","content":"x","attachments":[{"file_id":"f","tools":[]}]})"),
        "thread.messages[0].attachments[0].tools", "empty");
    // null where the spec does not allow it
    row("thread null", R"({"assistant_id":"a","thread":null})", "thread", "null");
    row("messages null", R"({"assistant_id":"a","thread":{"messages":null}})", "thread.messages", "null");
    row("parallel_tool_calls null", R"({"assistant_id":"a","parallel_tool_calls":null})", "parallel_tool_calls",
        "null");
    row("code_interpreter null", R"({"assistant_id":"a","tool_resources":{"code_interpreter":null}})",
        "tool_resources.code_interpreter", "null");
    row("function description null", withTool(R"({"type":"function","function":{"name":"f","description":null}})"),
        "tools[0].function.description", "null");
    // warnings
    row("temperature and top_p", R"({"assistant_id":"a","temperature":0.5,"top_p":0.5})", "top_p", "Both", true);
    row("json_object without JSON",
        R"({"assistant_id":"a","instructions":"Be brief.","response_format":{"type":"json_object"}})",
        "response_format", "JSON", true);
    row("tool_choice not in tools",
        R"({"assistant_id":"a","tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":{"type":"function","function":{"name":"g"}}})",
        "tool_choice.function.name", "\"g\"", true);
}

void TestRequestValidation::reportsRule()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(bool, isWarning);
    QFETCH(QString, messagePart);
    const Problems problems = check(body);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.first().path, path);
    QCOMPARE(problems.first().severity, isWarning ? Severity::Warning : Severity::Error);
    QVERIFY2(problems.first().message.contains(messagePart), qPrintable(problems.first().message));
}

void TestRequestValidation::acceptsBoundaries_data()
{
    QTest::addColumn<QByteArray>("body");
    const auto row = [](const char *name, const QByteArray &body) { QTest::newRow(name) << body; };
    row("temperature 0 and 2", R"({"assistant_id":"a","temperature":0})");
    row("temperature 2", R"({"assistant_id":"a","temperature":2})");
    row("top_p 0", R"({"assistant_id":"a","top_p":0})");
    row("top_p 1 with temperature", R"({"assistant_id":"a","top_p":1,"temperature":0.3})");
    row("temperature 1 with top_p", R"({"assistant_id":"a","temperature":1,"top_p":0.3})");
    row("tokens 256", R"({"assistant_id":"a","max_prompt_tokens":256,"max_completion_tokens":256})");
    row("20 tools", withTool(repeated(R"({"type":"function","function":{"name":"f%i"}})", 20)));
    row("function name 64", withTool(R"({"type":"function","function":{"name":")" + QByteArray(64, 'x') + "\"}}"));
    row("function name chars", withTool(R"({"type":"function","function":{"name":"Az09_-"}})"));
    row("metadata 16/64/512", R"({"assistant_id":"a","metadata":)" + metadataOf(16, 64, 512) + "}");
    row("20 files",
        R"({"assistant_id":"a","tool_resources":{"code_interpreter":{"file_ids":[)" + repeated("\"f%i\"", 20) + "]}}}");
    row("chunk 100 overlap 50", withChunking(R"({"max_chunk_size_tokens":100,"chunk_overlap_tokens":50})"));
    row("chunk 4096 overlap 0", withChunking(R"({"max_chunk_size_tokens":4096,"chunk_overlap_tokens":0})"));
    row("chunk odd overlap half", withChunking(R"({"max_chunk_size_tokens":801,"chunk_overlap_tokens":400})"));
    row("auto chunking", withFileSearch(R"({"vector_stores":[{"chunking_strategy":{"type":"auto"}}]})"));
    row("vector_store_ids", withFileSearch(R"({"vector_store_ids":["vs_1"]})"));
    row("last_messages 1", R"({"assistant_id":"a","truncation_strategy":{"type":"last_messages","last_messages":1}})");
    row("truncation auto null", R"({"assistant_id":"a","truncation_strategy":{"type":"auto","last_messages":null}})");
    row("max_num_results 1 and 50",
        withTool(R"({"type":"file_search","file_search":{"max_num_results":1}},)"
                 R"({"type":"file_search","file_search":{"max_num_results":50,)"
                 R"("ranking_options":{"ranker":"default_2024_08_21","score_threshold":1}}})"));
    row("score 0", withTool(R"({"type":"file_search","file_search":{"ranking_options":{"score_threshold":0}}})"));
    row("image data uri", withPart(R"({"type":"image_url","image_url":{"url":"data:image/png;base64,iVBO"}})"));
    row("image data uri webp", withPart(R"({"type":"image_url","image_url":{"url":"data:image/webp;base64,AA"}})"));
    row("image url upper case", withPart(R"({"type":"image_url","image_url":{"url":"HTTPS://h/A.JPG"}})"));
    row("image url query",
        withPart(R"({"type":"image_url","image_url":{"url":"http://h/p/a.gif?x=1","detail":"high"}})"));
    row("image url jpeg", withPart(R"({"type":"image_url","image_url":{"url":"https://h/a.jpeg","detail":"auto"}})"));
    row("image file", withPart(R"({"type":"image_file","image_file":{"file_id":"f","detail":"low"}})"));
    row("assistant role", withMessage(R"({"role":"assistant","content":"x"})"));
    row("attachment both tools",
        withMessage(
            R"({"role":"user","content":"x","attachments":[{"file_id":"f","tools":[{"type":"code_interpreter"},{"type":"file_search"}]}]})"));
    row("json_object with json in instructions",
        R"({"assistant_id":"a","instructions":"Answer in json.","response_format":{"type":"json_object"}})");
    row("json_object with JSON in message part",
        R"({"assistant_id":"a","thread":{"messages":[{"role":"user","content":[{"type":"text","text":"Give JSON"}]}]},)"
        R"("response_format":{"type":"json_object"}})");
    row("tool_choice function without tools",
        R"({"assistant_id":"a","tool_choice":{"type":"function","function":{"name":"g"}}})");
    row("tool_choice function in tools",
        R"({"assistant_id":"a","tools":[{"type":"function","function":{"name":"g"}}],"tool_choice":{"type":"function","function":{"name":"g"}}})");
    row("tool_choice file_search", R"({"assistant_id":"a","tool_choice":{"type":"file_search"}})");
    row("nullable fields null",
        R"({"assistant_id":"a","model":null,"instructions":null,"tools":null,"tool_resources":null,"metadata":null,)"
        R"("temperature":null,"top_p":null,"stream":null,"max_prompt_tokens":null,"max_completion_tokens":null,)"
        R"("truncation_strategy":null,"tool_choice":null,"response_format":null,)"
        R"("thread":{"tool_resources":null,"metadata":null,"messages":[{"role":"user","content":"x","attachments":null,"metadata":null}]}})");
    row("strict null", withTool(R"({"type":"function","function":{"name":"f","strict":null,"parameters":{}}})"));
    row("response_format auto", R"({"assistant_id":"a","response_format":"auto"})");
    row("json_schema full",
        R"({"assistant_id":"a","response_format":{"type":"json_schema","json_schema":{"description":"d","name":"n","schema":{"type":"object"},"strict":null}}})");
}

void TestRequestValidation::acceptsBoundaries()
{
    QFETCH(QByteArray, body);
    const Problems problems = check(body);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestRequestValidation::errorsComeFirst()
{
    const Problems problems = check(R"({"temperature":0.5,"top_p":0.5,"colour":1})");
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).isError());
    QVERIFY(problems.at(1).isError());
    QVERIFY(!problems.at(2).isError());
}

void TestRequestValidation::validatesBuiltRequest()
{
    // The composer builds requests in code: null where the spec forbids it is caught too.
    CreateThreadAndRunRequest r;
    r.assistantId = QStringLiteral("asst_1");
    r.parallelToolCalls.setNull();
    Thread &t = r.thread.ensure();
    Message m;
    m.role = QStringLiteral("user");
    m.content = MessageContent { MessageContent::Kind::Parts, {}, { ContentPart::fromImageUrl(QStringLiteral("x")) } };
    t.messages = QList<Message> { m };
    r.toolChoice = ToolChoice::namedFunction(QStringLiteral("lookup"));
    r.tools = QList<Tool> { Tool::codeInterpreter() };
    const Problems problems = r.validate();
    QStringList found;
    for (const Problem &p : problems) {
        found.append(p.path);
    }
    QCOMPARE(found,
             (QStringList { QStringLiteral("thread.messages[0].content[0].image_url.url"),
                            QStringLiteral("parallel_tool_calls"), QStringLiteral("tool_choice.function.name") }));
    QVERIFY(!problems.at(2).isError());
}

QTEST_GUILESS_MAIN(TestRequestValidation)
#include "tst_requestvalidation.moc"
