#include "commands.h"

#include <QTextStream>

namespace rl::cli {

int runCommand(const QStringList &, Io io)
{
    io.err << "runlens-cli run: not built yet\n";
    return 3;
}

} // namespace rl::cli
