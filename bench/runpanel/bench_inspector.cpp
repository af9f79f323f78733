// Prints how long the run inspector and the conversation view take on large inputs.
#include "conversationtab.h"
#include "jsontreemodel.h"
#include "runinspector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace rl;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString words(int seed, int count)
{
    static const QStringList vocabulary
        = { QStringLiteral("lighthouse"), QStringLiteral("keeper"), QStringLiteral("storm"), QStringLiteral("lamp"),
            QStringLiteral("harbour"),    QStringLiteral("signal"), QStringLiteral("night"), QStringLiteral("ship") };
    QString text;
    for (int i = 0; i < count; ++i) {
        text += vocabulary.at((seed * 7 + i * 13) % vocabulary.size()) + QLatin1Char(' ');
    }
    return text;
}

// A run object with a thread of many messages and many steps, about `megabytes` MB of JSON.
QByteArray bigRun(int megabytes)
{
    QJsonArray messages;
    QJsonArray steps;
    qint64 size = 0;
    int i = 0;
    while (size < qint64(megabytes) * 1024 * 1024) {
        const QJsonObject text { { QStringLiteral("value"), words(i, 60) },
                                 { QStringLiteral("annotations"), QJsonArray() } };
        const QJsonObject message {
            { QStringLiteral("id"), QStringLiteral("msg_%1").arg(i) },
            { QStringLiteral("object"), QStringLiteral("thread.message") },
            { QStringLiteral("created_at"), 1700000000 + i },
            { QStringLiteral("role"), i % 2 ? QStringLiteral("assistant") : QStringLiteral("user") },
            { QStringLiteral("status"), QStringLiteral("completed") },
            { QStringLiteral("content"),
              QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                         { QStringLiteral("text"), text } } } },
            { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("n"), i } } },
        };
        messages.append(message);
        const QJsonObject step { { QStringLiteral("id"), QStringLiteral("step_%1").arg(i) },
                                 { QStringLiteral("type"), QStringLiteral("message_creation") },
                                 { QStringLiteral("status"), QStringLiteral("completed") },
                                 { QStringLiteral("created_at"), 1700000000 + i },
                                 { QStringLiteral("completed_at"), 1700000001 + i },
                                 { QStringLiteral("usage"),
                                   QJsonObject { { QStringLiteral("prompt_tokens"), 10 + i % 50 },
                                                 { QStringLiteral("completion_tokens"), 5 + i % 20 },
                                                 { QStringLiteral("total_tokens"), 15 + i % 70 } } } };
        steps.append(step);
        size += 700; // approximate bytes per message + step
        ++i;
    }
    const QJsonObject run { { QStringLiteral("id"), QStringLiteral("run_big") },
                            { QStringLiteral("object"), QStringLiteral("thread.run") },
                            { QStringLiteral("status"), QStringLiteral("completed") },
                            { QStringLiteral("thread_id"), QStringLiteral("thread_big") },
                            { QStringLiteral("created_at"), 1700000000 },
                            { QStringLiteral("started_at"), 1700000001 },
                            { QStringLiteral("completed_at"), 1700000100 },
                            { QStringLiteral("usage"),
                              QJsonObject { { QStringLiteral("prompt_tokens"), 123456 },
                                            { QStringLiteral("completion_tokens"), 65432 },
                                            { QStringLiteral("total_tokens"), 188888 } } },
                            { QStringLiteral("thread"), QJsonObject { { QStringLiteral("messages"), messages } } },
                            { QStringLiteral("steps"), steps } };
    return QJsonDocument(run).toJson(QJsonDocument::Compact);
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void benchInspector(int megabytes)
{
    const QByteArray json = bigRun(megabytes);
    out() << "inspector: run object of " << QString::number(double(json.size()) / 1048576.0, 'f', 1) << " MB\n";
    QElapsedTimer timer;
    timer.start();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    out() << "  parse JSON (QJsonDocument):            " << QString::number(ms(timer), 'f', 1) << " ms\n";

    RunInspector inspector;
    inspector.resize(1200, 800);
    inspector.show();
    QApplication::processEvents();
    timer.restart();
    inspector.setJson(doc.object(), QStringLiteral("Big run"));
    QApplication::processEvents(); // first layout and paint
    out() << "  open in model + tree view + raw view:  " << QString::number(ms(timer), 'f', 1) << " ms\n";

    JsonTreeModel model;
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    timer.restart();
    model.setJson(doc.object());
    QApplication::processEvents();
    out() << "  open in model + tree view only:        " << QString::number(ms(timer), 'f', 1) << " ms\n";

    const int count = static_cast<int>(
        doc.object().value(QStringLiteral("thread")).toObject().value(QStringLiteral("messages")).toArray().size());
    const QString needle = QStringLiteral("msg_%1").arg(count - 1);
    timer.restart();
    inspector.setSearchText(needle);
    QApplication::processEvents();
    out() << "  search \"" << needle << "\" and expand to it: " << QString::number(ms(timer), 'f', 1) << " ms ("
          << inspector.matchCount() << " match)\n";

    timer.restart();
    const QModelIndex deep = model.indexForRowPath({ 7, 0, count / 2, 0, 0, 0, 1 });
    for (QModelIndex p = deep.parent(); p.isValid(); p = p.parent()) {
        view.expand(p);
    }
    view.scrollTo(deep);
    QApplication::processEvents();
    out() << "  expand path " << model.pathOf(deep) << ": " << QString::number(ms(timer), 'f', 1) << " ms\n";
}

