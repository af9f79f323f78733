// The live run panel driven by a real RunSession against the in-process LocalServer (delay 0).
#include "apiclient.h"
#include "conversationtab.h"
#include "createthreadandrunrequest.h"
#include "eventstab.h"
#include "httptab.h"
#include "jsontreemodel.h"
#include "localserver.h"
#include "rowfollower.h"
#include "runinspector.h"
#include "runpanel.h"
#include "runsession.h"
#include "stepstab.h"
#include "timelinetab.h"
#include "tooloutputsform.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace rl;

namespace {

constexpr int RunTimeoutMs = 15000;
const QString EchoAssistant = QStringLiteral("asst_runlens_echo");
const QString WeatherAssistant = QStringLiteral("asst_runlens_weather");

QByteArray requestBody(const QString &assistant, const QString &text, const QString &scenario = {},
                       const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("assistant_id"), assistant);
    body.insert(QStringLiteral("thread"),
                QJsonObject { { QStringLiteral("messages"),
                                QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                           { QStringLiteral("content"), text } } } } });
    if (!scenario.isEmpty()) {
        body.insert(QStringLiteral("metadata"), QJsonObject { { QStringLiteral("runlens_scenario"), scenario } });
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRunPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RunPanel> m_panel;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::vector<std::unique_ptr<RunSession>> m_sessions;

    void startServer(int expireSeconds = 600, int delayMs = 0)
    {
        m_client.reset();
        m_server = std::make_unique<LocalServer>();
        LocalServerOptions options;
        options.delayMs = delayMs;
        options.expireSeconds = expireSeconds;
        QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
        Connection connection;
        connection.baseUrl = m_server->baseUrl().toString();
        connection.apiKey = QStringLiteral("sk-test-1234567890abcd");
        connection.pollIntervalMs = 20;
        connection.requestTimeoutMs = 10000;
        connection.stallTimeoutMs = 10000;
        m_client = std::make_unique<ApiClient>(connection);
    }

    // Starts a run in a fresh session attached to the panel.
    RunSession *send(const QByteArray &body, bool stream)
    {
        m_sessions.push_back(std::make_unique<RunSession>(m_client.get()));
        RunSession *session = m_sessions.back().get();
        m_panel->attachSession(session);
        m_panel->showRequest(body);
        CreateThreadAndRunRequest request
            = CreateThreadAndRunRequest::fromJson(QJsonDocument::fromJson(body).object()).request;
        request.stream = stream;
        session->start(request);
        return session;
    }

    bool waitForEnd(QSignalSpy &ended) { return ended.count() > 0 || ended.wait(RunTimeoutMs); }

    template<typename T> T *child(const char *name) const { return m_panel->findChild<T *>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init()
    {
        startServer();
        m_panel = std::make_unique<RunPanel>();
        m_panel->resize(1000, 700);
        m_panel->show();
        const auto watch = [this](QAbstractItemModel *model) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        };
        watch(m_panel->timelineTab()->model());
        watch(m_panel->stepsTab()->model());
        watch(m_panel->eventsTab()->model());
        watch(m_panel->eventsTab()->filterModel());
        watch(m_panel->httpTab()->model());
        watch(m_panel->inspector()->model());
    }

    void cleanup()
    {
        m_testers.clear();
        m_panel.reset();
        m_sessions.clear();
        m_client.reset();
        m_server.reset();
    }

    void streamedAndPolledAgree();
    void requiresActionFormSubmits_data();
    void requiresActionFormSubmits();
    void cancelMidStream();
    void droppedStreamIsANotice();
    void polledRunShowsTextAsItComes();
    void httpTabShowsExchangesAsTheyHappen();
    void longValuesElideInTheMiddle();
    void bannersSayEachThingOnce();
    void scenarios_data();
    void scenarios();
    void apiErrorHighlightsField();
    void newSessionClearsThePanel();
    void httpTabShowsTheBytesSent();
};

