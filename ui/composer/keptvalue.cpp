#include "keptvalue.h"

#include <QAbstractSlider>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace rl {

namespace {

// The value exactly as it is written in JSON ("7", "0.735", "\"high\"").
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool layoutContains(QLayout *layout, const QWidget *widget)
{
    if (!layout) {
        return false;
    }
    if (layout->indexOf(widget) >= 0) {
        return true;
    }
    for (int i = 0; i < layout->count(); ++i) {
        if (layoutContains(layout->itemAt(i)->layout(), widget)) {
            return true;
        }
    }
    return false;
}

// Puts `note` on its own row under the form row that holds `anchor` (or after it in its layout).
void placeUnder(QWidget *anchor, QLabel *note)
{
    QWidget *parent = anchor->parentWidget();
    QLayout *top = parent ? parent->layout() : nullptr;
    if (auto *form = qobject_cast<QFormLayout *>(top)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const auto role : { QFormLayout::FieldRole, QFormLayout::SpanningRole }) {
                QLayoutItem *item = form->itemAt(row, role);
                if (item && (item->widget() == anchor || layoutContains(item->layout(), anchor))) {
                    form->insertRow(row + 1, static_cast<QWidget *>(nullptr), note);
                    return;
                }
            }
        }
    }
    if (auto *box = qobject_cast<QBoxLayout *>(top)) {
        const int index = box->indexOf(anchor);
        if (index >= 0) {
            box->insertWidget(index + 1, note);
            return;
        }
    }
    note->setParent(parent);
}

} // namespace

KeptValue::KeptValue(QAbstractSpinBox *spin)
    : QObject(spin)
    , m_spin(spin)
    , m_note(new QLabel)
{
    m_note->setObjectName(spin->objectName() + QStringLiteral("KeptNote"));
    m_note->setWordWrap(true);
    // Not in the Tab order: the spin box carries the same words as its accessible description.
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setAccessibleName(tr("Kept value of %1").arg(spin->accessibleName()));
    m_note->setVisible(false);
    placeUnder(spin, m_note);
    spin->installEventFilter(this);
}

KeptValue::KeptValue(QSpinBox *spin, qint64 min, qint64 max)
    : KeptValue(static_cast<QAbstractSpinBox *>(spin))
{
    m_intSpin = spin;
    m_min = double(min);
    m_max = double(max);
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_setting && m_spin->hasFocus()) {
            personEdited();
        }
    });
}

KeptValue::KeptValue(QDoubleSpinBox *spin, double min, double max)
    : KeptValue(static_cast<QAbstractSpinBox *>(spin))
{
    m_doubleSpin = spin;
    m_min = min;
    m_max = max;
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_setting && m_spin->hasFocus()) {
            personEdited();
        }
    });
}

void KeptValue::setSlider(QAbstractSlider *slider)
{
    connect(slider, &QAbstractSlider::actionTriggered, this, [this] { personEdited(); });
}

QString KeptValue::reason(const QJsonValue &value, double low, double high) const
{
    if (!value.isDouble()) {
        return tr("not a number");
    }
    const double number = value.toDouble();
    if (number < low || number > high) {
        return tr("outside %1–%2").arg(QLocale::c().toString(low, 'g', 12), QLocale::c().toString(high, 'g', 12));
    }
    if (m_intSpin && number != std::floor(number)) {
        return tr("not a whole number");
    }
    if (m_doubleSpin) {
        const double scale = std::pow(10.0, m_doubleSpin->decimals());
        if (std::abs(std::round(number * scale) / scale - number) > 1e-12) {
            return tr("more decimals than this field shows (%1)").arg(m_doubleSpin->decimals());
        }
    }
    return {};
}

bool KeptValue::load(const QJsonValue &value)
{
    // The range the spin box can show right now (a section may narrow it, e.g. the overlap).
    const double low = qMax(m_min, m_intSpin ? double(m_intSpin->minimum()) : m_doubleSpin->minimum());
    const double high = qMin(m_max, m_intSpin ? double(m_intSpin->maximum()) : m_doubleSpin->maximum());
    const QString why = reason(value, low, high);
    m_setting = true;
    if (value.isDouble()) {
        const double shown = qBound(low, value.toDouble(), high);
        if (m_intSpin) {
            m_intSpin->setValue(int(std::lround(shown)));
        } else {
            m_doubleSpin->setValue(shown);
        }
    }
    m_setting = false;
    if (why.isEmpty()) {
        forget();
        return true;
    }
    keep(value, why);
    return false;
}

void KeptValue::keep(const QJsonValue &value, const QString &why)
{
    m_kept = true;
    m_value = value;
    m_note->setText(value.isNull()
                        ? tr("null (explicit, from the loaded body). It is sent as null until you change this field.")
                        : tr("%1 — %2 (from the loaded body). It is kept and sent as it is until you change this "
                             "field.")
                              .arg(jsonText(value), why));
    m_note->setToolTip(m_note->text());
    m_note->setVisible(true);
    m_spin->setProperty("rlKeptValue", true);
    m_spin->setAccessibleDescription(m_note->text());
}

void KeptValue::forget()
{
    m_kept = false;
    m_value = QJsonValue();
    m_note->clear();
    m_note->setVisible(false);
    m_spin->setProperty("rlKeptValue", QVariant());
    m_spin->setAccessibleDescription(QString());
}

void KeptValue::personEdited()
{
    if (!m_kept) {
        return;
    }
    forget();
    Q_EMIT edited();
}

bool KeptValue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_spin && m_kept && event->type() == QEvent::KeyPress && !m_spin->isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        static const QList<int> editingKeys { Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_Up,
                                              Qt::Key_Down,      Qt::Key_PageUp, Qt::Key_PageDown };
        const QString text = key->text();
        if (editingKeys.contains(key->key()) || (!text.isEmpty() && text.at(0).isPrint())) {
            personEdited();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rl
