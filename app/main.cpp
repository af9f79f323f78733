#include "appinfo.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --version must work without a display, so answer it before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "runlens " << RUNLENS_VERSION << '\n';
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(RUNLENS_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral(RUNLENS_ORG_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(RUNLENS_ORG_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(RUNLENS_VERSION));

    rl::MainWindow window;
    window.show();
    return QApplication::exec();
}
