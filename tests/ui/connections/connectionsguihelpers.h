#pragma once

// Small helpers shared by the connections GUI tests: find a widget by name or fail.
#include <QTest>
#include <QWidget>

namespace rl::testing {

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!w) {
        qWarning("no child named %s", name);
    }
    return w;
}

// Points D-Bus at nothing so a GUI test without the "keychain" label never reaches a real keyring.
inline void cutOffSessionBus(const QString &dir)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", QStringLiteral("unix:path=%1/no-bus").arg(dir).toLocal8Bit());
}

} // namespace rl::testing
