#pragma once

#include "servererror.h"

#include <QJsonValue>

#include <optional>

namespace rl::server {

// Validates request bodies the way the API does and returns the first problem as a 400
// invalid_request_error whose `param` is the problem's JSON path. The bodies the request model
// describes (runs, threads, messages) are checked with its rules.
class BodyCheck
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::BodyCheck)

public:
    static std::optional<ServerError> createThreadAndRun(const QJsonValue &body);
    static std::optional<ServerError> createRun(const QJsonValue &body);
    static std::optional<ServerError> createThread(const QJsonValue &body);
    static std::optional<ServerError> createMessage(const QJsonValue &body);
    static std::optional<ServerError> createAssistant(const QJsonValue &body);
    static std::optional<ServerError> modifyAssistant(const QJsonValue &body);
    static std::optional<ServerError> modifyThread(const QJsonValue &body);
    // POST .../runs/{id} and .../messages/{id}: only metadata may change.
    static std::optional<ServerError> modifyMetadata(const QJsonValue &body);
    static std::optional<ServerError> submitToolOutputs(const QJsonValue &body);
};

} // namespace rl::server
