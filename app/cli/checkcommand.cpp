// runlens-cli check FILE / runlens-cli format FILE
#include "commands.h"
#include "createthreadandrunrequest.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::CheckCommand)
};

enum ExitCode { Valid = 0, Invalid = 1, Unreadable = 2 };

// Reads FILE ('-' for standard input) and its JSON; reports and returns false on failure.
bool readBody(const QStringList &args, const QString &command, Io io, QJsonValue *body)
{
    if (args.size() != 1) {
        io.err << Text::tr("Usage: runlens-cli %1 FILE  (FILE may be - for standard input)").arg(command) << '\n';
        return false;
    }
    const QString fileName = args.first();
    QFile file;
    bool opened = false;
    if (fileName == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        io.err << Text::tr("Cannot read %1: %2").arg(fileName, file.errorString()) << '\n';
        return false;
    }
    const QByteArray data = file.readAll();
    const JsonTextResult json = readJsonText(data);
    if (!json.ok) {
        io.err << fileName << ": " << json.error << '\n';
        return false;
    }
    *body = json.value;
    return true;
}

// Prints errors to out and warnings to err, each as "PATH: message"; returns the exit code.
int report(const Problems &problems, Io io)
{
    for (const Problem &p : problems) {
        QTextStream &stream = p.isError() ? io.out : io.err;
        stream << p.path << ": " << p.message << '\n';
    }
    io.out.flush();
    io.err.flush();
    return hasErrors(problems) ? Invalid : Valid;
}

} // namespace

int checkCommand(const QStringList &args, Io io)
{
    QJsonValue body;
    if (!readBody(args, QStringLiteral("check"), io, &body)) {
        return Unreadable;
    }
    return report(checkCreateThreadAndRunBody(body), io);
}

int formatCommand(const QStringList &args, Io io)
{
    QJsonValue body;
    if (!readBody(args, QStringLiteral("format"), io, &body)) {
        return Unreadable;
    }
    const int code = report(checkCreateThreadAndRunBody(body), io);
    if (code != Valid) {
        return code;
    }
    const auto parsed = CreateThreadAndRunRequest::fromJson(body);
    io.out << QString::fromUtf8(parsed.request.toJsonBytes(JsonFormat::Indented));
    io.out.flush();
    return Valid;
}

} // namespace rl::cli
