#pragma once

#include "backenddialog.h"
#include "connection.h"
#include "keypromptdialog.h"
#include "profiledialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace rl {

class ConnectionContext;
struct ConnectionProfile;

namespace Ui {
class ConnectionBar;
}

// The connection strip for the main window's toolbar: the active profile (one click to
// switch), Edit…, New…, Duplicate, Delete, Test connection and a status line. It opens the
// profile dialog and the key prompt itself (window-modal, without nested event loops).
//
// Wiring in the main window:
//   auto *bar = new rl::ConnectionBar(connections /* rl::ConnectionContext* */, toolBar);
//   toolBar->addWidget(bar);
//   connect(connections->active(), &rl::ActiveConnection::ready, runPanel, ...);
//   connections->active()->activate();
class ConnectionBar : public QWidget
{
    Q_OBJECT
public:
    // Tests a connection and reports once: ok + a plain-words report.
    using ConnectionTestFunction = std::function<void(const Connection &connection, QObject *context,
                                                      std::function<void(bool ok, const QString &report)> done)>;

    explicit ConnectionBar(ConnectionContext *context, QWidget *parent = nullptr);
    ~ConnectionBar() override;

    // Replaces how "Test connection" checks a server (default: rl::ConnectionTester).
    void setConnectionTestFunction(ConnectionTestFunction function);

    // The dialogs currently open, if any (for tests and for the main window).
    [[nodiscard]] ProfileDialog *profileDialog() const { return m_profileDialog; }
    [[nodiscard]] BackendDialog *backendDialog() const { return m_backendDialog; }
    [[nodiscard]] KeyPromptDialog *keyPromptDialog() const { return m_keyPrompt; }
    [[nodiscard]] QMessageBox *deleteConfirmation() const { return m_deleteBox; }
    [[nodiscard]] QString statusText() const;
    // The status line shows a problem (the connection failed, or its last test did).
    [[nodiscard]] bool showsProblem() const { return m_problem; }

    void newProfile();
    void editActiveProfile(); // for the built-in server: what it runs on (BackendDialog)
    void duplicateActiveProfile();
    void deleteActiveProfile(); // asks first
    void testActiveConnection();

Q_SIGNALS:
    // Something the main window may show in its status bar.
    void message(const QString &text);

private:
    void rebuildProfileList();
    void updateButtons();
    void setStatus(const QString &text, bool problem = false);
    void connectWithoutKey(const QString &profileId);
    void testWithStoredKey(const ConnectionProfile &profile, const std::function<void(bool, const QString &)> &done);
    void openProfileDialog(const QString &profileId);
    void openBackendDialog();
    void testModelServer(BackendDialog *dialog, const QString &baseUrl, const QString &key);
    void saveFromDialog(ProfileDialog *dialog, bool isNew);
    void promptForKey(const QString &profileId, const QString &profileName, const QString &envVar, bool keychainUsable,
                      const QString &keychainMessage);
    void runTest(const Connection &connection, std::function<void(bool, const QString &)> done);
    void testFromDialog(ProfileDialog *dialog, const Connection &connection, const QString &profileId);

    std::unique_ptr<Ui::ConnectionBar> ui;
    ConnectionContext *m_context;
    ConnectionTestFunction m_test;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<BackendDialog> m_backendDialog;
    QPointer<KeyPromptDialog> m_keyPrompt;
    QPointer<QMessageBox> m_deleteBox;
    bool m_rebuilding = false;
    bool m_problem = false;
};

} // namespace rl
