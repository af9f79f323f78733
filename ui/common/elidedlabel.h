#pragma once

#include <QLabel>

namespace rl {

// A one-line label that fits any width: text that does not fit is elided ("…") instead of
// widening the window, and the full text is the tooltip while it is cut.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setElideMode(Qt::TextElideMode mode);
    [[nodiscard]] Qt::TextElideMode elideMode() const { return m_mode; }
    // The text as painted now (elided or whole).
    [[nodiscard]] QString shownText() const;

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace rl
