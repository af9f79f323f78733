// The main window from the keyboard: Esc (and Run > Cancel run) cancels a run wherever the focus
// is, not only inside the run panel.
#include "activeconnection.h"
#include "appcontext.h"
#include "composerwidget.h"
#include "connectionbar.h"
#include "connectioncontext.h"
#include "localserver.h"
#include "mainwindow.h"
#include "runpanel.h"
#include "runsession.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolBox>
#include <QToolButton>
#include <QUrl>

#include <memory>

using namespace rl;
using rl::test::WindowFixture;

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

    // #14 item 13: F6 and Shift+F6 move between the composer, the run panel and the connection bar
    // (each keeps its place), Ctrl+1..6 show the run tabs from anywhere, and the message text is a
    // few Tabs away from the Form tab.
    void f6MovesBetweenAreasAndCtrlDigitsShowRunTabs()
    {
        WindowFixture fixture(QStringLiteral("windowareas"));
        MainWindow &window = *fixture.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(fixture.startAndWait());
        ComposerWidget *composer = fixture.composer();
        auto *panel = window.findChild<RunPanel *>();
        auto *bar = window.findChild<ConnectionBar *>();
        QVERIFY(composer && panel && bar);
        const auto focusIn = [](const QWidget *area) {
            const QWidget *focus = QApplication::focusWidget();
            return focus != nullptr && area->isAncestorOf(focus);
        };
        // Before any run the panel holds only a hint: F6 goes on to the connection bar.
        auto *instructions = window.findChild<QPlainTextEdit *>(QStringLiteral("instructionsPlainTextEdit"));
        instructions->setFocus();
        QTRY_VERIFY(instructions->hasFocus());
        QTest::keyClick(instructions, Qt::Key_F6);
        QTRY_VERIFY(focusIn(bar));

        fixture.setEchoRequest();
        QTRY_VERIFY(composer->sendAction()->isEnabled());
        composer->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(panel->status(), QStringLiteral("completed"), 15000);
        instructions->setFocus();
        QTRY_VERIFY(instructions->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(focusIn(panel));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(focusIn(bar));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_COMPARE(QApplication::focusWidget(), instructions); // back where the person was
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(focusIn(bar));

        auto *runTabs = window.findChild<QTabWidget *>(QStringLiteral("runTabWidget"));
        instructions->setFocus();
        QTRY_VERIFY(instructions->hasFocus());
        for (int tab : { 3, 6, 1 }) {
            QTest::keyClick(instructions, static_cast<Qt::Key>(Qt::Key_0 + tab), Qt::ControlModifier);
            QCOMPARE(runTabs->currentIndex(), tab - 1);
            QVERIFY(instructions->hasFocus());
        }

        // From the Form tab to the text of the message, with the Conversation section open: the
        // Problems list, two section headers, the list of messages, the role, the text (was 12).
        auto *composerTabs = window.findChild<QTabWidget *>(QStringLiteral("composerTabWidget"));
        auto *toolBox = window.findChild<QToolBox *>(QStringLiteral("sectionsToolBox"));
        toolBox->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("conversationSectionScrollArea")));
        composerTabs->setCurrentIndex(0);
        composerTabs->tabBar()->setFocus();
        QTRY_VERIFY(composerTabs->tabBar()->hasFocus());
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("messageTextPlainTextEdit"));
        QStringList path;
        for (int tabs = 0; tabs < 12 && QApplication::focusWidget() != text; ++tabs) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            path.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("?"));
        }
        QVERIFY2(QApplication::focusWidget() == text, qPrintable(path.join(QLatin1String(" > "))));
        QVERIFY2(path.size() <= 6, qPrintable(path.join(QLatin1String(" > "))));
    }

    // #14 item 14: at 1024x700 every composer section fits its scroll area (the Generation
    // section was clipped on the right: temperature and top_p boxes, the truncation count).
    void nothingClippedAt1024x700()
    {
        WindowFixture fixture(QStringLiteral("windowsmall"), QSize(1024, 700));
        MainWindow &window = *fixture.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ComposerWidget *composer = fixture.composer();
        composer->setBody(QJsonDocument::fromJson(R"({"assistant_id": "asst_runlens_echo", "model": "gpt-4o",
            "thread": {"messages": [{"role": "user", "content": "hi"}]},
            "tools": [{"type": "function", "function": {"name": "get_current_weather", "parameters": {}}}],
            "temperature": 0.7, "top_p": 0.9, "max_prompt_tokens": 2000, "max_completion_tokens": 500,
            "truncation_strategy": {"type": "last_messages", "last_messages": 5},
            "tool_choice": {"type": "function", "function": {"name": "get_current_weather"}},
            "response_format": {"type": "json_schema", "json_schema": {"name": "w", "schema": {}}}})")
                              .object());
        QVERIFY2(window.width() <= 1024, qPrintable(QString::number(window.width())));
        auto *toolBox = window.findChild<QToolBox *>(QStringLiteral("sectionsToolBox"));
        QStringList clipped;
        for (int i = 0; i < toolBox->count(); ++i) {
            toolBox->setCurrentIndex(i);
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(toolBox->widget(i));
            QVERIFY(scroll && scroll->widget());
            const QWidget *section = scroll->widget();
            if (section->width() > scroll->viewport()->width()
                || section->width() < section->minimumSizeHint().width()) {
                for (const QWidget *w : section->findChildren<QWidget *>()) {
                    if (w->isVisible() && w->minimumSizeHint().width() > 150) {
                        qWarning("  %s %d", qPrintable(w->objectName()), w->minimumSizeHint().width());
                    }
                }
                clipped.append(QStringLiteral("%1: %2 px wide, needs %3, shown in %4")
                                   .arg(section->objectName())
                                   .arg(section->width())
                                   .arg(section->minimumSizeHint().width())
                                   .arg(scroll->viewport()->width()));
            }
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1String("; "))));
    }

    void sessionServerLabelLeavesTheToolbarWhole()
    {
        // runlens --base-url with a long address: the label saying so is elided in the middle and
        // Assistants and Send stay on the toolbar at 1024 px (they went into its overflow menu).
        WindowFixture fixture(QStringLiteral("windowsession"), QSize(1024, 700));
        MainWindow &window = *fixture.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString url
            = QStringLiteral("http://assistants-runtime.build-cluster-07.example.internal:8443/openai/v1");
        fixture.context->setSessionBaseUrl(QUrl(url));
        QVERIFY(fixture.startAndWait());
        auto *label = window.findChild<QLabel *>(QStringLiteral("sessionOverrideLabel"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QVERIFY(label->text().contains(url));
        QVERIFY2(label->toolTip().contains(url), qPrintable(label->toolTip()));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("connectionToolBar"));
        QVERIFY(toolBar);
        for (const QString &name : { QStringLiteral("assistantsToolButton"), QStringLiteral("sendToolButton") }) {
            auto *button = toolBar->findChild<QToolButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QTRY_VERIFY2(button->isVisible(), qPrintable(name + QLatin1String(" is in the toolbar's overflow")));
            QVERIFY2(button->geometry().right() <= toolBar->width(), qPrintable(name));
        }
        QVERIFY(window.width() <= 1024);
    }

    void mnemonicsDoNotClash()
    {
        WindowFixture fixture(QStringLiteral("windowmnemonics"));
        MainWindow &window = *fixture.window;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ComposerWidget *composer = fixture.composer();
        // A body that shows the parts hidden by default: the thread's advanced options, a function
        // tool, the JSON schema of the response format, the number of recent messages.
        composer->setBody(QJsonDocument::fromJson(R"({"assistant_id": "asst_runlens_echo",
            "thread": {"messages": [{"role": "user", "content": "hi"}],
                       "tool_resources": {"code_interpreter": {"file_ids": ["file-1"]}}},
            "tools": [{"type": "function", "function": {"name": "f"}}],
            "truncation_strategy": {"type": "last_messages", "last_messages": 3},
            "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": {}}}})")
                              .object());
        auto *toolBox = window.findChild<QToolBox *>(QStringLiteral("sectionsToolBox"));
        auto *composerTabs = window.findChild<QTabWidget *>(QStringLiteral("composerTabWidget"));
        auto *runTabs = window.findChild<QTabWidget *>(QStringLiteral("runTabWidget"));
        QVERIFY(toolBox && composerTabs && runTabs && composer);
        // Every view a person can bring up: each composer section, the JSON tab, each run tab.
        QStringList clashes;
        for (int section = 0; section <= toolBox->count(); ++section) {
            if (section < toolBox->count()) {
                composerTabs->setCurrentIndex(0);
                toolBox->setCurrentIndex(section);
            } else {
                composerTabs->setCurrentIndex(1);
            }
            for (int tab = 0; tab < runTabs->count(); ++tab) {
                runTabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QString clash = mnemonicClash(&window);
                if (!clash.isEmpty() && !clashes.contains(clash)) {
                    clashes.append(clash);
                }
            }
        }
        for (const QString &clash : std::as_const(clashes)) {
            qWarning("%s", qPrintable(clash));
        }
        QCOMPARE(clashes.size(), 0);

        // Alt+T reaches the message's Text field (it ran Test connection).
        composerTabs->setCurrentIndex(0);
        toolBox->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("conversationSectionScrollArea")));
        QWidget *start = toolBox;
        start->setFocus();
        QTest::keyClick(start, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     window.findChild<QWidget *>(QStringLiteral("messageTextPlainTextEdit")));
    }

