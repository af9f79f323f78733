#include "appinfo.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream &s)
{
    s << "Usage: runlens-cli COMMAND [ARGS]\n"
         "\n"
         "Commands:\n"
         "  check FILE     validate a create-thread-and-run body (FILE may be '-' for stdin)\n"
         "  format FILE    print the body exactly as RunLens would send it\n"
         "  run FILE       send the body and follow the run to its end\n"
         "  code FILE      print curl, Python, Node or HTTP code that sends the body\n"
         "  replay FILE    print what run printed for a saved event stream (.sse)\n"
         "\n"
         "Options:\n"
         "  --version      print the version\n"
         "  --help         print this help\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runlens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(RUNLENS_ORG_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNLENS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    rl::cli::Io io { out, err };

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "runlens-cli " << RUNLENS_VERSION << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (command == QLatin1String("check")) {
        return rl::cli::checkCommand(args, io);
    }
    if (command == QLatin1String("format")) {
        return rl::cli::formatCommand(args, io);
    }
    if (command == QLatin1String("run")) {
        return rl::cli::runCommand(args, io);
    }
    if (command == QLatin1String("code")) {
        return rl::cli::codeCommand(args, io);
    }
    if (command == QLatin1String("replay")) {
        return rl::cli::replayCommand(args, io);
    }
    err << "runlens-cli: unknown command '" << command << "'\n\n";
    printUsage(err);
    return 2;
}
