#include "apiclient.h"
#include "commands.h"
#include "createthreadandrunrequest.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace rl::cli {

namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(RunText)

public:
    static QString usage()
    {
        return tr("Usage: runlens-cli run FILE [--base-url URL] [--stream | --no-stream] [--events PATH]\n"
                  "                       [--output PATH] [--tool-output NAME=VALUE]... [--cancel-after SECONDS]\n");
    }
};

struct RunOptions
{
    QString file;
    QString baseUrl;
    int streamOverride = -1; // -1 = the body's, 0 = no, 1 = yes
    QString eventsPath;
    QString outputPath;
    QHash<QString, QString> toolOutputs; // function name -> output
    double cancelAfterSeconds = -1;
};

// Reads the options; returns an error text, empty on success.
QString parseOptions(const QStringList &args, RunOptions &o)
{
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInlineValue = true;
        }
        auto takeValue = [&](QString &into) -> bool {
            if (hasInlineValue) {
                into = value;
                return true;
            }
            if (i + 1 >= args.size()) {
                return false;
            }
            into = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--stream")) {
            o.streamOverride = 1;
        } else if (arg == QLatin1String("--no-stream")) {
            o.streamOverride = 0;
        } else if (arg == QLatin1String("--base-url")) {
            if (!takeValue(o.baseUrl)) {
                return RunText::tr("--base-url needs a URL");
            }
        } else if (arg == QLatin1String("--events")) {
            if (!takeValue(o.eventsPath)) {
                return RunText::tr("--events needs a file path");
            }
        } else if (arg == QLatin1String("--output")) {
            if (!takeValue(o.outputPath)) {
                return RunText::tr("--output needs a file path");
            }
        } else if (arg == QLatin1String("--tool-output")) {
            QString pair;
            if (!takeValue(pair) || !pair.contains(QLatin1Char('='))) {
                return RunText::tr("--tool-output needs NAME=VALUE");
            }
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            o.toolOutputs.insert(pair.left(eq), pair.mid(eq + 1));
        } else if (arg == QLatin1String("--cancel-after")) {
            QString seconds;
            bool ok = false;
            if (takeValue(seconds)) {
                o.cancelAfterSeconds = seconds.toDouble(&ok);
            }
            if (!ok || o.cancelAfterSeconds < 0) {
                return RunText::tr("--cancel-after needs a number of seconds");
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            return RunText::tr("unknown option %1").arg(arg);
        } else if (o.file.isEmpty()) {
            o.file = arg;
        } else {
            return RunText::tr("only one FILE may be given");
        }
    }
    if (o.file.isEmpty()) {
        return RunText::tr("no FILE given");
    }
    return {};
}

int exitCodeFor(const QString &status)
{
    if (status == QLatin1String("completed")) {
        return 0;
    }
    if (status == QLatin1String("requires_action")) {
        return 10;
    }
    if (status == QLatin1String("incomplete")) {
        return 11;
    }
    if (status == QLatin1String("failed")) {
        return 12;
    }
    if (status == QLatin1String("cancelled")) {
        return 13;
    }
    if (status == QLatin1String("expired")) {
        return 14;
    }
    return 3;
}

