// Start-up to first paint and memory after start: RunLens's main window (the same objects main.cpp
// makes: AppContext, MainWindow, the built-in server started) beside a bare Qt Widgets window,
// each in a fresh process, measured the same way: from just before the process is started to the
// window's first paint event, and the resident memory one second later.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_startup [runs=7]
//        (run it with HOME and the XDG directories pointing at a throw-away directory)
#include "appcontext.h"
#include "mainwindow.h"
#include "procstats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace rl;

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Prints "<ns at the first paint> <RSS KiB a second later>" and exits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_paintNs == 0 && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_paintNs = monotonicNs();
            QTimer::singleShot(1000, this, [this] {
                std::printf("%lld %lld\n", static_cast<long long>(m_paintNs), static_cast<long long>(bench::rssKiB()));
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    qint64 m_paintNs = 0;
};

int child(int argc, char **argv, bool real)
{
    QApplication app(argc, argv);
    std::unique_ptr<AppContext> context;
    std::unique_ptr<QWidget> window;
    if (real) {
        QApplication::setApplicationName(QStringLiteral("RunLens"));
        QApplication::setOrganizationName(QStringLiteral("RunLens"));
        context = std::make_unique<AppContext>(AppContext::defaultPaths());
        window = std::make_unique<MainWindow>(context.get());
    } else {
        window = std::make_unique<QWidget>();
        window->resize(1200, 800);
    }
    FirstPaint watcher(window.get());
    app.installEventFilter(&watcher);
    window->show();
    if (context) {
        context->start();
    }
    return QApplication::exec();
}

struct Figures
{
    double medianMs = 0;
    double worstMs = 0;
    qint64 rssKiB = 0;
};

Figures measure(const QString &mode, int runs)
{
    std::vector<double> ms;
    qint64 rss = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 startNs = monotonicNs();
        process.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), mode });
        if (!process.waitForFinished(30000)) {
            std::fprintf(stderr, "the %s window did not paint within 30 s\n", qPrintable(mode));
            process.kill();
            process.waitForFinished();
            continue;
        }
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 2) {
            continue;
        }
        ms.push_back(double(fields.at(0).toLongLong() - startNs) / 1e6);
        rss = std::max(rss, fields.at(1).toLongLong());
    }
    Figures figures;
    if (!ms.empty()) {
        std::sort(ms.begin(), ms.end());
        figures.medianMs = ms.at(ms.size() / 2);
        figures.worstMs = ms.back();
    }
    figures.rssKiB = rss;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        return child(argc, argv, qstrcmp(argv[2], "real") == 0);
    }
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const Figures bare = measure(QStringLiteral("bare"), runs);
    const Figures real = measure(QStringLiteral("real"), runs);
    std::printf("bare Qt Widgets window: first paint %.0f ms (median of %d, worst %.0f ms), %lld KiB resident\n",
                bare.medianMs, runs, bare.worstMs, static_cast<long long>(bare.rssKiB));
    std::printf("RunLens main window:    first paint %.0f ms (median of %d, worst %.0f ms), %lld KiB resident\n",
                real.medianMs, runs, real.worstMs, static_cast<long long>(real.rssKiB));
    std::printf("RunLens minus bare: %+.0f ms, %+lld KiB\n", real.medianMs - bare.medianMs,
                static_cast<long long>(real.rssKiB - bare.rssKiB));
    return real.medianMs > 0 ? 0 : 1;
}
