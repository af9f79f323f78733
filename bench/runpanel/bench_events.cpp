// The Events tab with every event of a long stream: appending them, scrolling, and filtering as
// the user types (one filter pass per keystroke), with the time of each and the memory the rows
// take.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_events STREAM.sse   (bench/stream/make-stream.py writes one)
#include "eventstab.h"
#include "procstats.h"
#include "streamdecoder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace rl;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_events STREAM.sse\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    const QByteArray stream = file.readAll();
    AssistantStreamReader reader;
    QList<StreamEvent> events;
    for (qsizetype at = 0; at < stream.size(); at += 65536) {
        events += reader.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(65536, stream.size() - at)));
    }
    events += reader.finish();

    EventsTab tab;
    tab.resize(1400, 860);
    tab.show();
    QApplication::processEvents();
    const qint64 rssBefore = bench::rssKiB();
    QElapsedTimer timer;
    timer.start();
    qint64 at = 0;
    for (const StreamEvent &event : std::as_const(events)) {
        tab.addEvent(event, at++ / 50);
    }
    tab.flush();
    QApplication::processEvents();
    const double appendMs = ms(timer);
    const qint64 rowsKiB = bench::rssKiB() - rssBefore;
    events.clear();
    std::printf("%lld events appended and shown in %.0f ms; the rows take about %lld KiB (%.0f bytes each)\n",
                static_cast<long long>(tab.model()->rowCount()), appendMs, static_cast<long long>(rowsKiB),
                1024.0 * double(rowsKiB) / std::max(1, tab.model()->rowCount()));

    // Scrolling: jumps across the list, each followed by a paint of the visible rows.
    QScrollBar *bar = tab.tableView()->verticalScrollBar();
    double worstScrollMs = 0;
    timer.restart();
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer one;
        one.start();
        bar->setValue(int(qint64(bar->maximum()) * ((i * 37) % 50) / 50));
        tab.tableView()->viewport()->repaint();
        worstScrollMs = std::max(worstScrollMs, ms(one));
    }
    std::printf("scrolling: 50 jumps with a repaint, %.1f ms each on average, worst %.1f ms\n", ms(timer) / 50,
                worstScrollMs);

    // Filtering as typed, then cleared.
    auto *filter = tab.findChild<QLineEdit *>(QStringLiteral("eventFilterLineEdit"));
    const QString typed = QStringLiteral("quoted");
    double worstKeyMs = 0;
    for (int i = 1; i <= typed.size() + 1; ++i) {
        const QString text = i <= typed.size() ? typed.left(i) : QString();
        timer.restart();
        filter->setText(text);
        tab.tableView()->viewport()->repaint();
        const double keyMs = ms(timer);
        worstKeyMs = std::max(worstKeyMs, keyMs);
        std::printf("filter \"%s\": %d rows in %.0f ms\n", qPrintable(text), tab.filterModel()->rowCount(), keyMs);
    }
    std::printf("filtering: worst %.0f ms per keystroke; peak RSS %lld KiB\n", worstKeyMs,
                static_cast<long long>(bench::peakRssKiB()));
    return 0;
}
