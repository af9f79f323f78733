#include "streamevent.h"

#include "jsonread.h"
#include "runstatus.h"

#include <QJsonDocument>

namespace rl {

QJsonValue StreamEvent::payload() const
{
    if (!data.isUndefined() || !textDelta) {
        return data;
    }
    const QJsonDocument document = readJson(raw);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Undefined);
}

QJsonObject StreamEvent::object() const
{
    return textDelta ? payload().toObject() : data.toObject();
}

const QStringList &knownStreamEvents()
{
    static const QStringList names = {
        QStringLiteral("thread.created"),
        QStringLiteral("thread.run.created"),
        QStringLiteral("thread.run.queued"),
        QStringLiteral("thread.run.in_progress"),
        QStringLiteral("thread.run.requires_action"),
        QStringLiteral("thread.run.completed"),
        QStringLiteral("thread.run.incomplete"),
        QStringLiteral("thread.run.failed"),
        QStringLiteral("thread.run.cancelling"),
        QStringLiteral("thread.run.cancelled"),
        QStringLiteral("thread.run.expired"),
        QStringLiteral("thread.run.step.created"),
        QStringLiteral("thread.run.step.in_progress"),
        QStringLiteral("thread.run.step.delta"),
        QStringLiteral("thread.run.step.completed"),
        QStringLiteral("thread.run.step.failed"),
        QStringLiteral("thread.run.step.cancelled"),
        QStringLiteral("thread.run.step.expired"),
        QStringLiteral("thread.message.created"),
        QStringLiteral("thread.message.in_progress"),
        QStringLiteral("thread.message.delta"),
        QStringLiteral("thread.message.completed"),
        QStringLiteral("thread.message.incomplete"),
        QStringLiteral("error"),
        QStringLiteral("done"),
    };
    return names;
}

bool isKnownStreamEvent(const QString &name)
{
    return knownStreamEvents().contains(name);
}

StreamEvent::Kind streamEventKind(const QString &name)
{
    using Kind = StreamEvent::Kind;
    if (!isKnownStreamEvent(name)) {
        return Kind::Unknown;
    }
    if (name == QLatin1String("thread.created")) {
        return Kind::Thread;
    }
    if (name == QLatin1String("error")) {
        return Kind::Error;
    }
    if (name == QLatin1String("done")) {
        return Kind::Done;
    }
    if (name == QLatin1String("thread.run.step.delta")) {
        return Kind::StepDelta;
    }
    if (name.startsWith(QLatin1String("thread.run.step."))) {
        return Kind::Step;
    }
    if (name.startsWith(QLatin1String("thread.run."))) {
        return Kind::Run;
    }
    if (name == QLatin1String("thread.message.delta")) {
        return Kind::MessageDelta;
    }
    return Kind::Message;
}

bool isTerminalRunEvent(const QString &name)
{
    const QLatin1String prefix("thread.run.");
    return name.startsWith(prefix) && isTerminalRunStatus(QStringView(name).mid(prefix.size()));
}

bool isEventStreamContentType(QByteArrayView contentType)
{
    QByteArrayView media = contentType;
    const qsizetype semicolon = media.indexOf(';');
    if (semicolon >= 0) {
        media = media.first(semicolon);
    }
    return media.trimmed().compare("text/event-stream", Qt::CaseInsensitive) == 0;
}

bool isJsonResponse(QByteArrayView contentType, QByteArrayView bodyStart)
{
    if (isEventStreamContentType(contentType)) {
        return false;
    }
    QByteArrayView body = bodyStart;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body = body.sliced(3);
    }
    body = body.trimmed();
    return body.startsWith('{');
}

} // namespace rl
