#include "streamfiles.h"

#include "runcontroller.h"
#include "streamrecording.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace rl {

namespace {

struct NextChoice
{
    QString fileName;
    std::optional<RunSession::ReplayPace> pace;
};
std::optional<NextChoice> &nextChoice()
{
    static std::optional<NextChoice> next;
    return next;
}

constexpr qint64 kMaxStreamFileBytes = qint64(1) << 30;

} // namespace

StreamFiles::StreamFiles(RunController *runs, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_runs(runs)
    , m_dialogParent(dialogParent)
    , m_replayAction(new QAction(tr("Re&play a saved stream…"), this))
    , m_saveAction(new QAction(tr("Save &stream as…"), this))
{
    m_replayAction->setObjectName(QStringLiteral("replayStreamAction"));
    m_replayAction->setToolTip(tr("Play a saved event stream (.sse) into the run panel, as it happened or at once"));
    m_saveAction->setObjectName(QStringLiteral("saveStreamAction"));
    m_saveAction->setToolTip(tr("Save the events of this run's stream as an .sse file, with the time of each"));
    connect(m_replayAction, &QAction::triggered, this, &StreamFiles::askAndReplay);
    connect(m_saveAction, &QAction::triggered, this, &StreamFiles::askAndSave);
    connect(m_runs, &RunController::sessionStarted, this, &StreamFiles::refresh);
    connect(m_runs, &RunController::sessionEnded, this, &StreamFiles::refresh);
    refresh();
}

void StreamFiles::setNextChoice(const QString &fileName, std::optional<RunSession::ReplayPace> pace)
{
    nextChoice() = NextChoice { fileName, pace };
}

void StreamFiles::refresh()
{
    const RunSession *session = m_runs->currentSession();
    m_saveAction->setEnabled(session != nullptr && !session->recording().isEmpty());
}

bool StreamFiles::save(const QString &fileName, QString *error)
{
    const RunSession *session = m_runs->currentSession();
    if (session == nullptr || session->recording().isEmpty()) {
        *error = tr("this run has no stream to save (a polled run reads no events).");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(session->recording().bytes()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool StreamFiles::load(const QString &fileName, QList<RecordedEvent> *events, bool *timed, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() > kMaxStreamFileBytes) {
        *error = tr("the file is larger than 1 GiB, more than RunLens replays.");
        return false;
    }
    StreamRecording::Loaded loaded = StreamRecording::read(file.readAll());
    if (!loaded.error.isEmpty()) {
        *error = loaded.error;
        return false;
    }
    *events = std::move(loaded.events);
    *timed = loaded.timed;
    return true;
}

bool StreamFiles::replay(const QString &fileName, RunSession::ReplayPace pace, QString *error)
{
    QList<RecordedEvent> events;
    bool timed = false;
    if (!load(fileName, &events, &timed, error)) {
        return false;
    }
    m_runs->replay(events, timed ? pace : RunSession::ReplayPace::AtOnce);
    return true;
}

void StreamFiles::askAndSave()
{
    QString fileName;
    if (std::optional<NextChoice> &next = nextChoice()) {
        fileName = next->fileName;
        next.reset();
    } else {
        const RunSession *session = m_runs->currentSession();
        const QString name
            = session != nullptr && !session->runId().isEmpty() ? session->runId() : QStringLiteral("run");
        fileName = QFileDialog::getSaveFileName(m_dialogParent, tr("Save stream"),
                                                QFileInfo(m_lastFolder, name + QStringLiteral(".sse")).filePath(),
                                                tr("Event streams (*.sse);;All files (*)"));
    }
    if (fileName.isEmpty()) {
        return;
    }
    m_lastFolder = QFileInfo(fileName).path();
    QString error;
    if (save(fileName, &error)) {
        Q_EMIT message(
            tr("Saved the stream (%n event(s)) to %1.", nullptr, m_runs->currentSession()->recording().count())
                .arg(QDir::toNativeSeparators(fileName)));
    } else {
        QMessageBox::warning(m_dialogParent, tr("Save stream"),
                             tr("The stream was not saved to %1: %2").arg(QDir::toNativeSeparators(fileName), error));
    }
}

std::optional<RunSession::ReplayPace> StreamFiles::askPace() const
{
    QMessageBox box(QMessageBox::Question, tr("Replay a saved stream"),
                    tr("Replay the events as they arrived, with the same pauses, or all at once?"), QMessageBox::Cancel,
                    m_dialogParent);
    QPushButton *recorded = box.addButton(tr("As it &happened"), QMessageBox::AcceptRole);
    QPushButton *atOnce = box.addButton(tr("All at &once"), QMessageBox::AcceptRole);
    box.setDefaultButton(recorded);
    box.exec();
    if (box.clickedButton() == recorded) {
        return RunSession::ReplayPace::Recorded;
    }
    if (box.clickedButton() == atOnce) {
        return RunSession::ReplayPace::AtOnce;
    }
    return std::nullopt;
}

void StreamFiles::askAndReplay()
{
    QString fileName;
    std::optional<RunSession::ReplayPace> pace;
    if (std::optional<NextChoice> &next = nextChoice()) {
        fileName = next->fileName;
        pace = next->pace;
        next.reset();
    } else {
        fileName = QFileDialog::getOpenFileName(m_dialogParent, tr("Replay a saved stream"), m_lastFolder,
                                                tr("Event streams (*.sse *.txt);;All files (*)"));
    }
    if (fileName.isEmpty()) {
        return;
    }
    m_lastFolder = QFileInfo(fileName).path();
    QList<RecordedEvent> events;
    bool timed = false;
    QString error;
    if (!load(fileName, &events, &timed, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Replay a saved stream"),
                             tr("%1 cannot be replayed: %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    // A capture without times (curl -N) can only be read at once.
    if (!timed) {
        pace = RunSession::ReplayPace::AtOnce;
    } else if (!pace) {
        pace = askPace();
    }
    if (!pace) {
        return;
    }
    m_runs->replay(events, *pace);
    Q_EMIT message(timed ? tr("Replaying %1: nothing is sent to the server.").arg(QFileInfo(fileName).fileName())
                         : tr("Replaying %1 at once: the file does not say when each event arrived. Nothing is sent "
                              "to the server.")
                               .arg(QFileInfo(fileName).fileName()));
}

} // namespace rl
