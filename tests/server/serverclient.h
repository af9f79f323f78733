#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// A small blocking HTTP client for the server tests (runs a local event loop per request).
class ServerClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    struct Event
    {
        QString name;
        QByteArray data;
        QJsonObject json;
        qint64 atMs = 0; // when it arrived, from the request start
    };
    struct Stream
    {
        int status = 0;
        QByteArray contentType;
        QList<Event> events;
        bool networkError = false;
        QStringList names() const;
        QJsonObject last(const QString &name) const;
    };

    explicit ServerClient(QUrl baseUrl);
    void setBeta(bool on) { m_beta = on; }
    void setApiKey(const QString &key) { m_key = key; }

    Reply get(const QString &path);
    Reply post(const QString &path, const QJsonObject &body);
    Reply postRaw(const QString &path, const QByteArray &body);
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    Stream stream(const QString &path, const QJsonObject &body, int timeoutMs = 20000);
    // Polls GET run until it is terminal (or timeoutMs); returns the last run.
    QJsonObject waitForRun(const QString &threadId, const QString &runId, int timeoutMs = 20000);

private:
    QNetworkRequest request(const QString &path) const;

    QNetworkAccessManager m_nam;
    QUrl m_base;
    bool m_beta = true;
    QString m_key;
};
