#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace rl {

// One recorded run. Never holds a key: headers are scrubbed on the way in.
struct HistoryEntry
{
    qint64 id = -1;
    QDateTime startedAt;
    QString profileName;
    QString baseUrl;
    QByteArray requestBody;
    QList<QPair<QString, QString>> requestHeaders; // scrubbed: auth values become "[redacted]"
    QByteArray finalRunJson;
    QString status; // the run's final status, e.g. "completed"
    qint64 durationMs = 0;
};

// The run history in a SQLite file at an explicit path.
class HistoryStore
{
public:
    explicit HistoryStore(QString databasePath);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    [[nodiscard]] static QString defaultPath(); // <AppDataLocation>/history.sqlite

    bool open(); // creates the schema; false + errorString() on failure
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // Stores the entry (scrubbed) and returns its id, or -1.
    qint64 add(const HistoryEntry &entry);
    // Newest first; request bodies and run JSON left empty.
    [[nodiscard]] QList<HistoryEntry> list(int limit = 500) const;
    [[nodiscard]] HistoryEntry load(qint64 id) const; // id -1 if not found
    bool remove(qint64 id);

    // Secrets removed: auth header values, credentials in URLs, key-like query parameters.
    [[nodiscard]] static QList<QPair<QString, QString>> scrubHeaders(const QList<QPair<QString, QString>> &headers);
    [[nodiscard]] static QString scrubUrl(const QString &url);

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace rl
