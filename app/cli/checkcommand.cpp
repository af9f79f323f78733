// runlens-cli check FILE / runlens-cli format FILE
#include "bodyfile.h"
#include "commands.h"
#include "createthreadandrunrequest.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::CheckCommand)
};

enum ExitCode { Valid = 0, Invalid = 1, Unreadable = 2, Help = -1 };

QString usage(const QString &command)
{
    const QString what = command == QLatin1String("check")
        ? Text::tr("Validates a create-thread-and-run body. Errors go to standard output, warnings to standard "
                   "error, each as PATH: message.")
        : Text::tr("Prints the body exactly as RunLens would send it (problems as for check).");
    return Text::tr("Usage: runlens-cli %1 FILE  (FILE may be - for standard input)\n"
                    "%2\n"
                    "Exit status: 0 valid, 1 invalid, 2 unreadable file or not JSON.\n")
        .arg(command, what);
}

// Reads the one FILE argument; prints usage or the reason on failure. Returns Valid, Help or Unreadable.
int readArgument(const QStringList &args, const QString &command, Io io, QJsonValue *body)
{
    if (args.size() == 1 && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        io.out << usage(command);
        io.out.flush();
        return Help;
    }
    if (args.size() != 1) {
        io.err << usage(command);
        io.err.flush();
        return Unreadable;
    }
    return readBodyFile(args.first(), io.err, body) ? Valid : Unreadable;
}

} // namespace

int checkCommand(const QStringList &args, Io io)
{
    QJsonValue body;
    if (const int code = readArgument(args, QStringLiteral("check"), io, &body); code != Valid) {
        return code == Help ? Valid : code;
    }
    return printProblems(checkCreateThreadAndRunBody(body), io.out, io.err) ? Invalid : Valid;
}

int formatCommand(const QStringList &args, Io io)
{
    QJsonValue body;
    if (const int code = readArgument(args, QStringLiteral("format"), io, &body); code != Valid) {
        return code == Help ? Valid : code;
    }
    if (printProblems(checkCreateThreadAndRunBody(body), io.out, io.err)) {
        return Invalid;
    }
    const auto parsed = CreateThreadAndRunRequest::fromJson(body);
    // The bytes as they are: no UTF-16 copy of a large body.
    io.out.flush();
    const QByteArray bytes = parsed.request.toJsonBytes(JsonFormat::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return Valid;
}

} // namespace rl::cli
