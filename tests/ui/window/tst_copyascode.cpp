// File > Copy as code: the composer's request as curl (and the other languages) for the active
// connection, on the clipboard, never with a key; the copied curl runs on the built-in server.
#include "activeconnection.h"
#include "appcontext.h"
#include "composerwidget.h"
#include "connectioncontext.h"
#include "localserver.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace rl;
using rl::test::WindowFixture;

class TestCopyAsCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void copiedCurlRunsOnTheBuiltInServer()
    {
        WindowFixture fixture(QStringLiteral("copyascode"), QSize(1280, 860), 0);
        MainWindow &window = *fixture.window;
        AppContext &context = *fixture.context;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(fixture.startAndWait());

        ComposerWidget *composer = window.composer();
        composer->setBody(QJsonDocument::fromJson(R"({"assistant_id": "asst_runlens_echo", "stream": true,
            "thread": {"messages": [{"role": "user", "content": "copied from the window"}]}})")
                              .object());
        QTRY_VERIFY(composer->isSendable());
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));

        // File > Copy as code > curl, from the keyboard.
        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Y);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget())
                    && QApplication::activePopupWidget()->objectName() == QLatin1String("codeMenu"));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_C);
        QTRY_VERIFY(QGuiApplication::clipboard()->text() != QLatin1String("before"));
        const QString curl = QGuiApplication::clipboard()->text();
        const QString baseUrl = context.runs()->connection().baseUrl;
        QVERIFY2(curl.contains(baseUrl + QLatin1String("/threads/runs")), qPrintable(curl));
        QVERIFY(curl.contains(QLatin1String("copied from the window")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Copied as curl")),
                 qPrintable(window.statusBar()->currentMessage()));

        // The built-in server answers on its own thread, so the copied command runs while we wait.
        QProcess bash;
        bash.start(QStringLiteral("bash"), { QStringLiteral("-e") });
        QVERIFY(bash.waitForStarted());
        bash.write(curl.toUtf8());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(30000));
        const QByteArray out = bash.readAllStandardOutput();
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        QVERIFY2(out.contains("event: thread.run.completed"), out.right(500).constData());
        QVERIFY(out.contains("copied from the window"));

        // A request with an error is not copied, and the status bar says why.
        composer->setBody(
            QJsonDocument::fromJson(R"({"assistant_id": "asst_runlens_echo", "temperature": 5})").object());
        QTRY_VERIFY(!composer->isSendable());
        QGuiApplication::clipboard()->setText(QStringLiteral("kept"));
        window.copyAsCode(CodeExport::Language::Python);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kept"));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Not copied:")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("emperature")));
    }
};

QTEST_MAIN(TestCopyAsCode)
#include "tst_copyascode.moc"
