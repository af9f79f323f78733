#include "storedb.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int SchemaVersion = 1;

QString keyOf(Store::Kind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char('/') + id;
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

StoreDatabase::StoreDatabase(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_connection(u"runlens-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreDatabase::flush);
    connect(store, &Store::objectChanged, this, &StoreDatabase::changed);
    connect(store, &Store::objectRemoved, this, &StoreDatabase::removed);
}

StoreDatabase::~StoreDatabase()
{
    flush();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreDatabase::open(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        m_error = tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QString path = QDir(directory).filePath(u"runlens-server.sqlite"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const QStringList setup {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS objects(kind INTEGER NOT NULL, id TEXT NOT NULL, thread_id TEXT NOT NULL, "
        "seq INTEGER NOT NULL, json TEXT NOT NULL, extra TEXT NOT NULL, PRIMARY KEY(kind, id))"_s,
        u"CREATE INDEX IF NOT EXISTS objects_thread ON objects(thread_id)"_s,
    };
    for (const QString &sql : setup) {
        if (!q.exec(sql)) {
            m_error = tr("%1 is not a RunLens server database, or is damaged: %2")
                          .arg(QDir::toNativeSeparators(path), q.lastError().text());
            return false;
        }
    }
    q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
    if (q.next() && q.value(0).toInt() > SchemaVersion) {
        m_error = tr("%1 was written by a newer RunLens (schema %2); this one reads schema %3.")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(q.value(0).toInt())
                      .arg(SchemaVersion);
        return false;
    }
    q.exec(u"INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '%1')"_s.arg(SchemaVersion));
    return load();
}

bool StoreDatabase::load()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // Assistants, threads, runs, then each thread's messages and steps in the order they were made
    // (their seq is the store's own sequence, which a thread's transcript follows).
    if (!q.exec(u"SELECT kind, id, thread_id, json, extra, seq FROM objects ORDER BY CASE kind WHEN 0 THEN 0 "
                "WHEN 1 THEN 1 WHEN 3 THEN 2 ELSE 3 END, seq"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    m_loading = true;
    while (q.next()) {
        m_counter = qMax(m_counter, q.value(5).toLongLong());
        const auto kind = Store::Kind(q.value(0).toInt());
        const QJsonObject o = object(q.value(3).toByteArray());
        const QJsonObject extra = object(q.value(4).toByteArray());
        switch (kind) {
        case Store::Kind::Assistant:
            m_store->putAssistant(o, extra);
            break;
        case Store::Kind::Thread:
            m_store->addThread(o);
            ++m_loadedThreads;
            break;
        case Store::Kind::Message:
            m_store->putMessage(o);
            break;
        case Store::Kind::Run:
            m_store->putRun(o);
            m_store->putRunRequest(q.value(2).toString(), q.value(1).toString(), extra);
            break;
        case Store::Kind::Step:
            m_store->putStep(o);
            break;
        }
    }
    m_loading = false;
    endInterruptedRuns();
    flush();
    return true;
}

void StoreDatabase::endInterruptedRuns()
{
    const qint64 now = Store::now();
    const QString why = tr("The built-in server stopped while this run was in progress.");
    for (const QString &threadId : m_store->threadIds()) {
        for (QJsonObject run : m_store->runs(threadId)) {
            const QString status = run.value(u"status"_s).toString();
            if (status != u"queued"_s && status != u"in_progress"_s && status != u"requires_action"_s
                && status != u"cancelling"_s) {
                continue;
            }
            const QString runId = run.value(u"id"_s).toString();
            for (QJsonObject step : m_store->steps(threadId, runId)) {
                if (step.value(u"status"_s).toString() == u"in_progress"_s) {
                    step.insert(u"status"_s, u"failed"_s);
                    step.insert(u"failed_at"_s, now);
                    step.insert(u"last_error"_s,
                                QJsonObject { { u"code"_s, u"server_error"_s }, { u"message"_s, why } });
                    m_store->putStep(step);
                }
            }
            for (QJsonObject message : m_store->messages(threadId)) {
                if (message.value(u"run_id"_s).toString() == runId
                    && message.value(u"status"_s).toString() == u"in_progress"_s) {
                    message.insert(u"status"_s, u"incomplete"_s);
                    message.insert(u"incomplete_at"_s, now);
                    message.insert(u"incomplete_details"_s, QJsonObject { { u"reason"_s, u"run_failed"_s } });
                    m_store->putMessage(message);
                }
            }
            run.insert(u"status"_s, u"failed"_s);
            run.insert(u"failed_at"_s, now);
            run.insert(u"expires_at"_s, QJsonValue::Null);
            run.insert(u"required_action"_s, QJsonValue::Null);
            run.insert(u"last_error"_s, QJsonObject { { u"code"_s, u"server_error"_s }, { u"message"_s, why } });
            m_store->putRun(run);
        }
    }
}

void StoreDatabase::changed(Store::Kind kind, const QString &threadId, const QString &id)
{
    if (m_loading) {
        return;
    }
    m_pending.insert(keyOf(kind, id), { kind, threadId, id });
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void StoreDatabase::removed(Store::Kind kind, const QString &id)
{
    if (m_loading) {
        return;
    }
    m_removed.append({ kind, id });
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void StoreDatabase::flush()
{
    m_timer.stop();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || (m_pending.isEmpty() && m_removed.isEmpty())) {
        return;
    }
    db.transaction();
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO objects(kind, id, thread_id, seq, json, extra) VALUES(?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(kind, id) DO UPDATE SET json = excluded.json, extra = excluded.extra"_s);
    for (const Pending &p : std::as_const(m_pending)) {
        QJsonObject o;
        QJsonObject extra;
        switch (p.kind) {
        case Store::Kind::Assistant:
            o = m_store->assistant(p.id);
            extra = m_store->assistantGiven(p.id);
            break;
        case Store::Kind::Thread:
            o = m_store->thread(p.id);
            break;
        case Store::Kind::Message:
            o = m_store->message(p.threadId, p.id);
            break;
        case Store::Kind::Run:
            o = m_store->run(p.threadId, p.id);
            extra = m_store->runRequest(p.threadId, p.id);
            break;
        case Store::Kind::Step:
            o = m_store->stepById(p.threadId, p.id);
            break;
        }
        if (o.isEmpty()) {
            continue; // gone meanwhile
        }
        const bool ordered = p.kind == Store::Kind::Message || p.kind == Store::Kind::Step;
        upsert.bindValue(0, int(p.kind));
        upsert.bindValue(1, p.id);
        upsert.bindValue(2, p.threadId.isEmpty() ? QStringLiteral("") : p.threadId); // a null QString binds NULL
        upsert.bindValue(3, ordered ? m_store->sequence(p.threadId, p.id) : ++m_counter); // kept on update
        upsert.bindValue(4, QString::fromUtf8(text(o)));
        upsert.bindValue(5, QString::fromUtf8(text(extra)));
        if (!upsert.exec()) {
            qWarning("runlens-server: cannot save to the data folder: %s", qPrintable(upsert.lastError().text()));
        }
    }
    QSqlQuery remove(db);
    for (const auto &[kind, id] : std::as_const(m_removed)) {
        if (kind == Store::Kind::Thread) {
            remove.prepare(u"DELETE FROM objects WHERE thread_id = ? OR (kind = ? AND id = ?)"_s);
            remove.addBindValue(id);
            remove.addBindValue(int(Store::Kind::Thread));
            remove.addBindValue(id);
        } else {
            remove.prepare(u"DELETE FROM objects WHERE kind = ? AND id = ?"_s);
            remove.addBindValue(int(kind));
            remove.addBindValue(id);
        }
        remove.exec();
    }
    db.commit();
    m_pending.clear();
    m_removed.clear();
}

} // namespace rl::server
