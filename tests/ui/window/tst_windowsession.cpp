// The request comes back at the next start: closing the window keeps the composer's request
// (with the file it belongs to), a new window shows it again, and a damaged file is reported once
// and moved aside.
#include "appcontext.h"
#include "composerwidget.h"
#include "mainwindow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;

class TestWindowSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void lastRequestComesBack();
    void fileOfTheLastRequestComesBack();
    void damagedLastRequestIsReported();
    void automatedRunsKeepNothing();

private:
    [[nodiscard]] AppContext::Paths paths() const;
    // Opens a window on a fresh context, runs `use` on it, closes it.
    template<typename Use> void withWindow(Use use, bool keep = true);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

AppContext::Paths TestWindowSession::paths() const
{
    AppContext::Paths p;
    p.settingsFile = m_dir->filePath(QStringLiteral("runlens.ini"));
    p.historyFile = m_dir->filePath(QStringLiteral("history.sqlite"));
    p.lastRequestFile = m_dir->filePath(QStringLiteral("last-request.json"));
    p.keychainService = QStringLiteral("RunLensTest-windowsession-%1").arg(QCoreApplication::applicationPid());
    return p;
}

template<typename Use> void TestWindowSession::withWindow(Use use, bool keep)
{
    AppContext context(paths());
    MainWindow window(&context);
    window.setConfirmOnClose(false);
    window.setKeepLastRequest(keep);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *composer = window.findChild<ComposerWidget *>();
    QVERIFY(composer);
    use(window, *composer);
    QVERIFY(window.close());
}

void TestWindowSession::lastRequestComesBack()
{
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("user") },
                                { QStringLiteral("content"), QStringLiteral("Remember me") } };
    const QJsonObject typed { { QStringLiteral("assistant_id"), QStringLiteral("asst_kept") },
                              { QStringLiteral("thread"),
                                QJsonObject { { QStringLiteral("messages"), QJsonArray { message } } } },
                              { QStringLiteral("temperature"), 0.4 } };
    withWindow([&typed](MainWindow &window, ComposerWidget &composer) {
        window.restoreLastRequest(); // nothing yet: an empty form
        QVERIFY(composer.request().assistantId.value().isEmpty());
        composer.setBody(typed);
    });
    QVERIFY(QFile::exists(paths().lastRequestFile));
    withWindow([&typed](MainWindow &window, ComposerWidget &composer) {
        window.restoreLastRequest();
        QCOMPARE(QJsonDocument::fromJson(composer.requestBody()).object(), typed);
        QVERIFY(composer.fileName().isEmpty());
        QVERIFY(composer.isModified()); // never saved in a file
    });
}

void TestWindowSession::fileOfTheLastRequestComesBack()
{
    const QString file = m_dir->filePath(QStringLiteral("weather.json"));
    withWindow([&file](MainWindow &, ComposerWidget &composer) {
        composer.setBody(QJsonObject { { QStringLiteral("assistant_id"), QStringLiteral("asst_saved") } });
        QVERIFY(composer.saveToFile(file));
    });
    // Saved and unchanged: the file is open again, not changed.
    withWindow([&file](MainWindow &window, ComposerWidget &composer) {
        window.restoreLastRequest();
        QCOMPARE(composer.fileName(), file);
        QVERIFY(!composer.isModified());
        // Changed after saving: the change comes back, over the file.
        composer.setBody(QJsonObject { { QStringLiteral("assistant_id"), QStringLiteral("asst_changed") } });
    });
    withWindow([&file](MainWindow &window, ComposerWidget &composer) {
        window.restoreLastRequest();
        QCOMPARE(composer.fileName(), file);
        QCOMPARE(composer.request().assistantId.value(), QStringLiteral("asst_changed"));
        QVERIFY(composer.isModified());
    });
}

void TestWindowSession::damagedLastRequestIsReported()
{
    QFile damaged(paths().lastRequestFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"file\": \"\", \"body\": {\"assistant_id\": ");
    damaged.close();
    withWindow([](MainWindow &window, ComposerWidget &composer) {
        window.restoreLastRequest();
        QVERIFY(composer.request().assistantId.value().isEmpty());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("could not be read")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral(".damaged")));
    });
    QVERIFY(QFile::exists(paths().lastRequestFile + QStringLiteral(".damaged")));
}

void TestWindowSession::automatedRunsKeepNothing()
{
    withWindow(
        [](MainWindow &, ComposerWidget &composer) {
            composer.setBody(QJsonObject { { QStringLiteral("assistant_id"), QStringLiteral("asst_automated") } });
        },
        false);
    QVERIFY(!QFile::exists(paths().lastRequestFile));
}

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
