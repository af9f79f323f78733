#pragma once

// The main window of the GUI tests, on a context of its own.
#include "activeconnection.h"
#include "appcontext.h"
#include "composerwidget.h"
#include "connectioncontext.h"
#include "localserver.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSize>
#include <QTemporaryDir>

#include <memory>

namespace rl::test {

// A main window on a fresh context (its own settings, history and keychain service) with the
// built-in server waiting delayMs between events (by default slowly, so that a run is still going
// when the test acts on it).
class WindowFixture
{
public:
    explicit WindowFixture(const QString &name, QSize size = QSize(1280, 860), int delayMs = 300)
    {
        AppContext::Paths paths;
        paths.settingsFile = m_dir.filePath(QStringLiteral("runlens.ini"));
        paths.historyFile = m_dir.filePath(QStringLiteral("history.sqlite"));
        paths.keychainService = QStringLiteral("RunLensTest-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
        context = std::make_unique<AppContext>(paths);
        LocalServerOptions options;
        options.delayMs = delayMs;
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
        return !ready.isEmpty() || ready.wait(10000);
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

    // A path in the fixture's own folder.
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace rl::test
