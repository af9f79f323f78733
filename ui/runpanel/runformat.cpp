#include "runformat.h"

#include "runstatus.h"

#include <QJsonDocument>
#include <QLocale>

namespace rl {

StatusLook RunFormat::statusLook(const QString &status)
{
    struct Entry
    {
        const char *status;
        const char *text;
        QRgb background;
        QRgb foreground;
    };
    // Badge colours: dark text on light fills, each pair above 7:1 contrast.
    static const Entry entries[] = {
        { "queued", QT_TR_NOOP("Queued"), 0xffe0e0e0, 0xff202020 },
        { "in_progress", QT_TR_NOOP("In progress"), 0xffbbdefb, 0xff0d2a4a },
        { "requires_action", QT_TR_NOOP("Requires action"), 0xffffe082, 0xff3e2a00 },
        { "cancelling", QT_TR_NOOP("Cancelling"), 0xffffcc80, 0xff3e2000 },
        { "cancelled", QT_TR_NOOP("Cancelled"), 0xffcfd8dc, 0xff1c2529 },
        { "failed", QT_TR_NOOP("Failed"), 0xffef9a9a, 0xff3b0000 },
        { "completed", QT_TR_NOOP("Completed"), 0xffa5d6a7, 0xff0b2e0d },
        { "incomplete", QT_TR_NOOP("Incomplete"), 0xffffccbc, 0xff3e1408 },
        { "expired", QT_TR_NOOP("Expired"), 0xffd7ccc8, 0xff2a1d19 },
    };
    for (const Entry &entry : entries) {
        if (status == QLatin1String(entry.status)) {
            return { tr(entry.text), QColor::fromRgba(entry.background), QColor::fromRgba(entry.foreground),
                     isTerminalRunStatus(status) };
        }
    }
    if (status.isEmpty()) {
        return { tr("Not started"), QColor(0xf5, 0xf5, 0xf5), QColor(0x20, 0x20, 0x20), false };
    }
    return { status, QColor(0xf5, 0xf5, 0xf5), QColor(0x20, 0x20, 0x20), false };
}

QString RunFormat::durationMs(qint64 ms)
{
    if (ms < 0) {
        return tr("\u2014");
    }
    if (ms < 1000) {
        return tr("%1 ms").arg(ms);
    }
    if (ms < 60'000) {
        return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    }
    const qint64 seconds = ms / 1000;
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString RunFormat::durationSeconds(qint64 seconds)
{
    if (seconds < 0) {
        return tr("\u2014");
    }
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    return durationMs(seconds * 1000);
}

QString RunFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

QString RunFormat::elide(const QString &text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars) {
        line = line.left(maxChars - 1) + QStringLiteral("\u2026");
    }
    return line;
}

QString RunFormat::prettyJsonText(const QString &text)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        return text;
    }
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

RunDurations RunDurations::of(const QJsonObject &run)
{
    RunDurations d;
    const auto at = [&run](const char *key) -> qint64 {
        const QJsonValue v = run.value(QLatin1String(key));
        return v.isDouble() ? static_cast<qint64>(v.toDouble()) : -1;
    };
    const qint64 created = at("created_at");
    const qint64 started = at("started_at");
    qint64 end = -1;
    for (const char *key : { "completed_at", "failed_at", "cancelled_at", "expired_at", "incomplete_at" }) {
        const qint64 value = at(key);
        if (value >= 0) {
            end = value;
            d.endField = QLatin1String(key);
            break;
        }
    }
    if (created >= 0 && started >= 0) {
        d.queued = started - created;
    }
    if (started >= 0 && end >= 0) {
        d.running = end - started;
    }
    if (created >= 0 && end >= 0) {
        d.total = end - created;
    }
    return d;
}

} // namespace rl