void TestRunPanel::streamedAndPolledAgree()
{
    // With no pacing at all a poll can only ever see the run queued and then finished; a 20 ms
    // pace between words keeps in_progress visible to polling (every 20 ms) as well.
    startServer(600, 20);
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    const QByteArray body = requestBody(EchoAssistant, QStringLiteral("Tell me about lighthouses"));

    RunSession *streamed = send(body, true);
    QHash<QString, QString> fragments;
    connect(streamed, &RunSession::textAppended, this,
            [&fragments](const QString &id, int, const QString &fragment) { fragments[id] += fragment; });
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("completed"));
    const QStringList streamedStatuses = m_panel->timelineTab()->model()->statuses();
    const QString streamedText = m_panel->conversationTab()->assistantText();
    QVERIFY(!streamedText.isEmpty());
    // What is displayed is exactly what streamed, and what the session accumulated.
    QVERIFY(!fragments.isEmpty());
    for (auto it = fragments.cbegin(); it != fragments.cend(); ++it) {
        QCOMPARE(m_panel->conversationTab()->displayedText(it.key()), it.value());
    }
    QCOMPARE(streamedText, streamed->assistantText());
    QVERIFY(m_panel->conversationTab()->browser()->toPlainText().contains(streamedText.left(20)));
    QVERIFY(m_panel->eventsTab()->model()->rowCount() > 5);
    QVERIFY(m_panel->stepsTab()->model()->rowCount() >= 1);
    QVERIFY(m_panel->httpTab()->model()->rowCount() >= 1);
    QCOMPARE(m_panel->inspector()->json().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(child<QLineEdit>("runIdLineEdit")->text(), streamed->runId());
    QCOMPARE(child<QLineEdit>("threadIdLineEdit")->text(), streamed->threadId());
    QVERIFY(child<QPushButton>("cancelRunPushButton")->isHidden());
    // The thread reads in order: the user's message, then the reply, which is no longer "writing".
    const QString conversation = m_panel->conversationTab()->browser()->toPlainText();
    const qsizetype question = conversation.indexOf(QStringLiteral("Tell me about lighthouses"));
    QVERIFY2(question >= 0 && question < conversation.indexOf(streamedText.left(20)), qPrintable(conversation));
    // Once as the user's message (the echo assistant quotes it in its reply too).
    QVERIFY2(conversation.count(QStringLiteral("You\nTell me about lighthouses")) == 1, qPrintable(conversation));
    QVERIFY2(!conversation.contains(QStringLiteral("writing")), qPrintable(conversation));
    QCOMPARE(child<QTabWidget>("runTabWidget")->currentWidget(), m_panel->conversationTab());
    // Steps and events followed the run: their details are not empty.
    QVERIFY(m_panel->stepsTab()->detailPane()->isDetailShown());
    QVERIFY(m_panel->eventsTab()->detailPane()->isDetailShown());

    ended.clear();
    RunSession *polled = send(body, false);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("completed"));
    QCOMPARE(m_panel->timelineTab()->model()->statuses(), streamedStatuses);
    QCOMPARE(streamedStatuses,
             (QStringList { QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("completed") }));
    QCOMPARE(m_panel->conversationTab()->assistantText(), streamedText);
    QCOMPARE(polled->assistantText(), streamedText);
    QCOMPARE(m_panel->eventsTab()->model()->rowCount(), 0); // no stream, no events
    const QString polledConversation = m_panel->conversationTab()->browser()->toPlainText();
    QVERIFY2(polledConversation.count(QStringLiteral("You\nTell me about lighthouses")) == 1,
             qPrintable(polledConversation));
    QVERIFY(polledConversation.indexOf(QStringLiteral("Tell me about lighthouses"))
            < polledConversation.indexOf(streamedText.left(20)));
}

void TestRunPanel::requiresActionFormSubmits_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("streamed") << true;
    QTest::newRow("polled") << false;
}

