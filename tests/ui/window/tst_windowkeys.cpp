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

#include <QAbstractButton>
#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>

#include <memory>

using namespace rl;

namespace {

// A main window on a fresh context (its own settings, history and keychain service) with the
// built-in server speaking slowly, so that a run is still going when the test acts on it.
class WindowFixture
{
public:
    explicit WindowFixture(const QString &name, QSize size = QSize(1280, 860))
    {
        AppContext::Paths paths;
        paths.settingsFile = m_dir.filePath(QStringLiteral("runlens.ini"));
        paths.historyFile = m_dir.filePath(QStringLiteral("history.sqlite"));
        paths.keychainService = QStringLiteral("RunLensTest-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
        context = std::make_unique<AppContext>(paths);
        LocalServerOptions options;
        options.delayMs = 300;
        context->connections()->active()->setLocalServerOptions(options);
        window = std::make_unique<MainWindow>(context.get());
        window->setConfirmOnClose(false);
        window->resize(size);
        window->show();
    }

    // Starts the context and waits until the built-in server is ready.
    [[nodiscard]] bool startAndWait() const
    {
        QSignalSpy ready(context.get(), &AppContext::connectionReady);
        context->start();
        return ready.wait(10000) || !ready.isEmpty();
    }

    [[nodiscard]] ComposerWidget *composer() const { return window->findChild<ComposerWidget *>(); }

    // A streamed request the built-in echo assistant answers word by word.
    void setEchoRequest() const
    {
        const QJsonObject message { { QStringLiteral("role"), QStringLiteral("user") },
                                    { QStringLiteral("content"), QStringLiteral("one two three four five six") } };
        composer()->setBody(QJsonObject {
            { QStringLiteral("assistant_id"), QStringLiteral("asst_runlens_echo") },
            { QStringLiteral("thread"), QJsonObject { { QStringLiteral("messages"), QJsonArray { message } } } },
            { QStringLiteral("stream"), true } });
    }

    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escapeCancelsFromTheComposer()
    {
        WindowFixture fixture(QStringLiteral("windowkeys"));
        MainWindow &window = *fixture.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(fixture.startAndWait());

        // Run > Cancel run is there, and off while nothing runs.
        QAction *cancel = window.findChild<QAction *>(QStringLiteral("cancelRunAction"));
        QVERIFY(cancel);
        QMenu *runMenu = window.findChild<QMenu *>(QStringLiteral("runMenu"));
        QVERIFY(runMenu);
        QVERIFY(runMenu->actions().contains(cancel));
        QVERIFY(!cancel->isEnabled());

        // A request to send, then Send from the composer, and keep working there.
        ComposerWidget *composer = fixture.composer();
        QVERIFY(composer);
        fixture.setEchoRequest();
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

    void firstStartOpensTheMessageToSend()
    {
        WindowFixture fixture(QStringLiteral("windowstart"), QSize(1024, 700));
        MainWindow &window = *fixture.window;
        AppContext &context = *fixture.context;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showWelcomeIfFirstStart();
        context.start();
        auto *composer = window.findChild<ComposerWidget *>();
        QVERIFY(composer);
        // The starter request arrives once the built-in server has listed its assistants, and the
        // section with its message is the one open, so the person sees what Send will send.
        QTRY_VERIFY_WITH_TIMEOUT(!composer->request().assistantId.value().isEmpty(), 10000);
        auto *toolBox = window.findChild<QToolBox *>(QStringLiteral("sectionsToolBox"));
        QCOMPARE(toolBox->currentWidget()->objectName(), QStringLiteral("conversationSectionScrollArea"));
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("messageTextPlainTextEdit"));
        QVERIFY(text);
        QTRY_VERIFY(text->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("Hello! What can you show me?"));
        QTRY_VERIFY(composer->isSendable());
    }

    void focusStaysWhereThePersonWorks()
    {
        WindowFixture fixture(QStringLiteral("windowfocus"));
        MainWindow &window = *fixture.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(fixture.startAndWait());
        ComposerWidget *composer = fixture.composer();
        QVERIFY(composer);
        const auto inComposer = [composer] {
            QWidget *focus = QApplication::focusWidget();
            return focus && composer->isAncestorOf(focus);
        };

        // Opening a section with a click on its header: the focus stays in the composer.
        auto *instructions = window.findChild<QPlainTextEdit *>(QStringLiteral("instructionsPlainTextEdit"));
        instructions->setFocus();
        QTRY_VERIFY(instructions->hasFocus());
        auto *toolBox = window.findChild<QToolBox *>(QStringLiteral("sectionsToolBox"));
        QVERIFY(toolBox);
        QAbstractButton *generation = nullptr;
        for (QAbstractButton *button : toolBox->findChildren<QAbstractButton *>()) {
            if (button->text().startsWith(QStringLiteral("Generation"))) {
                generation = button;
            }
        }
        QVERIFY(generation);
        QTest::mouseClick(generation, Qt::LeftButton);
        QCOMPARE(toolBox->currentWidget()->objectName(), QStringLiteral("generationSectionScrollArea"));
        QVERIFY2(inComposer(),
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "none");

        // Cancel with a click: when the button goes away the focus does not jump to a field.
        fixture.setEchoRequest();
        QTRY_VERIFY(composer->sendAction()->isEnabled());
        composer->sendAction()->trigger();
        RunPanel *panel = window.findChild<RunPanel *>();
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("in_progress"), 10000);
        auto *cancelButton = window.findChild<QPushButton *>(QStringLiteral("cancelRunPushButton"));
        QVERIFY(cancelButton && cancelButton->isVisible());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("cancelled"), 10000);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(!qobject_cast<QLineEdit *>(focus), qPrintable(focus->objectName()));
        QVERIFY(panel->isAncestorOf(focus));
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
