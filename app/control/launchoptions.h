#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace rl {

// What the GUI was asked to do from the command line:
//   runlens [FILE.json] [--base-url URL] [--send] [--quit-when-done] [--save-run PATH] [--save-text PATH]
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QString requestFile; // open this request into the composer
    QUrl baseUrl; // use this server for this session only (no key, no profile change)
    bool send = false; // send once the window is up
    bool quitWhenDone = false; // exit when the run is terminal, with runlens-cli's exit status
    QString saveRunPath; // write the final run object here
    QString saveTextPath; // write the assistant's reply text here

    bool ok = true;
    QString error; // why the arguments could not be used
    bool versionRequested = false;
    bool helpRequested = false;

    [[nodiscard]] static LaunchOptions parse(const QStringList &arguments);
    [[nodiscard]] static QString usage();
};

} // namespace rl
