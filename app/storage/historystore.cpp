#include "historystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <utility>

namespace rl {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

bool isSecretName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n == QLatin1String("authorization") || n == QLatin1String("proxy-authorization")
        || n == QLatin1String("cookie") || n.contains(QLatin1String("api-key")) || n.contains(QLatin1String("api_key"))
        || n.contains(QLatin1String("apikey")) || n.contains(QLatin1String("token"))
        || n.contains(QLatin1String("secret")) || n.contains(QLatin1String("password"));
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QByteArray headersToJson(const QList<QPair<QString, QString>> &headers)
{
    QJsonArray a;
    for (const auto &[name, value] : headers) {
        a.append(QJsonArray { name, value });
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<QPair<QString, QString>> headersFromJson(const QByteArray &json)
{
    QList<QPair<QString, QString>> headers;
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    for (const QJsonValue v : a) {
        const QJsonArray pair = v.toArray();
        headers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return headers;
}

} // namespace

HistoryStore::HistoryStore(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("runlens-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

bool HistoryStore::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs ("
                                          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                          " started_at TEXT NOT NULL,"
                                          " profile_name TEXT NOT NULL,"
                                          " base_url TEXT NOT NULL,"
                                          " request_body BLOB,"
                                          " request_headers BLOB,"
                                          " final_run BLOB,"
                                          " status TEXT,"
                                          " duration_ms INTEGER)"));
    if (!ok) {
        m_error = q.lastError().text();
        return false;
    }
    m_error.clear();
    return true;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

qint64 HistoryStore::add(const HistoryEntry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO runs (started_at, profile_name, base_url, request_body, request_headers,"
                             " final_run, status, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.startedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(nonNull(entry.profileName));
    q.addBindValue(nonNull(scrubUrl(entry.baseUrl)));
    q.addBindValue(entry.requestBody);
    q.addBindValue(headersToJson(scrubHeaders(entry.requestHeaders)));
    q.addBindValue(entry.finalRunJson);
    q.addBindValue(nonNull(entry.status));
    q.addBindValue(entry.durationMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

QList<HistoryEntry> HistoryStore::list(int limit) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, started_at, profile_name, base_url, status, duration_ms FROM runs"
                             " ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.profileName = q.value(2).toString();
        e.baseUrl = q.value(3).toString();
        e.status = q.value(4).toString();
        e.durationMs = q.value(5).toLongLong();
        out.append(e);
    }
    return out;
}

HistoryEntry HistoryStore::load(qint64 id) const
{
    HistoryEntry e;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, started_at, profile_name, base_url, request_body, request_headers,"
                             " final_run, status, duration_ms FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return e;
    }
    e.id = q.value(0).toLongLong();
    e.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.profileName = q.value(2).toString();
    e.baseUrl = q.value(3).toString();
    e.requestBody = q.value(4).toByteArray();
    e.requestHeaders = headersFromJson(q.value(5).toByteArray());
    e.finalRunJson = q.value(6).toByteArray();
    e.status = q.value(7).toString();
    e.durationMs = q.value(8).toLongLong();
    return e;
}

bool HistoryStore::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

QList<QPair<QString, QString>> HistoryStore::scrubHeaders(const QList<QPair<QString, QString>> &headers)
{
    QList<QPair<QString, QString>> out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        out.append({ name, isSecretName(name) ? kRedacted : value });
    }
    return out;
}

QString HistoryStore::scrubUrl(const QString &url)
{
    QUrl u(url);
    if (!u.isValid()) {
        return url;
    }
    u.setUserInfo(QString());
    QUrlQuery query(u);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery cleaned;
    for (const auto &[name, value] : items) {
        cleaned.addQueryItem(
            name,
            isSecretName(name) || name.compare(QLatin1String("key"), Qt::CaseInsensitive) == 0 ? kRedacted : value);
    }
    u.setQuery(cleaned);
    return u.toString();
}

} // namespace rl
