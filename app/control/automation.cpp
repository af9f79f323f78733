#include "automation.h"

#include "apierror.h"
#include "runcontroller.h"
#include "runoutcome.h"
#include "runsession.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <utility>

namespace rl {

Automation::Automation(LaunchOptions options, RunController *controller, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_controller(controller)
{
    if (m_controller != nullptr) {
        connect(m_controller, &RunController::sessionEnded, this, &Automation::onSessionEnded);
    }
}

void Automation::windowShown()
{
    m_windowShown = true;
    maybeSend();
}

void Automation::connectionReady()
{
    m_connectionReady = true;
    maybeSend();
}

void Automation::sendRefused(const QString &why)
{
    emit message(tr("The request was not sent: %1").arg(why));
    if (m_options.quitWhenDone) {
        emit quitRequested(exitcode::invalidRequest);
    }
}

void Automation::maybeSend()
{
    if (!m_options.send || m_sent || !m_windowShown || !m_connectionReady) {
        return;
    }
    m_sent = true;
    // Let the window finish painting before the run starts.
    QTimer::singleShot(0, this, &Automation::sendNow);
}

void Automation::onSessionEnded(RunSession *session, const QJsonObject &finalRun)
{
    if (!m_sent || session == nullptr) {
        return;
    }
    const QJsonObject run = finalRun.isEmpty() ? session->run() : finalRun;
    int code = finalRun.isEmpty() ? exitcode::apiOrNetworkError : exitCodeForRunStatus(session->status());
    QString error;
    if (!m_options.saveRunPath.isEmpty() && !run.isEmpty()
        && !save(m_options.saveRunPath, QJsonDocument(run).toJson(QJsonDocument::Indented), &error)) {
        emit message(error);
        code = exitcode::apiOrNetworkError;
    }
    if (!m_options.saveTextPath.isEmpty() && !save(m_options.saveTextPath, session->assistantText().toUtf8(), &error)) {
        emit message(error);
        code = exitcode::apiOrNetworkError;
    }
    if (m_options.quitWhenDone) {
        emit quitRequested(code);
    }
}

bool Automation::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rl
