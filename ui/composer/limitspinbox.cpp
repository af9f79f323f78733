#include "limitspinbox.h"

namespace rl {

namespace {
constexpr double kWidest = 99.99; // what can be typed: enough to type any mistake, short enough to fit
}

LimitDoubleSpinBox::LimitDoubleSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setRange(-kWidest, kWidest);
}

void LimitDoubleSpinBox::setLimits(double low, double high)
{
    m_low = low;
    m_high = high;
}

void LimitDoubleSpinBox::stepBy(int steps)
{
    // From a value outside the limits the first step goes back inside.
    const double next = qBound(m_low, value() + steps * singleStep(), m_high);
    setValue(next);
    selectAll();
}

QAbstractSpinBox::StepEnabled LimitDoubleSpinBox::stepEnabled() const
{
    if (isReadOnly()) {
        return StepNone;
    }
    StepEnabled enabled = StepNone;
    if (value() < m_high) {
        enabled |= StepUpEnabled;
    }
    if (value() > m_low) {
        enabled |= StepDownEnabled;
    }
    return enabled;
}

} // namespace rl
