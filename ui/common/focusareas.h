#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace rl {

// The big areas of a window (composer, run panel, connection bar) that F6 and Shift+F6 move
// between, as in a web browser or an office suite. Each area gets the focus back where the
// person left it; an area never visited gets it on its first focusable widget.
class FocusAreas : public QObject
{
    Q_OBJECT
public:
    explicit FocusAreas(QObject *parent = nullptr);

    void addArea(QWidget *area);

    void focusNext() { move(1); }
    void focusPrevious() { move(-1); }

    // The area that holds `widget`, or -1.
    [[nodiscard]] int areaOf(const QWidget *widget) const;

private:
    struct Area
    {
        QPointer<QWidget> widget;
        QPointer<QWidget> lastFocus;
    };

    void move(int step);
    void remember(QWidget *now);
    [[nodiscard]] static QWidget *firstFocusable(QWidget *area);

    QList<Area> m_areas;
};

} // namespace rl
