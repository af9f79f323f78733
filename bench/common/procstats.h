#pragma once
// Memory figures of this process, from /proc (Linux), for the benchmarks.
#include <QByteArray>
#include <QFile>
#include <QList>

namespace rl::bench {

// A "Vm...:" line of /proc/self/status in KiB, or -1.
inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

inline qint64 peakRssKiB()
{
    return statusKiB("VmHWM:");
}

inline qint64 rssKiB()
{
    return statusKiB("VmRSS:");
}

} // namespace rl::bench
