#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;

namespace rl {

// A small horizontal bar: prompt tokens against completion tokens, in palette colours.
class UsageBar : public QWidget
{
    Q_OBJECT

public:
    explicit UsageBar(QWidget *parent = nullptr);
    void setUsage(qint64 promptTokens, qint64 completionTokens);
    [[nodiscard]] qint64 promptTokens() const { return m_prompt; }
    [[nodiscard]] qint64 completionTokens() const { return m_completion; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_prompt = 0;
    qint64 m_completion = 0;
};

// The strip above the inspector's tree for a run object: the derived durations (queued,
// running, total) and the token usage as numbers and a bar. Hidden for other objects.
class RunSummaryStrip : public QWidget
{
    Q_OBJECT

public:
    explicit RunSummaryStrip(QWidget *parent = nullptr);
    // Shows the strip for a run object (object == "thread.run" or a status plus created_at);
    // hides it otherwise.
    void setObject(const QJsonObject &object);

private:
    QLabel *m_queuedLabel = nullptr;
    QLabel *m_runningLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_usageLabel = nullptr;
    UsageBar *m_usageBar = nullptr;
};

} // namespace rl
