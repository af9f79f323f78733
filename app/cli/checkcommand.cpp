#include "commands.h"

#include <QTextStream>

namespace rl::cli {

int checkCommand(const QStringList &, Io io)
{
    io.err << "runlens-cli check: not built yet\n";
    return 2;
}

int formatCommand(const QStringList &, Io io)
{
    io.err << "runlens-cli format: not built yet\n";
    return 2;
}

} // namespace rl::cli