bool writeJsonFile(const QString &path, const QJsonObject &object, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << RunText::tr("runlens-cli run: cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return true;
}

QByteArray readInput(const QString &path, QString *error)
{
    QFile file;
    bool ok = false;
    if (path == QLatin1String("-")) {
        ok = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        ok = file.open(QIODevice::ReadOnly);
    }
    if (!ok) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

int runCommand(const QStringList &args, Io io)
{
    RunOptions options;
    const QString optionError = parseOptions(args, options);
    if (!optionError.isEmpty()) {
        io.err << "runlens-cli run: " << optionError << '\n' << RunText::usage();
        io.err.flush();
        return 2;
    }

    QString readError;
    const QByteArray bytes = readInput(options.file, &readError);
    if (!readError.isEmpty()) {
        io.err << RunText::tr("runlens-cli run: cannot read %1: %2").arg(options.file, readError) << '\n';
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        io.out << bodyPath() << ": "
               << RunText::tr("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
               << '\n';
        return 2;
    }
    const Problems problems
        = checkCreateThreadAndRunBody(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    if (hasErrors(problems)) {
        for (const Problem &p : problems) {
            if (p.isError()) {
                io.out << p.path << ": " << p.message << '\n';
            }
        }
        return 2;
    }
    const QJsonObject body = doc.object();
    const bool stream
        = options.streamOverride >= 0 ? options.streamOverride == 1 : body.value(QLatin1String("stream")).toBool(false);

    Connection connection;
    const QString envBase = qEnvironmentVariable("OPENAI_BASE_URL");
    connection.baseUrl = !options.baseUrl.isEmpty() ? options.baseUrl
        : !envBase.isEmpty()                        ? envBase
                                                    : connection.baseUrl;
    connection.apiKey = qEnvironmentVariable("OPENAI_API_KEY");
    if (connection.apiKey.isEmpty()) {
        connection.authStyle = Connection::AuthStyle::None;
    }

    std::unique_ptr<QFile> events;
    if (!options.eventsPath.isEmpty()) {
        events = std::make_unique<QFile>(options.eventsPath);
        if (!events->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            io.err << RunText::tr("runlens-cli run: cannot write %1: %2").arg(options.eventsPath, events->errorString())
                   << '\n';
            return 2;
        }
    }

    ApiClient client(connection);
    RunSession session(&client);
    QEventLoop loop;
    int exitCode = 3;
    bool textOpen = false; // streamed text printed without a final newline
    bool streamedText = false; // some text was printed as it streamed

    auto done = [&](int code) {
        exitCode = code;
        loop.exit(code);
    };
    auto endText = [&] {
        if (textOpen) {
            io.out << '\n';
            io.out.flush();
            textOpen = false;
        }
    };

    QObject::connect(&session, &RunSession::statusChanged, &loop, [&](const QString &status, qint64) {
        endText();
        io.err << "status: " << status << '\n';
        io.err.flush();
    });
    QObject::connect(&session, &RunSession::textAppended, &loop, [&](const QString &, int, const QString &fragment) {
        io.out << fragment;
        io.out.flush();
        textOpen = true;
        streamedText = true;
    });
    QObject::connect(&session, &RunSession::eventReceived, &loop, [&](const StreamEvent &event, qint64 atMs) {
        if (!events) {
            return;
        }
        QJsonObject line { { QStringLiteral("t"), atMs }, { QStringLiteral("event"), event.name } };
        if (event.data.isUndefined()) {
            line.insert(QStringLiteral("data"), QString::fromUtf8(event.raw));
        } else {
            line.insert(QStringLiteral("data"), event.data);
        }
        events->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        events->flush();
    });
    QObject::connect(&session, &RunSession::errorOccurred, &loop, [&](const ApiError &error) {
        endText();
        io.err << RunText::tr("warning: %1").arg(error.summary()) << '\n';
        io.err.flush();
    });
    QObject::connect(&session, &RunSession::requiresAction, &loop, [&](const QJsonArray &toolCalls, qint64) {
        QList<ToolOutput> outputs;
        QStringList missing;
        for (const QJsonValue &v : toolCalls) {
            const QJsonObject call = v.toObject();
            const QString name
                = call.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString();
            if (options.toolOutputs.contains(name)) {
                outputs.append({ call.value(QLatin1String("id")).toString(), options.toolOutputs.value(name) });
            } else {
                missing << name;
            }
        }
        if (missing.isEmpty() && !outputs.isEmpty()) {
            // Later, on the loop: the session may still be reading the stream that announced it.
            QTimer::singleShot(0, &session, [&session, outputs] { session.submitToolOutputs(outputs); });
            return;
        }
        endText();
        io.err << RunText::tr("runlens-cli run: the run requires action; no --tool-output for: %1")
                      .arg(missing.join(QStringLiteral(", ")))
               << '\n';
        if (!options.outputPath.isEmpty()) {
            writeJsonFile(options.outputPath, session.run(), io.err);
        }
        done(10);
    });
    QObject::connect(&session, &RunSession::finished, &loop, [&](const QJsonObject &finalRun) {
        if (!streamedText) { // polling mode, or a server that answered JSON: print the final text
            const QString text = session.assistantText();
            if (!text.isEmpty()) {
                io.out << text;
                textOpen = true;
            }
        }
        endText();
        if (!options.outputPath.isEmpty() && !writeJsonFile(options.outputPath, finalRun, io.err)) {
            done(3);
            return;
        }
        const QString status = finalRun.value(QLatin1String("status")).toString();
        if (status == QLatin1String("failed")) {
            const QJsonObject lastError = finalRun.value(QLatin1String("last_error")).toObject();
            if (!lastError.isEmpty()) {
                io.err << RunText::tr("run failed: %1").arg(lastError.value(QLatin1String("message")).toString())
                       << '\n';
            }
        }
        done(exitCodeFor(status));
    });
    QObject::connect(&session, &RunSession::failed, &loop, [&](const ApiError &error) {
        endText();
        io.err << "runlens-cli run: " << error.details() << '\n';
        done(3);
    });
    if (options.cancelAfterSeconds >= 0) {
        QTimer::singleShot(int(options.cancelAfterSeconds * 1000), &session, [&session] { session.cancel(); });
    }

    session.start(QJsonDocument(body).toJson(QJsonDocument::Compact), stream);
    loop.exec();
    io.out.flush();
    io.err.flush();
    events.reset();
    return exitCode;
}

} // namespace rl::cli