private:
    // The Alt+letter mnemonics the visible widgets of `window` carry ("&Text" on a label with a
    // buddy, a button, a tab, a menu title), and the first letter two of them share.
    static QString mnemonicClash(QWidget *window)
    {
        QMultiMap<QChar, QString> owners;
        const auto add = [&owners](const QString &text, const QString &where) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('&')) {
                    if (text.at(i + 1) == QLatin1Char('&')) {
                        ++i;
                        continue;
                    }
                    owners.insert(text.at(i + 1).toLower(), where + QStringLiteral(" \"") + text + QLatin1Char('"'));
                    return;
                }
            }
        };
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !widget->isEnabled()) {
                continue;
            }
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
                add(label->text(), label->objectName());
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                add(button->text(), button->objectName());
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                add(group->title(), group->objectName());
            } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), tabs->objectName());
                }
            }
        }
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *menu : main->menuBar()->actions()) {
                add(menu->text(), QStringLiteral("menu"));
            }
        }
        QStringList found;
        for (const QChar key : owners.uniqueKeys()) {
            const QStringList where = owners.values(key);
            if (where.size() > 1) {
                found.append(QStringLiteral("Alt+%1: %2").arg(key.toUpper(), where.join(QStringLiteral(", "))));
            }
        }
        return found.join(QLatin1Char('\n'));
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
