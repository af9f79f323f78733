// runlens-cli replay FILE.sse [options]
#include "apiclient.h"
#include "commands.h"
#include "runoptions.h"
#include "runreporter.h"
#include "runsession.h"
#include "streamrecording.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <memory>

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::ReplayCommand)
};

constexpr int kInvalid = 2;
constexpr qint64 kMaxStreamFileBytes = qint64(1) << 30;

QString usage()
{
    return Text::tr("Usage: runlens-cli replay FILE.sse [--events PATH] [--output PATH] [--tool-output NAME=VALUE]...\n"
                    "                          [--recorded-speed]\n"
                    "Reads a saved event stream (saved by RunLens, or captured with curl -N) and prints what\n"
                    "runlens-cli run printed for it: a line per status on standard error, the assistant's text on\n"
                    "standard output, the same --events and --output files and the same exit status. Nothing is\n"
                    "sent anywhere. --recorded-speed waits between the events as the server did (when the file\n"
                    "holds the times); by default the stream is read at once.\n");
}

bool readStream(const QString &path, QTextStream &err, StreamRecording::Loaded *loaded)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "runlens-cli replay: " << Text::tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    const QByteArray bytes = file.read(kMaxStreamFileBytes + 1);
    if (bytes.size() > kMaxStreamFileBytes) {
        err << "runlens-cli replay: " << Text::tr("%1 is larger than 1 GiB, more than RunLens replays.").arg(path)
            << '\n';
        return false;
    }
    *loaded = StreamRecording::read(bytes);
    if (!loaded->error.isEmpty()) {
        err << "runlens-cli replay: " << Text::tr("%1 cannot be replayed. %2").arg(path, loaded->error) << '\n';
        return false;
    }
    return true;
}

} // namespace

int replayCommand(const QStringList &args, Io io)
{
    QStringList rest = args;
    const bool recordedSpeed = rest.removeAll(QStringLiteral("--recorded-speed")) > 0;
    RunOptions options;
    QString error = parseRunOptions(rest, options);
    if (options.help) {
        io.out << usage();
        return 0;
    }
    if (error.isEmpty()
        && (!options.baseUrl.isEmpty() || options.streamOverride >= 0 || options.cancelAfterSeconds >= 0
            || !options.saveStreamPath.isEmpty())) {
        error = Text::tr("--base-url, --stream, --no-stream, --cancel-after and --save-stream are for runlens-cli run: "
                         "a replay sends nothing");
    }
    if (!error.isEmpty()) {
        io.err << "runlens-cli replay: " << error << '\n' << usage();
        return kInvalid;
    }
    StreamRecording::Loaded loaded;
    if (!readStream(options.file, io.err, &loaded)) {
        return kInvalid;
    }
    QStringList errors;
    for (const auto &[path, option] : { std::pair { options.outputPath, QStringLiteral("--output") },
                                        std::pair { options.eventsPath, QStringLiteral("--events") } }) {
        if (!path.isEmpty()) {
            errors << checkWritable(path, option);
        }
    }
    errors.removeAll(QString());
    for (const QString &e : std::as_const(errors)) {
        io.err << "runlens-cli replay: " << e << '\n';
    }
    if (!errors.isEmpty()) {
        return kInvalid;
    }
    std::unique_ptr<QFile> events;
    if (!options.eventsPath.isEmpty()) {
        events = std::make_unique<QFile>(options.eventsPath);
        if (!events->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            io.err << "runlens-cli replay: "
                   << Text::tr("cannot write %1 (--events): %2").arg(options.eventsPath, events->errorString()) << '\n';
            return kInvalid;
        }
    }

    Connection nowhere; // never used: a replay makes no request
    nowhere.authStyle = Connection::AuthStyle::None;
    ApiClient client(nowhere);
    RunSession session(&client);
    session.setRecording(false);
    RunReporter reporter(session, options, io, events.get(), false);
    QEventLoop loop;
    int exitCode = 3;
    QObject::connect(&reporter, &RunReporter::done, &loop, [&](int code) {
        exitCode = code;
        loop.exit(code);
    });
    session.replay(loaded.events, recordedSpeed ? RunSession::ReplayPace::Recorded : RunSession::ReplayPace::AtOnce);
    loop.exec();
    io.out.flush();
    io.err.flush();
    events.reset();
    return exitCode;
}

} // namespace rl::cli
