#pragma once

#include "codeexport.h"

#include <QJsonArray>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rl {

class AppContext;
class Appearance;
class StreamFiles;
class AssistantsDialog;
class ComposerWidget;
class ConnectionBar;
class RunPanel;

// The main window only wires: the connection bar (toolbar), the request composer (left) and
// the run panel (right) to the application's core (AppContext). It holds no run logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ComposerWidget *composer() const;
    [[nodiscard]] RunPanel *runPanel() const;
    [[nodiscard]] ConnectionBar *connectionBar() const { return m_connectionBar; }
    [[nodiscard]] AssistantsDialog *assistantsDialog() const;
    [[nodiscard]] Appearance *appearance() const { return m_appearance; }
    [[nodiscard]] StreamFiles *streamFiles() const { return m_streamFiles; }
    void showAssistants(); // opens the Assistants dialog (one at a time)

    // Opens a request body into the composer; false with a message when it cannot be read.
    bool openRequestFile(const QString &fileName, QString *error) const;
    // Shows the first-start welcome when it has not been dismissed before.
    void showWelcomeIfFirstStart();
    // Shows the request the last session closed with (a message when it cannot be read).
    void restoreLastRequest();
    // Skips "save changes?" on close (for runs driven from the command line).
    void setConfirmOnClose(bool confirm) { m_confirmOnClose = confirm; }
    // Whether closing keeps the composer's request for the next start (not for automated runs).
    void setKeepLastRequest(bool keep) { m_keepLastRequest = keep; }

    // Sends the composer's request on the active connection (Ctrl+Return).
    void send();
    // Puts the composer's request on the clipboard as code for the active connection (no key).
    void copyAsCode(rl::CodeExport::Language language);

signals:
    // send() was refused (the request is not valid, or no connection is ready yet).
    void sendRefused(const QString &why);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpMenus();
    void updateTitle();
    void showWelcome();
    void showAbout();
    void offerStarterRequest(const QJsonArray &assistants) const;

    std::unique_ptr<::Ui::MainWindow> m_ui;
    AppContext *m_context;
    Appearance *m_appearance; // first: the palette is set before any widget is made
    ConnectionBar *m_connectionBar;
    StreamFiles *m_streamFiles;
    QPointer<AssistantsDialog> m_assistantsDialog;
    bool m_confirmOnClose = true;
    bool m_keepLastRequest = true;
};

} // namespace rl
