// runlens-server: the built-in local server as a process.
#include "appinfo.h"
#include "localserver.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runlens-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNLENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Serves the Assistants API v2 (threads, runs, steps, messages, assistants) on loopback, offline and "
        "deterministically."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QCoreApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption hostOption(
        QStringLiteral("host"), QCoreApplication::translate("main", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Port to listen on; 0 picks a free port (default 0)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption keyOption(
        QStringLiteral("api-key"),
        QCoreApplication::translate("main", "Require this bearer key (default: accept any or no key)."),
        QStringLiteral("KEY"));
    const QCommandLineOption betaOption(
        QStringLiteral("no-beta-check"),
        QCoreApplication::translate("main", "Accept requests without 'OpenAI-Beta: assistants=v2'."));
    const QCommandLineOption delayOption(
        QStringLiteral("delay-ms"),
        QCoreApplication::translate(
            "main",
            "Pause between the steps of a run in milliseconds (default 40): each streamed word, "
            "each status change and each tool step; 0 runs at full speed."),
        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption expireOption(
        QStringLiteral("expire-s"),
        QCoreApplication::translate("main", "Seconds before a run waiting for tool outputs expires (default 600)."),
        QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("request-timeout-ms"),
        QCoreApplication::translate("main",
                                    "Milliseconds a client may take to send a whole request before it is answered "
                                    "408 and disconnected (default 60000)."),
        QStringLiteral("N"), QStringLiteral("60000"));
    const QCommandLineOption upstreamOption(
        QStringLiteral("upstream"),
        QCoreApplication::translate("main",
                                    "Run every run on this Chat Completions server, for example "
                                    "http://127.0.0.1:11434/v1 (Ollama). Without it runs are simulated offline."),
        QStringLiteral("URL"));
    const QCommandLineOption upstreamKeyOption(
        QStringLiteral("upstream-key-env"),
        QCoreApplication::translate("main",
                                    "The environment variable that holds the upstream's key, sent as "
                                    "Authorization: Bearer (default RUNLENS_UPSTREAM_KEY; unset: no key)."),
        QStringLiteral("NAME"), QStringLiteral("RUNLENS_UPSTREAM_KEY"));
    const QCommandLineOption defaultModelOption(
        QStringLiteral("default-model"),
        QCoreApplication::translate("main",
                                    "The model of the shipped assistants on the upstream (default: the first model "
                                    "the upstream lists)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Keep assistants and threads in this folder across restarts (SQLite). Without it "
                                    "they live in memory."),
        QStringLiteral("DIR"));
    parser.addOptions({ versionOption, hostOption, portOption, keyOption, betaOption, delayOption, expireOption,
                        timeoutOption, upstreamOption, upstreamKeyOption, defaultModelOption, dataDirOption });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(versionOption)) {
        out << "runlens-server " << RUNLENS_VERSION << '\n';
        return 0;
    }
    rl::LocalServerOptions options;
    bool ok = true;
    options.host = parser.value(hostOption);
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << QCoreApplication::translate("main", "runlens-server: --port takes a number from 0 to 65535") << '\n';
        return 2;
    }
    options.port = quint16(port);
    options.apiKey = parser.value(keyOption);
    options.betaCheck = !parser.isSet(betaOption);
    options.delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || options.delayMs < 0) {
        err << QCoreApplication::translate("main",
                                           "runlens-server: --delay-ms takes a number of milliseconds, 0 or more")
            << '\n';
        return 2;
    }
    options.expireSeconds = parser.value(expireOption).toInt(&ok);
    if (!ok || options.expireSeconds < 0) {
        err << QCoreApplication::translate("main", "runlens-server: --expire-s takes a number of seconds") << '\n';
        return 2;
    }

    options.requestTimeoutMs = parser.value(timeoutOption).toInt(&ok);
    if (!ok || options.requestTimeoutMs < 1) {
        err << QCoreApplication::translate("main",
                                           "runlens-server: --request-timeout-ms takes a number of milliseconds")
            << '\n';
        return 2;
    }

    if (parser.isSet(upstreamOption)) {
        options.upstreamBaseUrl = parser.value(upstreamOption);
        options.upstreamKey = qEnvironmentVariable(parser.value(upstreamKeyOption).toLocal8Bit().constData());
        options.defaultModel = parser.value(defaultModelOption);
    } else if (parser.isSet(defaultModelOption)) {
        err << QCoreApplication::translate("main", "runlens-server: --default-model needs --upstream") << '\n';
        return 2;
    }

    options.dataDir = parser.value(dataDirOption);

    rl::server::SignalWatcher watcher;
    if (!watcher.install()) {
        err << QCoreApplication::translate("main", "runlens-server: cannot watch SIGINT/SIGTERM") << '\n';
        return 1;
    }
    QObject::connect(&watcher, &rl::server::SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    rl::LocalServer server;
    QObject::connect(&server, &rl::LocalServer::notice, &server, [&err](const QString &text) {
        err << "runlens-server: " << text << '\n';
        err.flush();
    });
    if (!server.start(options)) {
        err << "runlens-server: " << server.errorString() << '\n';
        return 1;
    }
    out << "listening on " << server.baseUrl().toString() << '\n';
    out.flush();
    if (!options.upstreamBaseUrl.isEmpty()) {
        err << QCoreApplication::translate("main", "runlens-server: runs execute on %1%2")
                   .arg(options.upstreamBaseUrl,
                        options.upstreamKey.isEmpty() ? QCoreApplication::translate("main", " (no key)")
                                                      : QCoreApplication::translate("main", " (with a key)"))
            << '\n';
        err.flush();
    }
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}
