#pragma once

#include <QObject>

class QSocketNotifier;

namespace rl::server {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe + QSocketNotifier), so the server
// shuts down from its event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool install();

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rl::server
