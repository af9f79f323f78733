#pragma once

#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace rl::server {

// Keeps a Store across restarts in one SQLite file (runlens-server --data-dir): assistants,
// threads, messages (with the text written so far), runs (with the request that made them)
// and steps. Changes are written a few times a second in one transaction, and at the end;
// a run that was going when the server stopped is failed at the next start (its message and
// step with it), since nothing can carry it on.
class StoreDatabase : public QObject
{
    Q_OBJECT

public:
    explicit StoreDatabase(Store *store, QObject *parent = nullptr);
    ~StoreDatabase() override;

    // Opens (or creates) DIR/runlens-server.sqlite and loads it into the store. false and
    // errorString() when the folder or the file cannot be used.
    bool open(const QString &directory);
    [[nodiscard]] QString errorString() const { return m_error; }
    // Writes every pending change now.
    void flush();
    [[nodiscard]] int loadedThreads() const { return m_loadedThreads; }

    static constexpr int FlushDelayMs = 200;

private:
    struct Pending
    {
        Store::Kind kind;
        QString threadId;
        QString id;
    };

    void changed(Store::Kind kind, const QString &threadId, const QString &id);
    void removed(Store::Kind kind, const QString &id);
    bool load();
    void endInterruptedRuns();

    Store *m_store;
    QString m_connection;
    QString m_error;
    QTimer m_timer;
    QHash<QString, Pending> m_pending; // kind/id -> what to write
    QList<QPair<Store::Kind, QString>> m_removed;
    qint64 m_counter = 0; // the order of assistants, threads and runs
    int m_loadedThreads = 0;
    bool m_loading = false;
};

} // namespace rl::server
