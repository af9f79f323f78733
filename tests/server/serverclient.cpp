#include "serverclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray ServerClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QStringList ServerClient::Stream::names() const
{
    QStringList out;
    for (const auto &e : events)
        out.append(e.name);
    return out;
}

QJsonObject ServerClient::Stream::last(const QString &name) const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->name == name)
            return it->json;
    }
    return {};
}

ServerClient::ServerClient(QUrl baseUrl)
    : m_base(std::move(baseUrl))
{ }

QNetworkRequest ServerClient::request(const QString &path) const
{
    QUrl url = m_base;
    const int q = int(path.indexOf(QLatin1Char('?')));
    url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (m_beta)
        req.setRawHeader("OpenAI-Beta", "assistants=v2");
    if (!m_key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    return req;
}

ServerClient::Reply ServerClient::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkReply *reply = m_nam.sendCustomRequest(request(path), verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

ServerClient::Reply ServerClient::get(const QString &path)
{
    return send("GET", path);
}

ServerClient::Reply ServerClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServerClient::Reply ServerClient::postRaw(const QString &path, const QByteArray &body)
{
    return send("POST", path, body);
}

ServerClient::Stream ServerClient::stream(const QString &path, const QJsonObject &body, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam.post(request(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
    Stream s;
    QByteArray buffer;
    QEventLoop loop;
    const auto parse = [&] {
        buffer += reply->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
            const QByteArray frame = buffer.left(end);
            buffer.remove(0, end + 2);
            Event e;
            e.atMs = clock.elapsed();
            for (const QByteArray &line : frame.split('\n')) {
                if (line.startsWith("event: "))
                    e.name = QString::fromUtf8(line.mid(7));
                else if (line.startsWith("data: "))
                    e.data = line.mid(6);
            }
            e.json = QJsonDocument::fromJson(e.data).object();
            s.events.append(e);
        }
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, parse);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    parse();
    s.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    s.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    s.networkError = reply->error() != QNetworkReply::NoError;
    reply->deleteLater();
    return s;
}

QJsonObject ServerClient::waitForRun(const QString &threadId, const QString &runId, int timeoutMs)
{
    static const QSet<QString> terminal { u"completed"_s, u"failed"_s,     u"cancelled"_s,
                                          u"expired"_s,   u"incomplete"_s, u"requires_action"_s };
    QElapsedTimer clock;
    clock.start();
    QJsonObject run;
    while (clock.elapsed() < timeoutMs) {
        run = get(u"/threads/"_s + threadId + u"/runs/"_s + runId).json;
        if (terminal.contains(run.value(u"status"_s).toString()))
            break;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return run;
}
