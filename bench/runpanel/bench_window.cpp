// The window while a run streams: the real RunPanel attached to a real RunSession that reads a
// stream over loopback (bench/stream/serve.mjs), and a 1 ms timer that measures its own lateness.
// Prints the longest event-loop stall, the 99th percentile, the total time, peak RSS, whether the
// conversation shows exactly the streamed text, and (--realtime) how far the text on screen
// trailed the text received.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_window BASE_URL EXPECTED.txt [--realtime] [--stalls]
// (--stalls prints each stall over 16 ms as it ends, and when the session told of each change)
#include "apiclient.h"
#include "conversationtab.h"
#include "procstats.h"
#include "runpanel.h"
#include "runsession.h"
#include "streamevent.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rl;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_window BASE_URL EXPECTED.txt [--realtime]\n");
        return 2;
    }
    QFile expectedFile(args.at(2));
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(2)));
        return 2;
    }
    const QString expected = QString::fromUtf8(expectedFile.readAll());
    const bool realtime = args.contains(QStringLiteral("--realtime"));
    const bool showStalls = args.contains(QStringLiteral("--stalls")); // each stall over 16 ms, as it ends

    Connection connection;
    connection.baseUrl = args.at(1);
    connection.authStyle = Connection::AuthStyle::None;
    ApiClient client(connection);
    RunPanel panel;
    panel.resize(1400, 860);
    panel.show();
    QApplication::processEvents();
    const qint64 rssBefore = bench::rssKiB();

    // Lateness: a 1 ms timer that notes how long each turn of the event loop kept it waiting.
    std::vector<qint64> gapsUs;
    gapsUs.reserve(1 << 20);
    QElapsedTimer clock;
    clock.start();
    qint64 lastTickNs = clock.nsecsElapsed();
    qint64 startNs = lastTickNs;
    // Text lag: from the first fragment the session received that the screen does not show yet
    // to the render that shows it.
    qint64 pendingSinceNs = -1;
    qint64 maxLagNs = 0;
    ConversationTab *conversation = panel.conversationTab();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        gapsUs.push_back((now - lastTickNs) / 1000);
        if (showStalls && now - lastTickNs > 16'000'000) {
            std::printf("stall %.1f ms ending at %.3f s (%d renders so far)\n", double(now - lastTickNs) / 1e6,
                        double(now - startNs) / 1e9, conversation->renderCount());
        }
        lastTickNs = now;
    });

    // Everything received before a render that leaves nothing pending is in the document.
    QObject::connect(conversation, &ConversationTab::rendered, &app, [&] {
        if (pendingSinceNs < 0 || conversation->isRenderPending()) {
            return;
        }
        const qint64 now = clock.nsecsElapsed();
        if (showStalls && now - pendingSinceNs > 60'000'000) {
            std::printf("text %.1f ms behind, shown at %.3f s (%d renders so far)\n",
                        double(now - pendingSinceNs) / 1e6, double(now - startNs) / 1e9, conversation->renderCount());
        }
        maxLagNs = std::max(maxLagNs, now - pendingSinceNs);
        pendingSinceNs = -1;
    });

    RunSession session(&client);
    QObject::connect(&session, &RunSession::textAppended, &app, [&] {
        if (pendingSinceNs < 0) {
            pendingSinceNs = clock.nsecsElapsed();
        }
    });
    // --stalls: when the session told of each change other than a text delta, to place the stalls.
    const auto mark = [&](const QString &what) {
        if (showStalls) {
            std::printf("  [%.3f s] %s\n", double(clock.nsecsElapsed() - startNs) / 1e9, qPrintable(what));
        }
    };
    QObject::connect(&session, &RunSession::runUpdated, &app, [&] { mark(QStringLiteral("runUpdated")); });
    QObject::connect(&session, &RunSession::messageUpdated, &app, [&] { mark(QStringLiteral("messageUpdated")); });
    QObject::connect(&session, &RunSession::stepUpdated, &app, [&] { mark(QStringLiteral("stepUpdated")); });
    QObject::connect(&session, &RunSession::eventReceived, &app, [&](const StreamEvent &event) {
        if (event.kind != StreamEvent::Kind::MessageDelta) {
            mark(event.name);
        }
    });
    bool ok = true;
    QObject::connect(&session, &RunSession::finished, &app, [&] {
        if (showStalls) {
            std::printf("the run finished at %.3f s\n", double(clock.nsecsElapsed() - startNs) / 1e9);
        }
        QTimer::singleShot(200, &app, &QApplication::quit);
    });
    QObject::connect(&session, &RunSession::failed, &app, [&](const ApiError &error) {
        std::fprintf(stderr, "the run failed: %s\n", qPrintable(error.message));
        ok = false;
        QApplication::quit();
    });
    const QByteArray body = R"({"assistant_id": "asst_bench", "stream": true,
        "thread": {"messages": [{"role": "user", "content": "Write a long text."}]}})";
    panel.attachSession(&session);
    panel.showRequest(body);
    QElapsedTimer total;
    total.start();
    lastTickNs = clock.nsecsElapsed();
    startNs = lastTickNs;
    ticker.start();
    session.start(CreateThreadAndRunRequest::fromJson(QJsonDocument::fromJson(body).object()).request);
    QApplication::exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9 - 0.2;
    ticker.stop();
    if (!ok) {
        return 1;
    }

    std::vector<qint64> sorted = gapsUs;
    std::sort(sorted.begin(), sorted.end());
    const auto percentile = [&sorted](double p) {
        return sorted.empty() ? 0.0 : double(sorted.at(std::min(sorted.size() - 1, size_t(p * sorted.size())))) / 1000;
    };
    std::printf("%s: %.2f s from Send to the end of the run, %zu timer turns\n",
                realtime ? "realistic rate" : "full speed", seconds, gapsUs.size());
    std::printf("event loop: longest stall %.1f ms, p99 %.1f ms, p50 %.1f ms (a 1 ms timer's gaps)\n", percentile(1.0),
                percentile(0.99), percentile(0.5));
    if (realtime) {
        std::printf("text on screen at most %.1f ms behind the text received\n", double(maxLagNs) / 1e6);
    }
    std::printf("peak RSS %lld KiB (%lld KiB with the window shown, before the run)\n",
                static_cast<long long>(bench::peakRssKiB()), static_cast<long long>(rssBefore));
    const bool same = conversation->assistantText() == expected && session.assistantText() == expected;
    std::printf("conversation text %s the streamed text (%lld chars), %d renders, %d frame fills\n",
                same ? "identical to" : "DIFFERENT from", static_cast<long long>(expected.size()),
                conversation->renderCount(), conversation->fullEntryRenderCount());
    return same ? 0 : 1;
}
