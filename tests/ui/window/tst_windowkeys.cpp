// The main window from the keyboard: Esc (and Run > Cancel run) cancels a run wherever the focus
// is, not only inside the run panel.
#include "activeconnection.h"
#include "appcontext.h"
#include "composerwidget.h"
#include "connectioncontext.h"
#include "localserver.h"
#include "mainwindow.h"
#include "runpanel.h"
#include "runsession.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;

class TestWindowKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escapeCancelsFromTheComposer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppContext::Paths paths;
        paths.settingsFile = dir.filePath(QStringLiteral("runlens.ini"));
        paths.historyFile = dir.filePath(QStringLiteral("history.sqlite"));
        paths.keychainService = QStringLiteral("RunLensTest-windowkeys-%1").arg(QCoreApplication::applicationPid());
        AppContext context(paths);
        LocalServerOptions options;
        options.delayMs = 300; // slow words: the run is still going when Esc is pressed
        context.connections()->active()->setLocalServerOptions(options);
        MainWindow window(&context);
        window.setConfirmOnClose(false);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy ready(&context, &AppContext::connectionReady);
        context.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);

        // Run > Cancel run is there, and off while nothing runs.
        QAction *cancel = window.findChild<QAction *>(QStringLiteral("cancelRunAction"));
        QVERIFY(cancel);
        QMenu *runMenu = window.findChild<QMenu *>(QStringLiteral("runMenu"));
        QVERIFY(runMenu);
        QVERIFY(runMenu->actions().contains(cancel));
        QVERIFY(!cancel->isEnabled());

        // A request to send, then Send from the composer, and keep working there.
        auto *composer = window.findChild<ComposerWidget *>();
        QVERIFY(composer);
        const QJsonObject message { { QStringLiteral("role"), QStringLiteral("user") },
                                    { QStringLiteral("content"), QStringLiteral("one two three four five six") } };
        composer->setBody(QJsonObject {
            { QStringLiteral("assistant_id"), QStringLiteral("asst_runlens_echo") },
            { QStringLiteral("thread"), QJsonObject { { QStringLiteral("messages"), QJsonArray { message } } } },
            { QStringLiteral("stream"), true } });
        QTRY_VERIFY(composer->sendAction()->isEnabled());
        auto *instructions = window.findChild<QPlainTextEdit *>(QStringLiteral("instructionsPlainTextEdit"));
        QVERIFY(instructions);
        instructions->setFocus();
        QTRY_VERIFY(instructions->hasFocus());
        QTest::keyClick(instructions, Qt::Key_Return, Qt::ControlModifier);
        RunPanel *panel = window.findChild<RunPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->session() != nullptr, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("in_progress"), 10000);
        QVERIFY(cancel->isEnabled());
        instructions->setFocus();
        QTRY_VERIFY(instructions->hasFocus());

        QTest::keyClick(instructions, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("cancelled"), 10000);
        QVERIFY(panel->session()->cancelRequested());
        QVERIFY(!cancel->isEnabled());
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
