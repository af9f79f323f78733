// RunSimulator, second half: the message phase.
#include "objects.h"
#include "replygenerator.h"
#include "runsimulator.h"
#include "store.h"

namespace rl::server {

using namespace Qt::StringLiterals;

void RunSimulator::planMessage(const QString &reply)
{
    QStringList pieces = ReplyGenerator::pieces(reply);
    const int maxCompletion = RunPlan::of(run()).maxCompletionTokens;
    bool incomplete = false;
    if (m_scenario == u"incomplete"_s) {
        pieces = pieces.mid(0, qMax(qsizetype(1), pieces.size() / 2));
        incomplete = true;
    } else if (maxCompletion > 0 && completionTokens() + pieces.size() > maxCompletion) {
        pieces = pieces.mid(0, qMax(0, maxCompletion - completionTokens()));
        incomplete = true;
    }
    enqueue([this] { beginMessage(); });
    const qsizetype breakAt = pieces.size() / 2;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i == breakAt && m_scenario == u"error_event"_s) {
            enqueue([this] {
                const ServerError e = ServerError::serverError(tr("The server had an error while streaming this run "
                                                                  "(runlens_scenario is \"error_event\")."));
                sendStreamError(e.errorObject());
                stopWork();
                finishMessage(MessageEnd::RunFailed, usage(promptTokens(), ReplyGenerator::countWords(messageText())),
                              e.message);
                fail(u"server_error"_s, e.message);
            });
            break;
        }
        if (i == breakAt && m_scenario == u"drop"_s) {
            enqueue([this] { dropStream(); });
        }
        const QString &piece = pieces.at(i);
        enqueue(
            [this, piece] {
                if (!piece.trimmed().isEmpty()) {
                    setUsage(promptTokens(), completionTokens() + 1);
                }
                appendText(piece);
            },
            settings().delayMs);
    }
    enqueue([this, incomplete] {
        finishMessage(incomplete ? MessageEnd::MaxTokens : MessageEnd::Completed,
                      usage(promptTokens(), ReplyGenerator::countWords(messageText())));
        if (incomplete) {
            endIncomplete(QLatin1String(incompleteReason::maxCompletionTokens));
        } else {
            endRun(u"completed"_s, u"thread.run.completed"_s);
        }
    });
}

} // namespace rl::server
