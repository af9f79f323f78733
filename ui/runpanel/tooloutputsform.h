#pragma once

#include "apiclient.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace rl {

// The form shown while a run requires action: one entry per tool call (function name, the
// arguments as pretty read-only JSON, an output editor with a live JSON check) and the time left
// until expires_at. Submit hands all outputs over at once.
class ToolOutputsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ToolOutputsForm(QWidget *parent = nullptr);

    // Builds one entry per call ({id, type, function{name, arguments}}); expiresAt in Unix
    // seconds, 0 when unknown.
    void setToolCalls(const QJsonArray &toolCalls, qint64 expiresAt);
    void clear();
    [[nodiscard]] QList<ToolOutput> outputs() const;
    [[nodiscard]] int entryCount() const { return static_cast<int>(m_entries.size()); }
    // Test seam: the clock used for the countdown (Unix seconds). Default: the system clock.
    void setNowForTesting(qint64 nowSeconds) { m_fixedNow = nowSeconds; }
    // What the check line says about an output text.
    [[nodiscard]] static QString checkText(const QString &output);

Q_SIGNALS:
    void submitRequested(const QList<rl::ToolOutput> &outputs);
    void cancelRequested();

private:
    struct Entry
    {
        QString toolCallId;
        QPlainTextEdit *output = nullptr;
        QLabel *check = nullptr;
    };
    void updateCountdown();
    void submit();
    [[nodiscard]] qint64 now() const;

    QLabel *m_bannerLabel;
    QLabel *m_countdownLabel;
    QVBoxLayout *m_entriesLayout { nullptr };
    QWidget *m_entriesWidget;
    QPushButton *m_submitButton;
    QPushButton *m_cancelButton;
    QTimer *m_countdownTimer;
    QList<Entry> m_entries;
    qint64 m_expiresAt = 0;
    qint64 m_fixedNow = -1;
};

} // namespace rl
