// fake-chat-server: the scripted fake Chat Completions server as a process, for tests that run
// runlens-server --upstream (the openai-client conformance test). Prints
// "listening on http://127.0.0.1:PORT/v1" and serves until killed.
// Options: --ollama (Ollama-like mode), --key KEY (require this bearer key).
#include "fakechatserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    rl::test::FakeChatServer server(args.contains(QStringLiteral("--ollama")) ? rl::test::FakeChatServer::Mode::Ollama
                                                                              : rl::test::FakeChatServer::Mode::OpenAI);
    const qsizetype key = args.indexOf(QStringLiteral("--key"));
    if (key >= 0 && key + 1 < args.size()) {
        server.setRequiredKey(args.at(key + 1));
    }
    if (!server.listen()) {
        QTextStream(stderr) << "fake-chat-server: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << "listening on " << server.baseUrl() << Qt::endl;
    return QCoreApplication::exec();
}
