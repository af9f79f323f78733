#include "focusareas.h"

#include <QApplication>
#include <QWidget>

namespace rl {

FocusAreas::FocusAreas(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { remember(now); });
}

void FocusAreas::addArea(QWidget *area)
{
    m_areas.append({ area, nullptr });
}

int FocusAreas::areaOf(const QWidget *widget) const
{
    for (int i = 0; widget != nullptr && i < m_areas.size(); ++i) {
        const QWidget *area = m_areas.at(i).widget;
        if (area != nullptr && (area == widget || area->isAncestorOf(widget))) {
            return i;
        }
    }
    return -1;
}

void FocusAreas::remember(QWidget *now)
{
    const int i = areaOf(now);
    if (i >= 0) {
        m_areas[i].lastFocus = now;
    }
}

QWidget *FocusAreas::firstFocusable(QWidget *area)
{
    // The focus chain is the Tab order: the first widget in it that lies inside the area.
    QWidget *w = area;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) != 0 && w->isVisible() && w->isEnabled()
            && (w == area || area->isAncestorOf(w))) {
            return w;
        }
        w = w->nextInFocusChain();
    } while (w != nullptr && w != area);
    return nullptr;
}

void FocusAreas::move(int step)
{
    const int count = static_cast<int>(m_areas.size());
    if (count == 0) {
        return;
    }
    const int current = areaOf(QApplication::focusWidget());
    int next = current;
    for (int tried = 0; tried < count; ++tried) {
        next = ((next < 0 ? (step > 0 ? -1 : 0) : next) + step + count) % count;
        const Area &area = m_areas.at(next);
        QWidget *widget = area.widget.data(); // read once: GCC -O2 cannot see a QPointer stays set
        if (widget == nullptr || !widget->isVisible()) {
            continue;
        }
        QWidget *target = area.lastFocus.data();
        if (target == nullptr || !target->isVisible() || !target->isEnabled()) {
            target = firstFocusable(widget);
        }
        if (target != nullptr) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace rl
