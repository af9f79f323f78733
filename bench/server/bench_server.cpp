// Starts LocalServer in-process and measures N concurrent streamed runs at delay 0.
// usage: bench_server [N=50]
#include "localserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    rl::LocalServer server;
    rl::LocalServerOptions options;
    options.delayMs = 0;
    options.maxThreads = n + 10;
    if (!server.start(options)) {
        QTextStream(stderr) << server.errorString() << '\n';
        return 1;
    }
    QNetworkAccessManager nam;
    const QByteArray body
        = QJsonDocument(
              QJsonObject { { QStringLiteral("assistant_id"), QStringLiteral("asst_runlens_echo") },
                            { QStringLiteral("stream"), true },
                            { QStringLiteral("thread"),
                              QJsonObject { { QStringLiteral("messages"),
                                              QJsonArray { QJsonObject {
                                                  { QStringLiteral("role"), QStringLiteral("user") },
                                                  { QStringLiteral("content"),
                                                    QStringLiteral("benchmark the local server please") } } } } } } })
              .toJson(QJsonDocument::Compact);
    int finished = 0;
    qint64 events = 0;
    int completed = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        QNetworkRequest req(QUrl(server.baseUrl().toString() + QStringLiteral("/threads/runs")));
        req.setRawHeader("OpenAI-Beta", "assistants=v2");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.post(req, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            const QByteArray all = reply->readAll();
            events += all.count("\nevent: ") + (all.startsWith("event: ") ? 1 : 0);
            completed += all.contains("event: thread.run.completed") ? 1 : 0;
            reply->deleteLater();
            if (++finished == n)
                QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "runs " << n << " (completed " << completed << ") in " << seconds << " s: " << n / seconds
                        << " runs/s, " << events << " events, " << events / seconds << " events/s\n";
    return completed == n ? 0 : 1;
}
