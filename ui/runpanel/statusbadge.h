#pragma once

#include <QLabel>

namespace rl {

// A run status as a badge: a word on a coloured background (never colour alone).
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(const QString &status);
    [[nodiscard]] QString status() const { return m_status; }

private:
    QString m_status;
};

} // namespace rl
