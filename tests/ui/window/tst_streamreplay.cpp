// Run > Save stream as… and File > Replay a saved stream…: a streamed run on the built-in server is
// saved as an .sse file; replayed at once and as it happened, the run panel shows the same
// timeline (statuses and times), the same text and the same events, and nothing is sent.
#include "activeconnection.h"
#include "appcontext.h"
#include "composerwidget.h"
#include "connectioncontext.h"
#include "conversationtab.h"
#include "eventstab.h"
#include "historystore.h"
#include "localserver.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runpanel.h"
#include "streamfiles.h"
#include "timelinetab.h"
#include "windowfixture.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace rl;
using rl::test::WindowFixture;

namespace {

struct Picture
{
    QList<TimelineModel::Entry> timeline;
    QString text;
    int events = 0;
};

Picture pictureOf(RunPanel *panel)
{
    Picture p;
    p.timeline = panel->timelineTab()->model()->entries();
    p.text = panel->conversationTab()->assistantText();
    p.events = panel->eventsTab()->model()->rowCount();
    return p;
}

// Opens a menu of the window from the keyboard and picks the item with the mnemonic `key`. Right
// after a menu item was chosen from the keyboard, the menu bar takes the next Alt+key to leave its
// keyboard mode (offscreen), so a second press is allowed.
bool pick(QWidget *window, Qt::Key menu, Qt::Key key)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        return false;
    }
    const auto popupShown = [] { return QApplication::activePopupWidget() != nullptr; };
    for (int attempt = 0; attempt < 2 && !popupShown(); ++attempt) {
        QTest::keyClick(window, menu, Qt::AltModifier);
        (void)QTest::qWaitFor(popupShown, 1000);
    }
    if (!popupShown()) {
        return false;
    }
    QTest::keyClick(QApplication::activePopupWidget(), key);
    return QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; });
}

} // namespace

class TestStreamReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savedStreamReplaysTheSameRun()
    {
        // The events are spread in time, so the recorded pace can be seen.
        WindowFixture fixture(QStringLiteral("replay"), QSize(1280, 860), 25);
        MainWindow &window = *fixture.window;
        AppContext &context = *fixture.context;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(fixture.startAndWait());
        RunPanel *panel = window.runPanel();
        QAction *save = window.streamFiles()->saveAction();
        QVERIFY(!save->isEnabled()); // nothing to save before a run

        window.composer()->setBody(QJsonDocument::fromJson(R"({"assistant_id": "asst_runlens_echo", "stream": true,
            "thread": {"messages": [{"role": "user", "content": "Keep this stream and play it back later"}]}})")
                                       .object());
        QTRY_VERIFY(window.composer()->isSendable());
        QTRY_VERIFY(window.composer()->sendAction()->isEnabled());
        window.composer()->sendAction()->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(panel->status() == QLatin1String("completed"),
                                  qPrintable(panel->status() + QLatin1Char(' ') + window.statusBar()->currentMessage()),
                                  20000);
        QTRY_VERIFY(!context.runs()->currentSession()->isActive());
        const Picture original = pictureOf(panel);
        QVERIFY(original.text.contains(QLatin1String("Keep this stream")));
        QVERIFY(original.events > 5);
        QCOMPARE(original.timeline.size(), 3); // queued, in_progress, completed
        const qint64 historyBefore = context.history()->list().size();

        // Run > Save stream as…, from the keyboard.
        const QString path = fixture.filePath(QStringLiteral("run.sse"));
        StreamFiles::setNextChoice(path);
        QVERIFY(pick(&window, Qt::Key_R, Qt::Key_S));
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Saved the stream")),
                 qPrintable(window.statusBar()->currentMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.startsWith(": A run's event stream, saved by RunLens"));
        QVERIFY(saved.contains("event: thread.run.completed\n"));
        QCOMPARE(saved.count("\n: at "), qsizetype(original.events));

        // File > Replay a saved stream…, all at once: the same picture, times included.
        StreamFiles::setNextChoice(path, RunSession::ReplayPace::AtOnce);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(pick(&window, Qt::Key_F, Qt::Key_P));
        QTRY_COMPARE(panel->status(), QStringLiteral("completed"));
        QTRY_VERIFY(!context.runs()->currentSession()->isActive());
        const qint64 atOnceMs = clock.elapsed();
        QVERIFY(context.runs()->currentSession()->isReplay());
        const Picture atOnce = pictureOf(panel);
        QCOMPARE(atOnce.text, original.text);
        QCOMPARE(atOnce.events, original.events);
        QCOMPARE(atOnce.timeline.size(), original.timeline.size());
        for (int i = 0; i < original.timeline.size(); ++i) {
            QCOMPARE(atOnce.timeline.at(i).status, original.timeline.at(i).status);
            QVERIFY2(qAbs(atOnce.timeline.at(i).atMs - original.timeline.at(i).atMs) <= 2,
                     qPrintable(QStringLiteral("%1: %2 ms, was %3 ms")
                                    .arg(original.timeline.at(i).status)
                                    .arg(atOnce.timeline.at(i).atMs)
                                    .arg(original.timeline.at(i).atMs)));
        }
        // The panel says it is a replay, as a notice, not an error.
        QVERIFY(panel->isErrorShown() && !panel->bannerLooksLikeAnError());
        QVERIFY2(panel->errorText().contains(QLatin1String("replay of a saved stream")),
                 qPrintable(panel->errorText()));
        QCOMPARE(context.history()->list().size(), historyBefore); // a replay is not a new run

        // As it happened: the completed status comes no sooner than it did.
        const qint64 completedAt = original.timeline.last().atMs;
        QVERIFY2(completedAt > 100, qPrintable(QString::number(completedAt)));
        StreamFiles::setNextChoice(path, RunSession::ReplayPace::Recorded);
        clock.restart();
        QVERIFY(pick(&window, Qt::Key_F, Qt::Key_P));
        QTRY_VERIFY(panel->status() == QLatin1String("in_progress") || panel->status() == QLatin1String("queued"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("completed"), 20000);
        QVERIFY2(clock.elapsed() >= completedAt - 5 && clock.elapsed() > atOnceMs,
                 qPrintable(QStringLiteral("%1 ms, recorded %2 ms").arg(clock.elapsed()).arg(completedAt)));
        QTRY_VERIFY(!context.runs()->currentSession()->isActive());
        QCOMPARE(pictureOf(panel).text, original.text);
    }

    void aFileThatIsNoStreamIsExplained()
    {
        WindowFixture fixture(QStringLiteral("replaybad"));
        MainWindow &window = *fixture.window;
        AppContext &context = *fixture.context;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString path = fixture.filePath(QStringLiteral("request.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"assistant_id": "asst_1"})");
        file.close();

        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        StreamFiles::setNextChoice(path, RunSession::ReplayPace::AtOnce);
        window.streamFiles()->replayAction()->trigger();
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(QLatin1String("request.json cannot be replayed")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("JSON document, not an event stream")), qPrintable(shown));
        QVERIFY(context.runs()->currentSession() == nullptr); // nothing was started

        // A capture without times (the spec's example, as curl -N saves it) plays at once, unasked.
        shown.clear();
        StreamFiles::setNextChoice(
            QStringLiteral(RUNLENS_TEST_DATA_DIR "/sse_examples/createThreadAndRun__streaming.fixed.sse"));
        window.streamFiles()->replayAction()->trigger();
        QTRY_COMPARE(window.runPanel()->status(), QStringLiteral("completed"));
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("at once: the file does not say")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.runPanel()->conversationTab()->assistantText().isEmpty());
    }
};

QTEST_MAIN(TestStreamReplay)
#include "tst_streamreplay.moc"