void TestRunPanel::requiresActionFormSubmits()
{
    QFETCH(bool, stream);
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(WeatherAssistant, QStringLiteral("What is the weather in Paris? Use get_weather.")), stream);
    auto *form = child<ToolOutputsForm>("toolOutputsForm");
    QVERIFY(form);
    QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), RunTimeoutMs);
    QCOMPARE(m_panel->status(), QStringLiteral("requires_action"));
    QVERIFY(!child<QLabel>("requiresActionBannerLabel")->text().isEmpty());
    QVERIFY(child<QLabel>("expiresCountdownLabel")->text().contains(QStringLiteral("min")));
    const auto outputs = form->findChildren<QPlainTextEdit *>(QStringLiteral("toolOutputPlainTextEdit"));
    const auto arguments = form->findChildren<QPlainTextEdit *>(QStringLiteral("toolArgumentsPlainTextEdit"));
    const auto checks = form->findChildren<QLabel *>(QStringLiteral("toolOutputCheckLabel"));
    QVERIFY(!outputs.isEmpty());
    QCOMPARE(arguments.size(), outputs.size());
    QVERIFY(arguments.first()->isReadOnly());
    QVERIFY2(arguments.first()->toPlainText().contains(QStringLiteral("Paris")),
             qPrintable(arguments.first()->toPlainText()));
    for (int i = 0; i < outputs.size(); ++i) {
        // Text that looks like JSON but does not parse gets a warning, not "plain text, fine".
        QTest::keyClicks(outputs.at(i), QStringLiteral("{\"unit\": \"celsius\", \"temperature\": 21"));
        QVERIFY2(checks.at(i)->text().startsWith(QStringLiteral("Warning")), qPrintable(checks.at(i)->text()));
        QVERIFY(checks.at(i)->text().contains(QStringLiteral("line 1")));
        QVERIFY(!checks.at(i)->text().contains(QStringLiteral("fine")));
        QTest::keyClicks(outputs.at(i), QStringLiteral("}"));
        QCOMPARE(checks.at(i)->text(), QStringLiteral("Valid JSON."));
    }
    QVERIFY(ToolOutputsForm::checkText(QStringLiteral("sunny, 21 degrees")).contains(QStringLiteral("fine")));
    QVERIFY(ToolOutputsForm::checkText(QStringLiteral("{\"temp\": 12, \"sky\": \"cloudy\""))
                .startsWith(QStringLiteral("Warning")));
    QTest::mouseClick(child<QPushButton>("submitToolOutputsPushButton"), Qt::LeftButton);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("completed"));
    QVERIFY(!form->isVisible());
    const QStringList statuses = m_panel->timelineTab()->model()->statuses();
    QVERIFY2(statuses.contains(QStringLiteral("requires_action")), qPrintable(statuses.join(u',')));
    QCOMPARE(statuses.last(), QStringLiteral("completed"));
    // The tool call card shows the output as typed and sent (#14 item 9: its keys were re-sorted).
    const QString conversation = m_panel->conversationTab()->browser()->toPlainText();
    QVERIFY(conversation.contains(QStringLiteral("get_weather")));
    QVERIFY2(conversation.contains(QStringLiteral("Output:\n{\"unit\": \"celsius\", \"temperature\": 21}")),
             qPrintable(conversation));
}

void TestRunPanel::cancelMidStream()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    QSignalSpy cancelled(m_panel.get(), &RunPanel::cancelRequested);
    send(requestBody(EchoAssistant, QStringLiteral("A long story please"), QStringLiteral("slow")), true);
    auto *cancel = child<QPushButton>("cancelRunPushButton");
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->status() == QStringLiteral("in_progress"), RunTimeoutMs);
    QVERIFY(ended.isEmpty());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("cancelled"));
    QCOMPARE(m_panel->timelineTab()->model()->statuses().last(), QStringLiteral("cancelled"));
    QVERIFY(cancel->isHidden());
}

// #14 item 7: a stream that drops and recovers by polling is a notice (not an error next to a
// green badge), with a row in Events and a mark in the Timeline.
void TestRunPanel::droppedStreamIsANotice()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("Hello drop"), QStringLiteral("drop")), true);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("completed"));
    QVERIFY(m_panel->isErrorShown());
    QVERIFY(!m_panel->bannerLooksLikeAnError());
    const EventsModel *events = m_panel->eventsTab()->model();
    int dropRows = 0;
    for (int row = 0; row < events->rowCount(); ++row) {
        dropRows += events->row(row).name.contains(QStringLiteral("stream dropped")) ? 1 : 0;
    }
    QCOMPARE(dropRows, 1);
    QStringList notes;
    for (const TimelineModel::Entry &entry : m_panel->timelineTab()->model()->entries()) {
        notes.append(entry.note);
    }
    QVERIFY2(notes.join(QLatin1Char(' ')).contains(QStringLiteral("polling")),
             qPrintable(notes.join(QLatin1Char('|'))));
}

// #14 item 8: each fact once ("The run failed: The run failed because ..."; Type and Request id
// twice in the 404 banner).
void TestRunPanel::bannersSayEachThingOnce()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("Hello"), QStringLiteral("fail")), true);
    QVERIFY(waitForEnd(ended));
    QString text = m_panel->errorText();
    QCOMPARE(text.count(QStringLiteral("The run failed"), Qt::CaseInsensitive), 1);
    QVERIFY(m_panel->bannerLooksLikeAnError());

    send(requestBody(QStringLiteral("asst_nobody_has_this"), QStringLiteral("Hello")), true);
    QVERIFY(ended.wait(RunTimeoutMs));
    text = m_panel->errorText();
    QVERIFY2(text.contains(QStringLiteral("404")), qPrintable(text));
    QVERIFY2(text.count(QStringLiteral("Type:"), Qt::CaseInsensitive) == 1, qPrintable(text));
    QVERIFY2(text.count(QStringLiteral("Request id"), Qt::CaseInsensitive) == 1, qPrintable(text));
}

