#include "appcontext.h"
#include "appinfo.h"
#include "automation.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // --version and --help must work without a display, so they are answered before QApplication.
    {
        QStringList raw;
        for (int i = 0; i < argc; ++i) {
            raw.append(QString::fromLocal8Bit(argv[i]));
        }
        const rl::LaunchOptions early = rl::LaunchOptions::parse(raw);
        if (early.versionRequested) {
            QTextStream(stdout) << "runlens " << RUNLENS_VERSION << '\n';
            return 0;
        }
        if (early.helpRequested) {
            QTextStream(stdout) << rl::LaunchOptions::usage();
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(RUNLENS_APP_NAME));
    QApplication::setOrganizationName(QStringLiteral(RUNLENS_ORG_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(RUNLENS_ORG_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(RUNLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.runlens.RunLens"));
    rl::installTranslations(app);

    // Qt has removed its own options (-platform, ...) from the arguments by now.
    const rl::LaunchOptions options = rl::LaunchOptions::parse(QApplication::arguments());
    QTextStream err(stderr);
    if (!options.ok) {
        err << options.error << "\n\n" << rl::LaunchOptions::usage();
        return 2;
    }

    rl::AppContext context(rl::AppContext::defaultPaths());
    if (options.baseUrl.isValid()) {
        context.setSessionBaseUrl(options.baseUrl);
    }

    rl::MainWindow window(&context);
    if (!options.requestFile.isEmpty()) {
        QString error;
        if (!window.openRequestFile(options.requestFile, &error)) {
            err << error << '\n';
            if (options.quitWhenDone) {
                return 2;
            }
        }
    }

    rl::Automation automation(options, context.runs());
    QObject::connect(&automation, &rl::Automation::sendNow, &window, &rl::MainWindow::send);
    QObject::connect(&window, &rl::MainWindow::sendRefused, &automation, &rl::Automation::sendRefused);
    QObject::connect(&context, &rl::AppContext::connectionReady, &automation, &rl::Automation::connectionReady);
    QObject::connect(&automation, &rl::Automation::message, &app, [&err](const QString &text) {
        err << text << '\n';
        err.flush();
    });
    QObject::connect(&automation, &rl::Automation::quitRequested, &app, [](int code) { QApplication::exit(code); });
    if (options.quitWhenDone) {
        QObject::connect(&context, &rl::AppContext::connectionFailed, &app, [&err](const QString &message) {
            err << message << '\n';
            QApplication::exit(3);
        });
    }
    window.setConfirmOnClose(!options.quitWhenDone);
    window.setKeepLastRequest(!options.quitWhenDone);
    if (options.requestFile.isEmpty() && !options.quitWhenDone) {
        window.restoreLastRequest();
    }

    window.show();
    if (!automation.isEnabled()) {
        window.showWelcomeIfFirstStart();
    }
    automation.windowShown();
    context.start();
    return QApplication::exec();
}
