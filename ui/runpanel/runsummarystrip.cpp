#include "runsummarystrip.h"

#include "runformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace rl {

UsageBar::UsageBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Token usage bar"));
}

void UsageBar::setUsage(qint64 promptTokens, qint64 completionTokens)
{
    m_prompt = qMax<qint64>(0, promptTokens);
    m_completion = qMax<qint64>(0, completionTokens);
    const QString text
        = tr("Prompt %1 tokens, completion %2 tokens").arg(RunFormat::count(m_prompt), RunFormat::count(m_completion));
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

QSize UsageBar::sizeHint() const
{
    return { 120, fontMetrics().height() / 2 + 4 };
}

void UsageBar::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(0, 1, -1, -2);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(area);
    const qint64 total = m_prompt + m_completion;
    if (total <= 0) {
        return;
    }
    const QRect inner = area.adjusted(1, 1, 0, 0);
    const int promptWidth = static_cast<int>(static_cast<double>(inner.width()) * static_cast<double>(m_prompt)
                                             / static_cast<double>(total));
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRect(QRect(inner.left(), inner.top(), promptWidth, inner.height()));
    painter.setBrush(palette().color(QPalette::Dark));
    painter.drawRect(QRect(inner.left() + promptWidth, inner.top(), inner.width() - promptWidth, inner.height()));
}

RunSummaryStrip::RunSummaryStrip(QWidget *parent)
    : QWidget(parent)
    , m_queuedLabel(new QLabel(this))
    , m_runningLabel(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_usageLabel(new QLabel(this))
    , m_usageBar(new UsageBar(this))
{
    m_queuedLabel->setObjectName(QStringLiteral("queuedDurationLabel"));
    m_runningLabel->setObjectName(QStringLiteral("runningDurationLabel"));
    m_totalLabel->setObjectName(QStringLiteral("totalDurationLabel"));
    m_usageLabel->setObjectName(QStringLiteral("usageLabel"));
    m_usageBar->setObjectName(QStringLiteral("usageBar"));
    m_queuedLabel->setToolTip(tr("Time waiting in the queue: started_at \u2212 created_at"));
    m_runningLabel->setToolTip(tr("Time running: end (completed, failed, cancelled\u2026) \u2212 started_at"));
    m_totalLabel->setToolTip(tr("Total time: end \u2212 created_at"));
    m_usageLabel->setToolTip(tr("Tokens used by the run (usage)"));
    for (QLabel *label : { m_queuedLabel, m_runningLabel, m_totalLabel, m_usageLabel }) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_queuedLabel);
    layout->addWidget(m_runningLabel);
    layout->addWidget(m_totalLabel);
    layout->addStretch(1);
    layout->addWidget(m_usageLabel);
    layout->addWidget(m_usageBar, 0, Qt::AlignVCenter);
    setObjectName(QStringLiteral("runSummaryStrip"));
    // One compact line: the tree below gets every spare pixel.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (QLabel *label : { m_queuedLabel, m_runningLabel, m_totalLabel, m_usageLabel }) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    hide();
}

void RunSummaryStrip::setObject(const QJsonObject &object)
{
    const bool isRun = object.value(QLatin1String("object")).toString() == QLatin1String("thread.run")
        || (object.contains(QLatin1String("status")) && object.contains(QLatin1String("created_at"))
            && object.contains(QLatin1String("thread_id")));
    setVisible(isRun);
    if (!isRun) {
        return;
    }
    const RunDurations d = RunDurations::of(object);
    m_queuedLabel->setText(tr("Queued: %1").arg(RunFormat::durationSeconds(d.queued)));
    m_runningLabel->setText(tr("Running: %1").arg(RunFormat::durationSeconds(d.running)));
    m_totalLabel->setText(tr("Total: %1").arg(RunFormat::durationSeconds(d.total)));
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    if (usage.isEmpty()) {
        m_usageLabel->setText(tr("Usage: not reported"));
        m_usageBar->setUsage(0, 0);
        m_usageBar->hide();
        return;
    }
    const auto prompt = static_cast<qint64>(usage.value(QLatin1String("prompt_tokens")).toDouble());
    const auto completion = static_cast<qint64>(usage.value(QLatin1String("completion_tokens")).toDouble());
    const auto total = static_cast<qint64>(
        usage.value(QLatin1String("total_tokens")).toDouble(static_cast<double>(prompt + completion)));
    m_usageLabel->setText(tr("Tokens: %1 prompt + %2 completion = %3")
                              .arg(RunFormat::count(prompt), RunFormat::count(completion), RunFormat::count(total)));
    m_usageBar->setUsage(prompt, completion);
    m_usageBar->show();
}

} // namespace rl
