#include "launchoptions.h"

#include <QFileInfo>

namespace rl {

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    LaunchOptions options;
    auto fail = [&options](const QString &message) {
        options.ok = false;
        options.error = message;
        return options;
    };

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto takeValue = [&](QString *value) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                return false;
            }
            *value = arguments.at(++i);
            return true;
        };
        if (arg == QLatin1String("--version")) {
            options.versionRequested = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.helpRequested = true;
        } else if (arg == QLatin1String("--send")) {
            options.send = true;
        } else if (arg == QLatin1String("--quit-when-done")) {
            options.quitWhenDone = true;
        } else if (arg == QLatin1String("--base-url")) {
            QString value;
            if (!takeValue(&value)) {
                return fail(tr("--base-url needs a server address, for example http://127.0.0.1:8080/v1."));
            }
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                return fail(tr("'%1' is not a server address RunLens can use: it must start with http:// or "
                               "https:// and name a host.")
                                .arg(value));
            }
            options.baseUrl = url;
        } else if (arg == QLatin1String("--save-run")) {
            if (!takeValue(&options.saveRunPath)) {
                return fail(tr("--save-run needs the path of the file to write the final run object to."));
            }
        } else if (arg == QLatin1String("--save-text")) {
            if (!takeValue(&options.saveTextPath)) {
                return fail(tr("--save-text needs the path of the file to write the assistant's reply to."));
            }
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            // Qt's own options (-platform, -style, ...) are consumed by QApplication; anything left is unknown.
            return fail(tr("Unknown option '%1'.").arg(arg));
        } else if (options.requestFile.isEmpty()) {
            options.requestFile = QFileInfo(arg).absoluteFilePath();
        } else {
            return fail(
                tr("Only one request file can be opened at a time ('%1' and '%2').").arg(options.requestFile, arg));
        }
    }
    if (options.quitWhenDone && !options.send) {
        return fail(tr("--quit-when-done only makes sense together with --send."));
    }
    return options;
}

QString LaunchOptions::usage()
{
    return tr("Usage: runlens [FILE.json] [--base-url URL] [--send] [--quit-when-done] [--save-run PATH]\n"
              "               [--save-text PATH]\n"
              "\n"
              "  FILE.json         open this request body in the composer\n"
              "  --base-url URL    use this server for this session (the saved connections stay as they are)\n"
              "  --send            send the request once the window is up\n"
              "  --quit-when-done  exit when the run ends; the exit status is that of 'runlens-cli run'\n"
              "  --save-run PATH   write the final run object to PATH\n"
              "  --save-text PATH  write the assistant's reply (the text runlens-cli prints) to PATH\n"
              "  --version         print the version\n");
}

} // namespace rl
