#pragma once

#include "launchoptions.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace rl {

class RunController;
class RunSession;

// Carries out `runlens ... --send [--quit-when-done] [--save-run PATH] [--save-text PATH]` for
// demos, bug reports, benchmarks and whole-GUI tests: asks for a send once the window is up and a
// connection is ready, writes the final run object and the reply's text, and ends the application with runlens-cli's
// exit status.
class Automation : public QObject
{
    Q_OBJECT

public:
    Automation(LaunchOptions options, RunController *controller, QObject *parent = nullptr);

    [[nodiscard]] bool isEnabled() const { return m_options.send; }

    // The window is shown (call once).
    void windowShown();
    // A connection became usable (call every time; only the first matters).
    void connectionReady();
    // The composer refused to send (invalid request): ends the app with status 2 when asked to quit.
    void sendRefused(const QString &why);

signals:
    // Time to press Send.
    void sendNow();
    // Something worth telling the person (written to stderr by main as well).
    void message(const QString &text);
    // The application should end with this status (only with --quit-when-done).
    void quitRequested(int exitCode);

private:
    void maybeSend();
    void onSessionEnded(rl::RunSession *session, const QJsonObject &finalRun);
    [[nodiscard]] static bool save(const QString &path, const QByteArray &bytes, QString *error);

    LaunchOptions m_options;
    QPointer<RunController> m_controller;
    bool m_windowShown = false;
    bool m_connectionReady = false;
    bool m_sent = false;
};

} // namespace rl
