// The built-in server running runs on a Chat Completions upstream (a scripted fake, OpenAI-like
// and Ollama-like): the translation of a run into a chat request, field by field, and of the
// completion stream back into the run's events.
#include "bridgefixture.h"

#include <QJsonDocument>

using namespace bridge;
using Mode = rl::test::FakeChatServer::Mode;

class TestBridge : public QObject
{
    Q_OBJECT

    Fixture f;

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f = Fixture(); }

    void textStreamsAsMessageDeltas()
    {
        const auto stream = f.client->stream(u"/threads/runs"_s, runBody(u"hello there"_s));
        QCOMPARE(stream.status, 200);
        QCOMPARE(stream.names(),
                 QStringList({ u"thread.created"_s, u"thread.run.created"_s, u"thread.run.queued"_s,
                               u"thread.run.in_progress"_s, u"thread.run.step.created"_s,
                               u"thread.run.step.in_progress"_s, u"thread.message.created"_s,
                               u"thread.message.in_progress"_s, u"thread.message.delta"_s, u"thread.message.delta"_s,
                               u"thread.message.delta"_s, u"thread.message.delta"_s, u"thread.message.completed"_s,
                               u"thread.run.step.completed"_s, u"thread.run.completed"_s, u"done"_s }));
        QCOMPARE(streamedText(stream), u"You said: hello there"_s);
        const QJsonObject message = stream.last(u"thread.message.completed"_s);
        QCOMPARE(messageText(message), u"You said: hello there"_s);
        const QJsonObject run = stream.last(u"thread.run.completed"_s);
        QCOMPARE(run.value(u"model"_s).toString(), u"fake-model-1"_s);
        const QJsonObject usage = run.value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"prompt_tokens"_s).toInt(), 11); // the upstream's count
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 4);
        const QJsonObject step = stream.last(u"thread.run.step.completed"_s);
        QCOMPARE(step.value(u"usage"_s).toObject().value(u"total_tokens"_s).toInt(), 15);
    }

    void requestIsTranslatedFieldByField()
    {
        QJsonObject body = runBody(u"Describe [words 2]"_s);
        QJsonObject thread = body.value(u"thread"_s).toObject();
        QJsonArray content {
            QJsonObject { { u"type"_s, u"text"_s }, { u"text"_s, u"Look at this"_s } },
            QJsonObject { { u"type"_s, u"image_url"_s },
                          { u"image_url"_s,
                            QJsonObject { { u"url"_s, u"https://example.com/c.png"_s }, { u"detail"_s, u"low"_s } } } }
        };
        thread.insert(u"messages"_s,
                      QJsonArray { QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, content } },
                                   QJsonObject { { u"role"_s, u"assistant"_s }, { u"content"_s, u"A chart."_s } },
                                   userMessage(u"Describe [words 2]"_s) });
        thread.insert(u"metadata"_s, QJsonObject { { u"k"_s, u"v"_s } });
        body.insert(u"thread"_s, thread);
        const QJsonObject getWeather {
            { u"name"_s, u"get_weather"_s },
            { u"description"_s, u"Weather"_s },
            { u"parameters"_s, QJsonObject { { u"type"_s, u"object"_s } } },
            { u"strict"_s, true },
        };
        body.insert(u"model"_s, u"fake-model-2"_s);
        body.insert(u"instructions"_s, u"Be brief."_s);
        body.insert(u"temperature"_s, 0.25);
        body.insert(u"top_p"_s, 0.5);
        body.insert(u"max_completion_tokens"_s, 300);
        body.insert(u"tools"_s,
                    QJsonArray { QJsonObject { { u"type"_s, u"function"_s }, { u"function"_s, getWeather } } });
        body.insert(u"tool_choice"_s,
                    QJsonObject { { u"type"_s, u"function"_s },
                                  { u"function"_s, QJsonObject { { u"name"_s, u"get_weather"_s } } } });
        body.insert(u"parallel_tool_calls"_s, false);
        const QJsonObject schema { { u"type"_s, u"json_schema"_s },
                                   { u"json_schema"_s,
                                     QJsonObject { { u"name"_s, u"answer"_s },
                                                   { u"schema"_s, QJsonObject { { u"type"_s, u"object"_s } } },
                                                   { u"strict"_s, true } } } };
        body.insert(u"response_format"_s, schema);
        body.insert(u"metadata"_s, QJsonObject { { u"trace"_s, u"1"_s } });
        body.insert(u"truncation_strategy"_s, QJsonObject { { u"type"_s, u"auto"_s } });
        body.insert(u"tool_resources"_s,
                    QJsonObject { { u"code_interpreter"_s, QJsonObject { { u"file_ids"_s, QJsonArray() } } } });
        const auto stream = f.client->stream(u"/threads/runs"_s, body);
        QCOMPARE(stream.status, 200);

        const QJsonObject chat = f.lastChat();
        QCOMPARE(chat.value(u"model"_s).toString(), u"fake-model-2"_s);
        QCOMPARE(chat.value(u"stream"_s), QJsonValue(true));
        QCOMPARE(chat.value(u"stream_options"_s).toObject().value(u"include_usage"_s), QJsonValue(true));
        QCOMPARE(chat.value(u"temperature"_s).toDouble(), 0.25);
        QCOMPARE(chat.value(u"top_p"_s).toDouble(), 0.5);
        QCOMPARE(chat.value(u"max_completion_tokens"_s).toInt(), 300);
        QCOMPARE(chat.value(u"response_format"_s).toObject(), schema);
        QCOMPARE(chat.value(u"tool_choice"_s).toObject().value(u"function"_s).toObject().value(u"name"_s),
                 QJsonValue(u"get_weather"_s));
        QCOMPARE(chat.value(u"parallel_tool_calls"_s), QJsonValue(false));
        QCOMPARE(chat.value(u"tools"_s).toArray().first().toObject().value(u"function"_s).toObject(), getWeather);
        for (const QString &never :
             { u"metadata"_s, u"assistant_id"_s, u"truncation_strategy"_s, u"tool_resources"_s, u"thread"_s }) {
            QVERIFY2(!chat.contains(never), qPrintable(never));
        }
        const QJsonArray messages = chat.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject(),
                 QJsonObject({ { u"role"_s, u"system"_s }, { u"content"_s, u"Be brief."_s } }));
        const QJsonArray parts = messages.at(1).toObject().value(u"content"_s).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1).toObject().value(u"image_url"_s).toObject().value(u"detail"_s), QJsonValue(u"low"_s));
        QCOMPARE(messages.at(2).toObject(),
                 QJsonObject({ { u"role"_s, u"assistant"_s }, { u"content"_s, u"A chart."_s } }));
        QCOMPARE(messages.at(3).toObject().value(u"content"_s), QJsonValue(u"Describe [words 2]"_s));
    }

    void unsetFieldsComeFromTheAssistantOrAreLeftOut()
    {
        const QJsonObject created = f.client
                                        ->post(u"/assistants"_s,
                                               QJsonObject { { u"model"_s, u"fake-model-2"_s },
                                                             { u"instructions"_s, u"Speak like a pirate."_s },
                                                             { u"temperature"_s, 0.3 } })
                                        .json;
        const QString id = created.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(f.client->stream(u"/threads/runs"_s, runBody(u"hi"_s, true, id)).status, 200);
        const QJsonObject chat = f.lastChat();
        QCOMPARE(chat.value(u"model"_s).toString(), u"fake-model-2"_s);
        QCOMPARE(chat.value(u"temperature"_s).toDouble(), 0.3);
        QCOMPARE(chat.value(u"messages"_s).toArray().first().toObject().value(u"content"_s),
                 QJsonValue(u"Speak like a pirate."_s));
        for (const QString &absent : { u"top_p"_s, u"response_format"_s, u"tools"_s, u"tool_choice"_s,
                                       u"parallel_tool_calls"_s, u"max_completion_tokens"_s }) {
            QVERIFY2(!chat.contains(absent), qPrintable(absent));
        }
        // A run-level null means "not set": the assistant's value applies.
        QJsonObject body = runBody(u"again"_s, true, id);
        body.insert(u"temperature"_s, QJsonValue::Null);
        QCOMPARE(f.client->stream(u"/threads/runs"_s, body).status, 200);
        QCOMPARE(f.lastChat().value(u"temperature"_s).toDouble(), 0.3);
    }

    void lastMessagesKeepsOnlyTheNewest()
    {
        QJsonObject body = runBody(u"fourth"_s);
        body.insert(u"instructions"_s, u"Sys"_s);
        body.insert(u"thread"_s,
                    QJsonObject { { u"messages"_s,
                                    QJsonArray { userMessage(u"first"_s), userMessage(u"second"_s),
                                                 userMessage(u"third"_s), userMessage(u"fourth"_s) } } });
        body.insert(u"truncation_strategy"_s,
                    QJsonObject { { u"type"_s, u"last_messages"_s }, { u"last_messages"_s, 2 } });
        QCOMPARE(f.client->stream(u"/threads/runs"_s, body).status, 200);
        const QJsonArray messages = f.lastChat().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3); // the system message always
        QCOMPARE(messages.at(0).toObject().value(u"role"_s), QJsonValue(u"system"_s));
        QCOMPARE(messages.at(1).toObject().value(u"content"_s), QJsonValue(u"third"_s));
        QCOMPARE(messages.at(2).toObject().value(u"content"_s), QJsonValue(u"fourth"_s));
    }

    void maxPromptTokensDropsTheOldest()
    {
        QJsonArray messages;
        for (int i = 0; i < 20; ++i) {
            messages.append(userMessage(QString(400, QLatin1Char('a' + i))));
        }
        messages.append(userMessage(u"the question"_s));
        QJsonObject body = runBody(u"x"_s);
        body.insert(u"thread"_s, QJsonObject { { u"messages"_s, messages } });
        body.insert(u"max_prompt_tokens"_s, 600);
        const auto stream = f.client->stream(u"/threads/runs"_s, body);
        QCOMPARE(stream.status, 200);
        const QJsonArray sent = f.lastChat().value(u"messages"_s).toArray();
        QVERIFY2(sent.size() < 21 && sent.size() > 1, qPrintable(QString::number(sent.size())));
        QCOMPARE(sent.last().toObject().value(u"content"_s), QJsonValue(u"the question"_s));
        int chars = 0;
        for (const QJsonValue m : sent) {
            chars += int(m.toObject().value(u"content"_s).toString().size());
        }
        QVERIFY(chars / 4 <= 600);
    }

    void functionCallThenOutputsContinueTheRun()
    {
        const auto first = f.client->stream(u"/threads/runs"_s,
                                            runBody(u"[tool get_weather {\"city\":\"Paris\",\"unit\":\"celsius\"}]"_s,
                                                    true, u"asst_runlens_weather"_s));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.names().last(), u"done"_s);
        QVERIFY(first.names().contains(u"thread.run.step.delta"_s));
        QVERIFY(!first.names().contains(u"thread.message.created"_s));
        const QJsonObject waiting = first.last(u"thread.run.requires_action"_s);
        QCOMPARE(status(waiting), u"requires_action"_s);
        const QJsonArray calls = waiting.value(u"required_action"_s)
                                     .toObject()
                                     .value(u"submit_tool_outputs"_s)
                                     .toObject()
                                     .value(u"tool_calls"_s)
                                     .toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = calls.first().toObject();
        QCOMPARE(call.value(u"id"_s).toString(), u"call_fake1"_s); // the upstream's own id, unique
        QCOMPARE(call.value(u"function"_s).toObject().value(u"name"_s), QJsonValue(u"get_weather"_s));
        QCOMPARE(call.value(u"function"_s).toObject().value(u"arguments"_s),
                 QJsonValue(u"{\"city\":\"Paris\",\"unit\":\"celsius\"}"_s));
        // The argument fragments streamed as step deltas, in order.
        QString streamedArguments;
        for (const auto &e : first.events) {
            if (e.name == u"thread.run.step.delta"_s) {
                streamedArguments += e.json.value(u"delta"_s)
                                         .toObject()
                                         .value(u"step_details"_s)
                                         .toObject()
                                         .value(u"tool_calls"_s)
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(u"function"_s)
                                         .toObject()
                                         .value(u"arguments"_s)
                                         .toString();
            }
        }
        QCOMPARE(streamedArguments, call.value(u"function"_s).toObject().value(u"arguments"_s).toString());

        const QString threadId = waiting.value(u"thread_id"_s).toString();
        const QString runId = waiting.value(u"id"_s).toString();
        const QJsonObject submit {
            { u"stream"_s, true },
            { u"tool_outputs"_s,
              QJsonArray { QJsonObject { { u"tool_call_id"_s, u"call_fake1"_s }, { u"output"_s, u"21C, sunny"_s } } } }
        };
        const auto second
            = f.client->stream(u"/threads/"_s + threadId + u"/runs/"_s + runId + u"/submit_tool_outputs"_s, submit);
        QCOMPARE(second.names().first(), u"thread.run.step.completed"_s);
        QCOMPARE(streamedText(second), u"The tool said: 21C, sunny"_s);
        const QJsonObject done = second.last(u"thread.run.completed"_s);
        QCOMPARE(status(done), u"completed"_s);
        // The second completion carried the call and its output.
        const QJsonArray messages = f.lastChat().value(u"messages"_s).toArray();
        const QJsonObject assistant = messages.at(messages.size() - 2).toObject();
        QCOMPARE(assistant.value(u"role"_s), QJsonValue(u"assistant"_s));
        QCOMPARE(assistant.value(u"tool_calls"_s).toArray().first().toObject().value(u"id"_s),
                 QJsonValue(u"call_fake1"_s));
        QCOMPARE(messages.last().toObject(),
                 QJsonObject({ { u"role"_s, u"tool"_s },
                               { u"tool_call_id"_s, u"call_fake1"_s },
                               { u"content"_s, u"21C, sunny"_s } }));
        // Usage is the sum over both completions.
        QCOMPARE(done.value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInt(), 22);
    }

    void parallelCallsAtOneIndexGetTheirOwnSlots()
    {
        Fixture ollama;
        QVERIFY(ollama.start(Mode::Ollama));
        const auto stream = ollama.client->stream(
            u"/threads/runs"_s,
            runBody(u"[tool get_weather {\"city\":\"Paris\"}] [tool get_weather {\"city\":\"Oslo\"}]"_s, true,
                    u"asst_runlens_weather"_s));
        const QJsonArray calls = stream.last(u"thread.run.requires_action"_s)
                                     .value(u"required_action"_s)
                                     .toObject()
                                     .value(u"submit_tool_outputs"_s)
                                     .toObject()
                                     .value(u"tool_calls"_s)
                                     .toArray();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).toObject().value(u"function"_s).toObject().value(u"arguments"_s),
                 QJsonValue(u"{\"city\":\"Paris\"}"_s)); // an object in the chunk, a string in the run
        QCOMPARE(calls.at(1).toObject().value(u"function"_s).toObject().value(u"arguments"_s),
                 QJsonValue(u"{\"city\":\"Oslo\"}"_s));
        QVERIFY(calls.at(0).toObject().value(u"id"_s) != calls.at(1).toObject().value(u"id"_s));
    }

    void lengthAndContentFilterEndTheMessageIncomplete()
    {
        auto stream = f.client->stream(u"/threads/runs"_s, runBody(u"[length 5]"_s));
        QCOMPARE(
            stream.last(u"thread.message.incomplete"_s).value(u"incomplete_details"_s).toObject().value(u"reason"_s),
            QJsonValue(u"max_tokens"_s));
        QJsonObject run = stream.last(u"thread.run.incomplete"_s);
        QCOMPARE(run.value(u"incomplete_details"_s).toObject().value(u"reason"_s),
                 QJsonValue(u"max_completion_tokens"_s));

        stream = f.client->stream(u"/threads/runs"_s, runBody(u"[filter]"_s));
        QCOMPARE(
            stream.last(u"thread.message.incomplete"_s).value(u"incomplete_details"_s).toObject().value(u"reason"_s),
            QJsonValue(u"content_filter"_s));
        QCOMPARE(streamedText(stream), u"w1 w2 w3"_s);
    }

    void maxCompletionTokensIsEnforcedWhenTheUpstreamIgnoresIt()
    {
        Fixture ollama;
        QVERIFY(ollama.start(Mode::Ollama));
        QJsonObject body = runBody(u"[words 400]"_s);
        body.insert(u"max_completion_tokens"_s, 300);
        const auto stream = ollama.client->stream(u"/threads/runs"_s, body);
        QCOMPARE(ollama.lastChat().value(u"max_completion_tokens"_s).toInt(), 300); // sent anyway
        const QString text = streamedText(stream);
        QCOMPARE(text.split(QLatin1Char(' ')).size(), 300);
        QVERIFY(text.endsWith(u" w300"_s));
        QCOMPARE(
            stream.last(u"thread.message.incomplete"_s).value(u"incomplete_details"_s).toObject().value(u"reason"_s),
            QJsonValue(u"max_tokens"_s));
        const QJsonObject run = stream.last(u"thread.run.incomplete"_s);
        QCOMPARE(run.value(u"incomplete_details"_s).toObject().value(u"reason"_s),
                 QJsonValue(u"max_completion_tokens"_s));
        QCOMPARE(run.value(u"usage"_s).toObject().value(u"completion_tokens"_s).toInt(), 300);
        QCOMPARE(stream.names().last(), u"done"_s);
    }

    void refusalAndReasoning()
    {
        auto stream = f.client->stream(u"/threads/runs"_s, runBody(u"[refuse No way.]"_s));
        const QJsonArray content = stream.last(u"thread.message.completed"_s).value(u"content"_s).toArray();
        QCOMPARE(content.size(), 1);
        QCOMPARE(content.first().toObject().value(u"type"_s), QJsonValue(u"refusal"_s));
        QCOMPARE(content.first().toObject().value(u"refusal"_s).toString().trimmed(), u"No way."_s);

        for (const Mode mode : { Mode::OpenAI, Mode::Ollama }) {
            Fixture g;
            QVERIFY(g.start(mode));
            stream = g.client->stream(u"/threads/runs"_s, runBody(u"[reason] [words 3]"_s));
            QCOMPARE(status(stream.last(u"thread.run.completed"_s)), u"completed"_s);
            QCOMPARE(streamedText(stream), u"w1 w2 w3"_s); // the reasoning is not the reply
        }
    }

    void polledRunAndAContinuedThread()
    {
        const auto reply = f.client->post(u"/threads/runs"_s, runBody(u"first question"_s, false));
        QCOMPARE(reply.status, 200);
        const QString threadId = reply.json.value(u"thread_id"_s).toString();
        const QJsonObject run = f.client->waitForRun(threadId, reply.json.value(u"id"_s).toString());
        QCOMPARE(status(run), u"completed"_s);
        const QJsonArray listed
            = f.client->get(u"/threads/"_s + threadId + u"/messages?order=asc"_s).json.value(u"data"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(messageText(listed.at(1).toObject()), u"You said: first question"_s);

        // A second run on the same thread sees the first reply.
        QCOMPARE(f.client->post(u"/threads/"_s + threadId + u"/messages"_s, userMessage(u"second question"_s)).status,
                 200);
        const auto second
            = f.client->stream(u"/threads/"_s + threadId + u"/runs"_s,
                               QJsonObject { { u"assistant_id"_s, u"asst_runlens_echo"_s }, { u"stream"_s, true } });
        QCOMPARE(streamedText(second), u"You said: second question"_s);
        const QJsonArray messages = f.lastChat().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 4); // system, first, its reply, second
        QCOMPARE(messages.at(2).toObject().value(u"content"_s), QJsonValue(u"You said: first question"_s));
    }

    void modelsComeFromTheUpstream()
    {
        const auto models = f.client->get(u"/models"_s);
        QCOMPARE(models.status, 200);
        QCOMPARE(models.json.value(u"data"_s).toArray().first().toObject().value(u"id"_s),
                 QJsonValue(u"fake-model-1"_s));
        Fixture g;
        QVERIFY(g.start(Mode::OpenAI, QString(), QString())); // no --default-model: the first listed
        QTRY_COMPARE(g.server->defaultModel(), u"fake-model-1"_s);
        QCOMPARE(g.client->get(u"/assistants/asst_runlens_echo"_s).json.value(u"model"_s),
                 QJsonValue(u"fake-model-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestBridge)
#include "tst_bridge.moc"
