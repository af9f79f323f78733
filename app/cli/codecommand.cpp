// runlens-cli code FILE --lang curl|python|node|http [--base-url URL] [--auth bearer|api-key|none]
#include "bodyfile.h"
#include "codeexport.h"
#include "commands.h"
#include "connection.h"
#include "createthreadandrunrequest.h"
#include "runoptions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::CodeCommand)
};

enum ExitCode { Printed = 0, Invalid = 1, Unusable = 2 };

QString usage()
{
    return Text::tr("Usage: runlens-cli code FILE --lang curl|python|node|http [--base-url URL] "
                    "[--auth bearer|api-key|none]\n"
                    "Prints code that sends the body (FILE may be - for standard input): curl, Python or Node with "
                    "the official openai package, or the raw HTTP request. The code reads the key from the "
                    "OPENAI_API_KEY environment variable; no key is ever written into it.\n"
                    "The base URL is --base-url, else OPENAI_BASE_URL, else https://api.openai.com/v1. "
                    "--auth none is for servers that take no key (the built-in server).\n"
                    "Exit status: 0 printed, 1 invalid body, 2 unreadable file or wrong options.\n");
}

struct CodeOptions
{
    QString file;
    QString language;
    QString baseUrl;
    QString auth = QStringLiteral("bearer");
    bool help = false;
};

QString parse(const QStringList &args, CodeOptions &options)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto takeValue = [&](QString *into) {
            if (i + 1 >= args.size()) {
                return Text::tr("%1 needs a value").arg(arg);
            }
            *into = args.at(++i);
            return QString();
        };
        QString error;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.help = true;
        } else if (arg == QLatin1String("--lang")) {
            error = takeValue(&options.language);
        } else if (arg == QLatin1String("--base-url")) {
            error = takeValue(&options.baseUrl);
        } else if (arg == QLatin1String("--auth")) {
            error = takeValue(&options.auth);
        } else if (arg.startsWith(QLatin1String("--"))) {
            error = Text::tr("unknown option %1").arg(arg);
        } else if (options.file.isEmpty()) {
            options.file = arg;
        } else {
            error = Text::tr("only one FILE may be given");
        }
        if (!error.isEmpty()) {
            return error;
        }
    }
    if (options.help) {
        return {};
    }
    if (options.file.isEmpty()) {
        return Text::tr("no FILE given");
    }
    if (options.language.isEmpty()) {
        return Text::tr("--lang is required: %1").arg(CodeExport::names().join(QLatin1String(", ")));
    }
    if (!CodeExport::fromName(options.language)) {
        return Text::tr("--lang %1 is not one of %2")
            .arg(options.language, CodeExport::names().join(QLatin1String(", ")));
    }
    if (options.auth != QLatin1String("bearer") && options.auth != QLatin1String("api-key")
        && options.auth != QLatin1String("none")) {
        return Text::tr("--auth %1 is not one of bearer, api-key, none").arg(options.auth);
    }
    return {};
}

} // namespace

int codeCommand(const QStringList &args, Io io)
{
    CodeOptions options;
    if (const QString error = parse(args, options); !error.isEmpty()) {
        io.err << "runlens-cli code: " << error << "\n\n" << usage();
        io.err.flush();
        return Unusable;
    }
    if (options.help) {
        io.out << usage();
        io.out.flush();
        return Printed;
    }
    Connection connection;
    QString source = QStringLiteral("--base-url");
    if (!options.baseUrl.isEmpty()) {
        connection.baseUrl = options.baseUrl;
    } else if (const QString env = qEnvironmentVariable("OPENAI_BASE_URL"); !env.isEmpty()) {
        connection.baseUrl = env;
        source = QStringLiteral("OPENAI_BASE_URL");
    }
    if (const QString error = checkBaseUrl(connection.baseUrl, source); !error.isEmpty()) {
        io.err << "runlens-cli code: " << error << '\n';
        io.err.flush();
        return Unusable;
    }
    connection.authStyle = Connection::authStyleFromName(options.auth);

    QJsonValue body;
    if (!readBodyFile(options.file, io.err, &body)) {
        return Unusable;
    }
    if (printProblems(checkCreateThreadAndRunBody(body), io.out, io.err)) {
        return Invalid;
    }
    const auto parsed = CreateThreadAndRunRequest::fromJson(body);
    io.out << CodeExport::render(*CodeExport::fromName(options.language), connection, parsed.request);
    io.out.flush();
    return Printed;
}

} // namespace rl::cli
