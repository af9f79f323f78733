#pragma once

#include <QStringList>

class QTextStream;

namespace rl::cli {

// Each command takes its own arguments (without the program and command names) and
// returns the process exit status. Output goes to the streams given.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

int checkCommand(const QStringList &args, Io io); // runlens-cli check FILE
int formatCommand(const QStringList &args, Io io); // runlens-cli format FILE
int runCommand(const QStringList &args, Io io); // runlens-cli run FILE [options]
int codeCommand(const QStringList &args, Io io); // runlens-cli code FILE --lang LANG [options]
int replayCommand(const QStringList &args, Io io); // runlens-cli replay FILE.sse [options]

} // namespace rl::cli