void benchDeltas(int deltas)
{
    ConversationTab tab;
    tab.resize(900, 700);
    tab.show();
    QApplication::processEvents();
    QJsonObject message { { QStringLiteral("id"), QStringLiteral("msg_stream") },
                          { QStringLiteral("role"), QStringLiteral("assistant") },
                          { QStringLiteral("status"), QStringLiteral("in_progress") },
                          { QStringLiteral("content"), QJsonArray() } };
    tab.updateMessage(message);

    QString expected;
    int sent = 0;
    qint64 maxGapNs = 0;
    QElapsedTimer gap;
    QElapsedTimer timer;
    timer.start();
    gap.start();
    // Deltas arrive in small bursts as network chunks do: 8 per event loop turn.
    QTimer feeder;
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, &tab, [&] {
        maxGapNs = std::max(maxGapNs, gap.nsecsElapsed());
        for (int i = 0; i < 8 && sent < deltas; ++i, ++sent) {
            const QString fragment
                = (sent % 40 == 39) ? QStringLiteral("\n\n") : QStringLiteral("word%1 ").arg(sent % 10);
            expected += fragment;
            tab.appendText(QStringLiteral("msg_stream"), 0, fragment);
        }
        if (sent >= deltas) {
            feeder.stop();
        }
        gap.restart();
    });
    feeder.start();
    while (feeder.isActive()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const double feedMs = ms(timer);
    tab.flush();
    const double totalMs = ms(timer);
    out() << "conversation: " << deltas << " deltas (" << expected.size() << " characters)\n";
    out() << "  fed through the event loop in:         " << QString::number(feedMs, 'f', 1) << " ms\n";
    out() << "  including the final render:            " << QString::number(totalMs, 'f', 1) << " ms\n";
    out() << "  renders (coalesced every " << ConversationTab::CoalesceMs << " ms):       " << tab.renderCount()
          << "\n";
    out() << "  longest event loop turn:               " << QString::number(double(maxGapNs) / 1e6, 'f', 1) << " ms\n";
    timer.restart();
    tab.updateMessage(message); // one more full render at the final size
    tab.flush();
    out() << "  one render at the final size:          " << QString::number(ms(timer), 'f', 1) << " ms\n";
    out() << "  displayed text equals streamed text:   "
          << (tab.displayedText(QStringLiteral("msg_stream")) == expected ? "yes" : "NO") << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int megabytes = args.size() > 1 ? args.at(1).toInt() : 10;
    const int deltas = args.size() > 2 ? args.at(2).toInt() : 20000;
    benchInspector(megabytes > 0 ? megabytes : 10);
    out().flush();
    benchDeltas(deltas > 0 ? deltas : 20000);
    out().flush();
    return 0;
}
