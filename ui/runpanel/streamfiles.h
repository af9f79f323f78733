#pragma once

#include "runsession.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QWidget;

namespace rl {

class RunController;

// File > Replay a saved stream… and Run > Save stream as…: a run's event stream kept as an .sse
// file, and such a file (saved by RunLens, or captured with curl -N) played into the run panel
// at its recorded speed or at once.
class StreamFiles : public QObject
{
    Q_OBJECT

public:
    StreamFiles(RunController *runs, QWidget *dialogParent);

    [[nodiscard]] QAction *replayAction() const { return m_replayAction; }
    [[nodiscard]] QAction *saveAction() const { return m_saveAction; }

    // Without dialogs (the actions ask for the file, and for the pace). Return false and say why.
    bool save(const QString &fileName, QString *error);
    bool replay(const QString &fileName, RunSession::ReplayPace pace, QString *error);

    // Enables Save for a session that has read events.
    void refresh();

    // For tests: the file the next dialog "chooses" (empty: cancelled), and the next pace.
    static void setNextChoice(const QString &fileName, std::optional<RunSession::ReplayPace> pace = std::nullopt);

Q_SIGNALS:
    void message(const QString &text); // for the status bar

private:
    void askAndSave();
    void askAndReplay();
    [[nodiscard]] std::optional<RunSession::ReplayPace> askPace() const;
    bool load(const QString &fileName, QList<RecordedEvent> *events, bool *timed, QString *error);

    RunController *m_runs;
    QWidget *m_dialogParent;
    QAction *m_replayAction;
    QAction *m_saveAction;
    QString m_lastFolder;
};

} // namespace rl
