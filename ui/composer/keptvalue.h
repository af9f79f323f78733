#pragma once

#include <QJsonValue>
#include <QObject>

class QAbstractSlider;
class QAbstractSpinBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace rl {

// Keeps a loaded number that its spin box cannot show exactly (outside the range, not a whole
// number, more decimals than shown, not a number at all), so that loading a body never changes
// it. The kept value is what the section sends until the person edits that field (types, uses
// the arrows or the wheel, moves a linked slider); a note under the field says what is kept and
// why, and the model's validation marks the field when the value is not allowed.
class KeptValue : public QObject
{
    Q_OBJECT

public:
    // [min, max] is the range of real values (a spin box's lowest value may mean "not set").
    KeptValue(QSpinBox *spin, qint64 min, qint64 max);
    KeptValue(QDoubleSpinBox *spin, double min, double max);

    // A slider that edits the same field: moving it counts as editing.
    void setSlider(QAbstractSlider *slider);
    // Shows `value` (present and not null). Returns true when the spin box holds it exactly;
    // otherwise the value is kept, the spin box shows the nearest value and the note explains.
    bool load(const QJsonValue &value);
    // Drops the kept value (the spin box's own value applies again).
    void forget();

    [[nodiscard]] bool isKept() const { return m_kept; }
    // The kept value; only meaningful when isKept().
    [[nodiscard]] QJsonValue value() const { return m_value; }
    // The kept value if any, else `shown` (the spin box's value as JSON).
    [[nodiscard]] QJsonValue valueOr(const QJsonValue &shown) const { return m_kept ? m_value : shown; }
    [[nodiscard]] QLabel *note() const { return m_note; }

Q_SIGNALS:
    // The person edited the field and the kept value is gone: the body must be rebuilt.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit KeptValue(QAbstractSpinBox *spin);
    [[nodiscard]] QString reason(const QJsonValue &value, double low, double high) const;
    void keep(const QJsonValue &value, const QString &why);
    void personEdited();

    QAbstractSpinBox *m_spin;
    QSpinBox *m_intSpin = nullptr;
    QDoubleSpinBox *m_doubleSpin = nullptr;
    QLabel *m_note;
    double m_min = 0;
    double m_max = 0;
    QJsonValue m_value;
    bool m_kept = false;
    bool m_setting = false;
};

} // namespace rl
