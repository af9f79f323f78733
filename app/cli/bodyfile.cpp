#include "bodyfile.h"

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

} // namespace

bool readBodyFile(const QString &fileName, QTextStream &err, QJsonValue *body)
{
    QFile file;
    bool opened = false;
    if (fileName == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        err << Text::tr("Cannot read %1: %2").arg(fileName, file.errorString()) << '\n';
        err.flush();
        return false;
    }
    // Read at most the cap (and one byte more, to know it was passed): /dev/zero or a huge file
    // gets a clear message instead of exhausting memory.
    QByteArray bytes;
    for (;;) { // a pipe gives what it has at each read
        const QByteArray piece = file.read(MaxBodyFileBytes + 1 - bytes.size());
        if (piece.isEmpty()) {
            break;
        }
        bytes += piece;
        if (bytes.size() > MaxBodyFileBytes) {
            break;
        }
    }
    if (bytes.size() > MaxBodyFileBytes) {
        err << Text::tr("%1 is larger than %2 MiB: RunLens reads request bodies up to that size.")
                   .arg(fileName == QLatin1String("-") ? Text::tr("standard input") : fileName)
                   .arg(MaxBodyFileBytes / (qint64(1024) * 1024))
            << '\n';
        err.flush();
        return false;
    }
    const JsonTextResult json = readJsonText(bytes);
    if (!json.ok) {
        err << fileName << ": " << json.error << '\n';
        err.flush();
        return false;
    }
    *body = json.value;
    return true;
}

bool printProblems(const Problems &problems, QTextStream &errors, QTextStream &warnings)
{
    for (const Problem &p : problems) {
        QTextStream &stream = p.isError() ? errors : warnings;
        stream << p.path << ": " << p.message << '\n';
    }
    errors.flush();
    warnings.flush();
    return hasErrors(problems);
}

} // namespace rl::cli
