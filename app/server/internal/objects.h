#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rl::server {

// What a run object says about how to run it: the settings the engines act on, read from the
// run object (whose keys are spelled only in objects.cpp).
struct RunPlan
{
    QString instructions;
    QJsonArray tools;
    QJsonValue toolChoice;
    bool parallelToolCalls = true;
    QJsonValue responseFormat;
    QString truncationType = QStringLiteral("auto"); // auto | last_messages
    int lastMessages = -1; // for last_messages; -1: all
    int maxPromptTokens = 0; // 0: no limit
    int maxCompletionTokens = 0; // 0: no limit
    QString scenario; // metadata.runlens_scenario

    [[nodiscard]] static RunPlan of(const QJsonObject &run);
};

// The reasons of an incomplete run (incomplete_details.reason).
namespace incompleteReason {
inline constexpr char maxPromptTokens[] = "max_prompt_tokens";
inline constexpr char maxCompletionTokens[] = "max_completion_tokens";
} // namespace incompleteReason

// Builds the API's objects with every field of their spec schema.
class Objects
{
public:
    static QJsonObject thread(qint64 createdAt, const QJsonObject &request);
    // From a CreateMessageRequest (role, content, attachments, metadata).
    static QJsonObject userMessage(const QString &threadId, qint64 createdAt, const QJsonObject &request);
    static QJsonObject assistantMessage(const QString &threadId, const QString &runId, const QString &assistantId,
                                        qint64 createdAt);
    // The run that applies: the request's values, else the assistant's, else the API defaults.
    static QJsonObject run(const QString &threadId, const QJsonObject &request, const QJsonObject &assistant,
                           qint64 createdAt, int expireSeconds);
    static QJsonObject step(const QJsonObject &run, const QString &type, const QJsonObject &details, qint64 createdAt);
    static QJsonObject assistant(qint64 createdAt, const QJsonObject &request);
    // Applies a checked change body (POST /threads/{id}, .../runs/{id}, .../messages/{id}) to the
    // object: the metadata and tool resources it gives (only a thread's body may give the latter).
    static void applyChanges(QJsonObject &object, const QJsonObject &changes);
    // The text of a message's text parts, joined by newlines.
    static QString messageText(const QJsonObject &message);
};

} // namespace rl::server
