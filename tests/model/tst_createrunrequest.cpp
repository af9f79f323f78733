// The create-run body (POST /threads/{id}/runs) and the other bodies the built-in server checks
// with the request model: reading, writing in the spec's order, and the rules they share.
#include "createrunrequest.h"
#include "jsontext.h"
#include "requestfields.h"

#include <QTest>

#include <algorithm>

using namespace rl;

namespace {

QJsonValue json(const QByteArray &text)
{
    const JsonTextResult r = readJsonText(text);
    if (!r.ok) {
        qFatal("bad test JSON: %s", text.constData());
    }
    return r.value;
}

QStringList errorPaths(const Problems &problems)
{
    QStringList list;
    for (const Problem &p : problems) {
        if (p.isError()) {
            list.append(p.path);
        }
    }
    return list;
}

// Every key of a create-run body, in the spec's order.
const QByteArray kFullBody
    = R"({"assistant_id":"asst_1","model":"m","reasoning_effort":"low","instructions":"i",)"
      R"("additional_instructions":"be brief","additional_messages":[{"role":"user","content":"hi"}],)"
      R"("tools":[{"type":"function","function":{"name":"f","parameters":{}}}],"metadata":{"k":"v"},)"
      R"("temperature":0.5,"top_p":1,"stream":true,"max_prompt_tokens":1000,"max_completion_tokens":500,)"
      R"("truncation_strategy":{"type":"last_messages","last_messages":4},)"
      R"("tool_choice":{"type":"function","function":{"name":"f"}},"parallel_tool_calls":false,)"
      R"("response_format":{"type":"json_schema","json_schema":{"name":"out","schema":{}}}})";

} // namespace

class TestCreateRunRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyRoundTripsByteForByte()
    {
        const CreateRunRequest::ParseResult parsed = CreateRunRequest::fromJson(json(kFullBody));
        QVERIFY(parsed.problems.isEmpty());
        QVERIFY(parsed.request.validate().isEmpty());
        QCOMPARE(parsed.request.toJsonBytes(), kFullBody);
        QCOMPARE(parsed.request.reasoningEffort.value(), QStringLiteral("low"));
        QCOMPARE(parsed.request.additionalMessages.value().size(), 1);
    }

    void keysAreWrittenInTheSpecsOrder()
    {
        const QByteArray reversed = R"({"response_format":"auto","tool_choice":"none","stream":false,)"
                                    R"("additional_instructions":"x","reasoning_effort":null,"assistant_id":"a"})";
        const CreateRunRequest::ParseResult parsed = CreateRunRequest::fromJson(json(reversed));
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.request.toJsonBytes(),
                 QByteArray(R"({"assistant_id":"a","reasoning_effort":null,"additional_instructions":"x",)"
                            R"("stream":false,"tool_choice":"none","response_format":"auto"})"));
    }

    void sharesTheRunRulesOfCreateThreadAndRun()
    {
        const Problems problems = checkRequestBody(
            RequestBody::CreateRun,
            json(R"({"assistant_id":" ","reasoning_effort":"extreme","temperature":3,"max_completion_tokens":10,)"
                 R"("additional_messages":[{"role":"system","content":[]}, 7],"thread":{}})"));
        QCOMPARE(errorPaths(problems),
                 (QStringList { QStringLiteral("additional_messages[1]"), QStringLiteral("thread"),
                                QStringLiteral("assistant_id"), QStringLiteral("reasoning_effort"),
                                QStringLiteral("additional_messages[0].role"),
                                QStringLiteral("additional_messages[0].content"), QStringLiteral("temperature"),
                                QStringLiteral("max_completion_tokens") }));
    }

    void runOnlyKeysBelongToCreateRun()
    {
        const QJsonValue body = json(R"({"assistant_id":"a","additional_instructions":"x"})");
        QVERIFY(checkRequestBody(RequestBody::CreateRun, body).isEmpty());
        const Problems other = checkRequestBody(RequestBody::CreateThreadAndRun, body);
        QCOMPARE(errorPaths(other), QStringList { QStringLiteral("additional_instructions") });
        QVERIFY2(other.first().message.contains(QLatin1String("instructions")), qPrintable(other.first().message));
    }

    void registryOfKeysAndFields()
    {
        QCOMPARE(
            requestKeys(RequestBody::CreateRun),
            (QStringList { QStringLiteral("assistant_id"), QStringLiteral("model"), QStringLiteral("reasoning_effort"),
                           QStringLiteral("instructions"), QStringLiteral("additional_instructions"),
                           QStringLiteral("additional_messages"), QStringLiteral("tools"), QStringLiteral("metadata"),
                           QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("stream"),
                           QStringLiteral("max_prompt_tokens"), QStringLiteral("max_completion_tokens"),
                           QStringLiteral("truncation_strategy"), QStringLiteral("tool_choice"),
                           QStringLiteral("parallel_tool_calls"), QStringLiteral("response_format") }));
        QCOMPARE(requestKeys(RequestBody::ModifyMetadata), QStringList { QStringLiteral("metadata") });
        const QList<RequestField> fields = requestFields(RequestBody::CreateAssistant);
        const auto field = [&fields](const QString &path) {
            const auto it = std::find_if(fields.cbegin(), fields.cend(),
                                         [&path](const RequestField &f) { return f.path == path; });
            return it == fields.cend() ? RequestField {} : *it;
        };
        QVERIFY(field(QStringLiteral("model")).required);
        QVERIFY(!field(QStringLiteral("name")).required);
        QCOMPARE(field(QStringLiteral("tools")).kind, RequestField::Kind::List);
        QCOMPARE(field(QStringLiteral("tools[].function.parameters")).kind, RequestField::Kind::Json);
        QCOMPARE(field(QStringLiteral("tools[].file_search.max_num_results")).kind, RequestField::Kind::WholeNumber);
        QCOMPARE(field(QStringLiteral("response_format.json_schema.name")).kind, RequestField::Kind::Text);
        QVERIFY(field(QStringLiteral("response_format.json_schema.name")).required);
        QVERIFY(!field(QStringLiteral("tool_resources.file_search.vector_stores[].file_ids")).path.isEmpty());
    }

    void threadAndMessageBodies()
    {
        QVERIFY(checkRequestBody(RequestBody::CreateThread, json(R"({"messages":[{"role":"user","content":"x"}]})"))
                    .isEmpty());
        QCOMPARE(errorPaths(checkRequestBody(RequestBody::CreateThread,
                                             json(R"({"messages":[{"role":"user"}],"metadata":{"k":1}})"))),
                 (QStringList { QStringLiteral("messages[0].content"), QStringLiteral("metadata.k") }));
        QCOMPARE(errorPaths(checkRequestBody(RequestBody::CreateMessage,
                                             json(R"({"role":"user","content":"x","colour":"red"})"))),
                 QStringList { QStringLiteral("colour") });
        QCOMPARE(errorPaths(checkRequestBody(RequestBody::CreateMessage, json("[1]"))), QStringList { bodyPath() });
    }
};

QTEST_GUILESS_MAIN(TestCreateRunRequest)
#include "tst_createrunrequest.moc"