// #14 item 14: long ids and timestamps elide in the middle with the whole value as tooltip, and
// the detail trees give the value column the room (it cut "runlens_n…" / "The stream e…").
void TestRunPanel::longValuesElideInTheMiddle()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("Hello elide")), true);
    QVERIFY(waitForEnd(ended));
    QList<QAbstractItemView *> views { m_panel->eventsTab()->tableView(), m_panel->stepsTab()->tableView(),
                                       m_panel->inspector()->treeView() };
    QList<QTreeView *> details = m_panel->eventsTab()->findChildren<QTreeView *>();
    details += m_panel->stepsTab()->findChildren<QTreeView *>();
    QCOMPARE(details.size(), 2);
    for (QTreeView *tree : std::as_const(details)) {
        views.append(tree);
        QCOMPARE(tree->header()->sectionResizeMode(JsonTreeModel::ValueColumn), QHeaderView::Stretch);
        QCOMPARE(tree->header()->sectionResizeMode(JsonTreeModel::KeyColumn), QHeaderView::ResizeToContents);
    }
    for (const QAbstractItemView *view : std::as_const(views)) {
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    }
    const EventsModel *events = m_panel->eventsTab()->model();
    QVERIFY(events->rowCount() > 0);
    const QModelIndex summary = events->index(0, EventsModel::SummaryColumn);
    QCOMPARE(summary.data(Qt::ToolTipRole).toString(), summary.data().toString());
    const StepsModel *steps = m_panel->stepsTab()->model();
    QVERIFY(steps->rowCount() > 0);
    const QModelIndex id = steps->index(0, StepsModel::IdColumn);
    QVERIFY(id.data().toString().startsWith(QStringLiteral("step_")));
    QCOMPARE(id.data(Qt::ToolTipRole).toString(), id.data().toString());
    // The thread and run id fields show the start of the id when narrow (they showed its end).
    QCOMPARE(child<QLineEdit>("threadIdLineEdit")->cursorPosition(), 0);
    QCOMPARE(child<QLineEdit>("runIdLineEdit")->cursorPosition(), 0);
}

// #14 item 6: the HTTP tab lists each exchange from the moment it starts, marked in progress, then
// its outcome; the POST of a stream cancelled mid-way is there too (it was missing).
void TestRunPanel::httpTabShowsExchangesAsTheyHappen()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("A long story please"), QStringLiteral("slow")), true);
    const HttpExchangeModel *http = m_panel->httpTab()->model();
    QTRY_VERIFY(http->rowCount() >= 1);
    QCOMPARE(http->exchange(0).method, QStringLiteral("POST"));
    QVERIFY(http->exchange(0).inProgress);
    QVERIFY2(http->index(0).data().toString().contains(QStringLiteral("in progress")),
             qPrintable(http->index(0).data().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->status() == QStringLiteral("in_progress"), RunTimeoutMs);
    QVERIFY(http->exchange(0).inProgress); // the stream is still open
    QTest::mouseClick(child<QPushButton>("cancelRunPushButton"), Qt::LeftButton);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("cancelled"));
    QVERIFY(http->exchange(0).url.path().endsWith(QStringLiteral("/threads/runs")));
    QVERIFY(!http->exchange(0).inProgress);
    bool sawCancel = false;
    for (int row = 0; row < http->rowCount(); ++row) {
        QVERIFY2(!http->exchange(row).inProgress, qPrintable(http->index(row).data().toString()));
        sawCancel = sawCancel || http->exchange(row).url.path().endsWith(QStringLiteral("/cancel"));
    }
    QVERIFY(sawCancel);
}

// #14 item 8: a polled run shows the assistant's text as each poll brings it, not only at the end.
void TestRunPanel::polledRunShowsTextAsItComes()
{
    startServer(600, 100); // a word every 100 ms; the session polls every 20 ms
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("A story please, told slowly")), false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->conversationTab()->assistantText().isEmpty() || !ended.isEmpty(), RunTimeoutMs);
    QVERIFY2(ended.isEmpty(), "the text came only with the end of the run");
    QCOMPARE(m_panel->status(), QStringLiteral("in_progress"));
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), QStringLiteral("completed"));
    QVERIFY(m_panel->conversationTab()->assistantText().contains(QStringLiteral("told slowly")));
}

void TestRunPanel::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("fail") << QStringLiteral("fail") << QStringLiteral("failed") << QStringLiteral("runlens_scenario");
    QTest::newRow("incomplete") << QStringLiteral("incomplete") << QStringLiteral("incomplete")
                                << QStringLiteral("incomplete");
    QTest::newRow("expire") << QStringLiteral("expire") << QStringLiteral("expired") << QStringLiteral("expired");
    QTest::newRow("error_event") << QStringLiteral("error_event") << QStringLiteral("failed")
                                 << QStringLiteral("error_event");
    QTest::newRow("drop") << QStringLiteral("drop") << QStringLiteral("completed")
                          << QStringLiteral("(closed the connection|stream ended)");
}

