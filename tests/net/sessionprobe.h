#pragma once

#include "runsession.h"

#include <QObject>
#include <QStringList>
#include <QTest>

namespace rl::test {

// Records what a RunSession reports, for the tests.
struct SessionProbe
{
    QStringList statuses;
    QStringList eventNames;
    QList<ApiError> errors;
    QString text;
    int requiresActionCount = 0;
    QJsonArray toolCalls;
    int exchanges = 0;
    bool finished = false;
    bool failed = false;
    QJsonObject finalRun;
    ApiError failure;

    explicit SessionProbe(RunSession &s)
    {
        QObject::connect(&s, &RunSession::statusChanged, &s, [this](const QString &st, qint64) { statuses << st; });
        QObject::connect(&s, &RunSession::eventReceived, &s,
                         [this](const StreamEvent &e, qint64) { eventNames << e.name; });
        QObject::connect(&s, &RunSession::errorOccurred, &s, [this](const ApiError &e) { errors << e; });
        QObject::connect(&s, &RunSession::textAppended, &s,
                         [this](const QString &, int, const QString &f) { text += f; });
        QObject::connect(&s, &RunSession::httpExchange, &s, [this](const HttpExchange &) { ++exchanges; });
        QObject::connect(&s, &RunSession::requiresAction, &s, [this](const QJsonArray &calls, qint64) {
            ++requiresActionCount;
            toolCalls = calls;
        });
        QObject::connect(&s, &RunSession::finished, &s, [this](const QJsonObject &run) {
            finished = true;
            finalRun = run;
        });
        QObject::connect(&s, &RunSession::failed, &s, [this](const ApiError &e) {
            failed = true;
            failure = e;
        });
    }

    bool waitEnd(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return finished || failed; }, ms);
    }
    [[nodiscard]] QString finalStatus() const { return finalRun.value(QLatin1String("status")).toString(); }
};

} // namespace rl::test
