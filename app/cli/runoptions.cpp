#include "runoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::RunCommand)
};

} // namespace

QString runUsage(bool full)
{
    QString text
        = Text::tr("Usage: runlens-cli run FILE [--base-url URL] [--stream | --no-stream] [--events PATH]\n"
                   "                       [--output PATH] [--save-stream PATH] [--tool-output NAME=VALUE]...\n"
                   "                       [--cancel-after SECONDS]\n");
    if (!full) {
        return text;
    }
    text += Text::tr(
        "\n"
        "Sends the create-thread-and-run body in FILE (- for standard input) and follows the run to its end.\n"
        "The body is checked first: if it is invalid, its problems are printed as runlens-cli check prints\n"
        "them (PATH: message), but all on standard error, and nothing is sent.\n"
        "\n"
        "Options:\n"
        "  --base-url URL           the server (default OPENAI_BASE_URL, else https://api.openai.com/v1);\n"
        "                           it must be http:// or https:// with a host\n"
        "  --stream, --no-stream    override the body's \"stream\"\n"
        "  --events PATH            write every event as NDJSON {\"t\": ms, \"event\": ..., \"data\": ...};\n"
        "                           while polling (--no-stream, or after a dropped stream) each observed\n"
        "                           status change is one record with \"event\": \"poll\" and the run object\n"
        "  --output PATH            write the final run object\n"
        "  --save-stream PATH       write the events read as an .sse file, each with its time\n"
        "                           (runlens-cli replay PATH prints this run again)\n"
        "  --tool-output NAME=VALUE answer the tool calls of function NAME (repeatable; the last value given\n"
        "                           for a name is used)\n"
        "  --cancel-after SECONDS   cancel the run after that time\n"
        "  --help                   print this help\n"
        "\n"
        "Standard output holds only the assistant's text. Standard error holds one line per status\n"
        "(status: NAME), warnings, the reason a run did not complete, and errors.\n"
        "The key is read from OPENAI_API_KEY (absent: no auth header).\n"
        "\n"
        "Exit status: 0 completed, 10 requires_action left unanswered, 11 incomplete, 12 failed,\n"
        "13 cancelled, 14 expired, 2 invalid request or options, 3 API or network error.\n");
    return text;
}

QString parseRunOptions(const QStringList &args, RunOptions &o)
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
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            o.help = true;
            return {};
        }
        if (arg == QLatin1String("--stream")) {
            o.streamOverride = 1;
        } else if (arg == QLatin1String("--no-stream")) {
            o.streamOverride = 0;
        } else if (arg == QLatin1String("--base-url")) {
            if (!takeValue(o.baseUrl)) {
                return Text::tr("--base-url needs a URL");
            }
        } else if (arg == QLatin1String("--events")) {
            if (!takeValue(o.eventsPath)) {
                return Text::tr("--events needs a file path");
            }
        } else if (arg == QLatin1String("--output")) {
            if (!takeValue(o.outputPath)) {
                return Text::tr("--output needs a file path");
            }
        } else if (arg == QLatin1String("--save-stream")) {
            if (!takeValue(o.saveStreamPath)) {
                return Text::tr("--save-stream needs a file path");
            }
        } else if (arg == QLatin1String("--tool-output")) {
            QString pair;
            if (!takeValue(pair) || !pair.contains(QLatin1Char('='))) {
                return Text::tr("--tool-output needs NAME=VALUE");
            }
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString name = pair.left(eq);
            if (o.toolOutputs.contains(name) && !o.repeatedToolOutputs.contains(name)) {
                o.repeatedToolOutputs << name;
            }
            o.toolOutputs.insert(name, pair.mid(eq + 1));
        } else if (arg == QLatin1String("--cancel-after")) {
            QString seconds;
            bool ok = false;
            if (takeValue(seconds)) {
                o.cancelAfterSeconds = seconds.toDouble(&ok);
            }
            if (!ok || o.cancelAfterSeconds < 0) {
                return Text::tr("--cancel-after needs a number of seconds");
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            return Text::tr("unknown option %1").arg(arg);
        } else if (o.file.isEmpty()) {
            o.file = arg;
        } else {
            return Text::tr("only one FILE may be given");
        }
    }
    if (o.file.isEmpty()) {
        return Text::tr("no FILE given");
    }
    return {};
}

QString checkBaseUrl(const QString &text, const QString &source)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty()) {
        return {};
    }
    return Text::tr("the base URL '%1' (%2) cannot be used: it must start with http:// or https:// and name a "
                    "host, for example http://127.0.0.1:8080/v1")
        .arg(text, source);
}

QString checkWritable(const QString &path, const QString &option)
{
    if (QFileInfo(path).isDir()) {
        return Text::tr("cannot write %1 (%2): it is a directory").arg(path, option);
    }
    const bool existed = QFileInfo::exists(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Text::tr("cannot write %1 (%2): %3").arg(path, option, file.errorString());
    }
    file.close();
    if (!existed) {
        file.remove();
    }
    return {};
}

} // namespace rl::cli
