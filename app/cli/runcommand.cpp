// runlens-cli run FILE [options]
#include "apiclient.h"
#include "bodyfile.h"
#include "commands.h"
#include "createthreadandrunrequest.h"
#include "runoptions.h"
#include "runreporter.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::RunCommand)
};

constexpr int kInvalid = 2;

// True when stdout and stderr both go to a terminal (then status lines break the text line).
bool bothOnTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) && _isatty(_fileno(stderr));
#else
    return (isatty(fileno(stdout)) != 0) && (isatty(fileno(stderr)) != 0);
#endif
}

// The connection from --base-url / OPENAI_BASE_URL / OPENAI_API_KEY; an error text when the URL is unusable.
QString makeConnection(const RunOptions &options, Connection *connection)
{
    const QString envBase = qEnvironmentVariable("OPENAI_BASE_URL");
    QString source = QStringLiteral("--base-url");
    if (!options.baseUrl.isEmpty()) {
        connection->baseUrl = options.baseUrl;
    } else if (!envBase.isEmpty()) {
        connection->baseUrl = envBase;
        source = QStringLiteral("OPENAI_BASE_URL");
    } else {
        source = Text::tr("the default");
    }
    connection->apiKey = qEnvironmentVariable("OPENAI_API_KEY");
    if (connection->apiKey.isEmpty()) {
        connection->authStyle = Connection::AuthStyle::None;
    }
    return checkBaseUrl(connection->baseUrl, source);
}

// Everything that can be checked before sending; prints the reason and returns false when something is wrong.
bool prepare(const RunOptions &options, Io io, CreateThreadAndRunRequest *request, Connection *connection)
{
    QJsonValue value;
    if (!readBodyFile(options.file, io.err, &value)) {
        return false;
    }
    // The check command's output, all on stderr: stdout is for the assistant's text.
    if (printProblems(checkCreateThreadAndRunBody(value), io.err, io.err)) {
        return false;
    }
    *request = CreateThreadAndRunRequest::fromJson(value).request;
    QStringList errors;
    errors << makeConnection(options, connection);
    if (!options.outputPath.isEmpty()) {
        errors << checkWritable(options.outputPath, QStringLiteral("--output"));
    }
    if (!options.saveStreamPath.isEmpty()) {
        errors << checkWritable(options.saveStreamPath, QStringLiteral("--save-stream"));
    }
    errors.removeAll(QString());
    for (const QString &error : std::as_const(errors)) {
        io.err << "runlens-cli run: " << error << '\n';
    }
    io.err.flush();
    return errors.isEmpty();
}

} // namespace

int runCommand(const QStringList &args, Io io)
{
    RunOptions options;
    const QString optionError = parseRunOptions(args, options);
    if (options.help) {
        io.out << runUsage(true);
        io.out.flush();
        return 0;
    }
    if (!optionError.isEmpty()) {
        io.err << "runlens-cli run: " << optionError << '\n' << runUsage(false);
        io.err.flush();
        return kInvalid;
    }
    CreateThreadAndRunRequest request;
    Connection connection;
    if (!prepare(options, io, &request, &connection)) {
        return kInvalid;
    }
    std::unique_ptr<QFile> events;
    if (!options.eventsPath.isEmpty()) {
        events = std::make_unique<QFile>(options.eventsPath);
        if (!events->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            io.err << "runlens-cli run: "
                   << Text::tr("cannot write %1 (--events): %2").arg(options.eventsPath, events->errorString()) << '\n';
            return kInvalid;
        }
    }
    if (options.streamOverride >= 0) {
        request.stream = options.streamOverride == 1;
    } else {
        request.stream = request.stream.valueOr(false);
    }

    ApiClient client(connection);
    RunSession session(&client);
    session.setRecording(!options.saveStreamPath.isEmpty());
    RunReporter reporter(session, options, io, events.get(), bothOnTerminal());
    QEventLoop loop;
    int exitCode = 3;
    QObject::connect(&reporter, &RunReporter::done, &loop, [&](int code) {
        exitCode = code;
        loop.exit(code);
    });
    if (options.cancelAfterSeconds >= 0) {
        QTimer::singleShot(int(options.cancelAfterSeconds * 1000), &session, [&session] { session.cancel(); });
    }
    session.start(request);
    loop.exec();
    if (!options.saveStreamPath.isEmpty()) {
        QSaveFile file(options.saveStreamPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(session.recording().bytes()) < 0 || !file.commit()) {
            io.err << "runlens-cli run: "
                   << Text::tr("cannot write %1 (--save-stream): %2").arg(options.saveStreamPath, file.errorString())
                   << '\n';
        }
    }
    io.out.flush();
    io.err.flush();
    events.reset();
    return exitCode;
}

} // namespace rl::cli