void TestRunPanel::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(QString, status);
    QFETCH(QString, message);
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("Hello scenario"), scenario), true);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(m_panel->status(), status);
    QCOMPARE(m_panel->timelineTab()->model()->statuses().last(), status);
    QVERIFY(m_panel->isErrorShown());
    const QRegularExpression expected(message, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(m_panel->errorText().contains(expected), qPrintable(m_panel->errorText()));
}

void TestRunPanel::apiErrorHighlightsField()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    QSignalSpy highlight(m_panel.get(), &RunPanel::fieldHighlightRequested);
    send(requestBody(EchoAssistant, QStringLiteral("Hi"), {}, QJsonObject { { QStringLiteral("temperature"), 5 } }),
         true);
    QVERIFY(waitForEnd(ended));
    QCOMPARE(ended.first().first().toJsonObject(), QJsonObject());
    QCOMPARE(highlight.size(), 1);
    QCOMPARE(highlight.first().first().toString(), QStringLiteral("temperature"));
    QVERIFY(m_panel->isErrorShown());
    QVERIFY2(m_panel->errorText().contains(QStringLiteral("temperature")), qPrintable(m_panel->errorText()));
    QVERIFY2(m_panel->errorText().contains(QStringLiteral("400")), qPrintable(m_panel->errorText()));
    // The request as sent is in the HTTP tab, with the key masked.
    QCOMPARE(m_panel->httpTab()->model()->rowCount(), 1);
    const QString described = HttpTab::describe(m_panel->httpTab()->model()->exchange(0));
    QVERIFY(!described.contains(QStringLiteral("sk-test-1234567890abcd")));
    QVERIFY(described.contains(QStringLiteral("\"temperature\": 5")));
}

void TestRunPanel::newSessionClearsThePanel()
{
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    send(requestBody(EchoAssistant, QStringLiteral("first")), true);
    QVERIFY(waitForEnd(ended));
    QVERIFY(m_panel->eventsTab()->model()->rowCount() > 0);
    m_sessions.push_back(std::make_unique<RunSession>(m_client.get()));
    m_panel->attachSession(m_sessions.back().get());
    QCOMPARE(m_panel->timelineTab()->model()->rowCount(), 0);
    QCOMPARE(m_panel->eventsTab()->model()->rowCount(), 0);
    QCOMPARE(m_panel->stepsTab()->model()->rowCount(), 0);
    QCOMPARE(m_panel->httpTab()->model()->rowCount(), 0);
    QCOMPARE(m_panel->conversationTab()->assistantText(), QString());
    QCOMPARE(m_panel->status(), QString());
    QVERIFY(!m_panel->isErrorShown());
    // The old session's late signals no longer reach the panel.
    Q_EMIT m_sessions.front()->statusChanged(QStringLiteral("failed"), 1);
    QCOMPARE(m_panel->timelineTab()->model()->rowCount(), 0);
}

// The HTTP tab shows the body's keys in the order they were sent (the model's, the spec's), not
// re-sorted as QJsonDocument would.
void TestRunPanel::httpTabShowsTheBytesSent()
{
    startServer();
    QSignalSpy ended(m_panel.get(), &RunPanel::runEnded);
    RunSession *session = send(requestBody(EchoAssistant, QStringLiteral("In order, please")), true);
    QVERIFY(waitForEnd(ended));
    QVERIFY(session->status() == QStringLiteral("completed"));
    QVERIFY(m_panel->httpTab()->model()->rowCount() >= 1);
    const HttpExchange post = m_panel->httpTab()->model()->exchange(0);
    QVERIFY(post.requestBody.indexOf("\"thread\"") < post.requestBody.indexOf("\"stream\""));
    const QString shown = HttpTab::describe(post);
    const auto at = [&shown](const char *key) { return shown.indexOf(QLatin1String(key)); };
    QVERIFY2(at("\"assistant_id\"") >= 0 && at("\"assistant_id\"") < at("\"thread\"")
                 && at("\"thread\"") < at("\"stream\""),
             qPrintable(shown));
    QVERIFY2(at("\"role\"") < at("\"content\""), qPrintable(shown)); // each message: role, then content
    QVERIFY2(shown.contains(QLatin1String("\n    \"assistant_id\": \"asst_runlens_echo\",\n")), qPrintable(shown));
}

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
