#include "appinfo.h"
#include "localserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("runlens-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNLENS_VERSION));
    if (QCoreApplication::arguments().contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "runlens-server " << RUNLENS_VERSION << '\n';
        return 0;
    }
    QTextStream(stderr) << "runlens-server: not built yet\n";
    return 2;
}
