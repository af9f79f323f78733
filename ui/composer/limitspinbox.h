#pragma once

#include <QDoubleSpinBox>

namespace rl {

// A spin box for a number the API limits (temperature 0–2, top_p 0–1). The arrows, the Page keys
// and the wheel stay within the limits, but a number typed outside them is kept exactly as typed
// (up to ±99.99), so that the request's checks mark the field and explain the limit instead of
// the box silently keeping its old value.
class LimitDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit LimitDoubleSpinBox(QWidget *parent = nullptr);

    // Where the arrows, Page keys and wheel stop.
    void setLimits(double low, double high);

    void stepBy(int steps) override;

protected:
    [[nodiscard]] StepEnabled stepEnabled() const override;

private:
    double m_low = 0.0;
    double m_high = 1.0;
};

} // namespace rl
