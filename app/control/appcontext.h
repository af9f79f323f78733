#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace rl {

class AssistantManager;
class ConnectionContext;
class DraftStore;
class HistoryStore;
class RunController;
class RunSession;
class Settings;

// The composition root of the application's core: settings, connection profiles and keys,
// the run controller and the run history, wired together. The main window gets one of these
// and only connects widgets to it.
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Paths
    {
        QString settingsFile;
        QString historyFile;
        QString lastRequestFile; // empty: the composer's request is not kept between sessions
        QString keychainService = QStringLiteral("RunLens");
    };
    [[nodiscard]] static Paths defaultPaths();

    explicit AppContext(const Paths &paths, QObject *parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] Settings *settings() const { return m_settings.get(); }
    [[nodiscard]] ConnectionContext *connections() const { return m_connections; }
    [[nodiscard]] RunController *runs() const { return m_runs; }
    [[nodiscard]] AssistantManager *assistants() const { return m_assistants; }
    [[nodiscard]] HistoryStore *history() const { return m_history.get(); }
    [[nodiscard]] DraftStore *drafts() const { return m_drafts.get(); }

    // Use this server for this session only (runlens --base-url): no key unless OPENAI_API_KEY
    // is set; the saved profiles are left as they are until the person switches profile.
    void setSessionBaseUrl(const QUrl &url);
    [[nodiscard]] bool hasSessionBaseUrl() const { return m_sessionBaseUrl.isValid(); }

    // Prepares the connection (starts the built-in server when that profile is active).
    void start();

signals:
    // The run controller has a usable connection (after start, and after every profile switch).
    void connectionReady(const QString &description);
    void connectionFailed(const QString &message);
    // A run ended and was written to the history (id), or could not be (-1, message).
    void historyRecorded(qint64 id, const QString &error);

private:
    void useSessionOverride();
    void recordHistory(rl::RunSession *session, const QJsonObject &finalRun);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<DraftStore> m_drafts;
    ConnectionContext *m_connections;
    RunController *m_runs;
    AssistantManager *m_assistants;
    QUrl m_sessionBaseUrl;
};

} // namespace rl
