#pragma once

#include <QObject>
#include <QStackedWidget>

class QAbstractItemView;
class QLabel;

namespace rl {

// Keeps the newest row of a list selected while a run is live, so the detail view below it
// always shows something, until the user picks a row (click or keys): from then on the
// user's choice stays. reset() (a new run) forgets that choice.
class RowFollower : public QObject
{
    Q_OBJECT

public:
    // The view must have its model set; the follower is a child of the view.
    explicit RowFollower(QAbstractItemView *view);
    void setLive(bool live);
    [[nodiscard]] bool isLive() const { return m_live; }
    void reset();
    [[nodiscard]] bool userChose() const { return m_userChose; }
    // Selects the newest row when live and the user has not chosen one.
    void follow();

private:
    QAbstractItemView *m_view;
    bool m_live = false;
    bool m_userChose = false;
    bool m_selecting = false;
};

// A detail view with a placeholder text in its place while nothing is selected.
class DetailPane : public QStackedWidget
{
    Q_OBJECT

public:
    DetailPane(QWidget *view, const QString &placeholder, QWidget *parent = nullptr);
    void setDetailShown(bool shown);
    [[nodiscard]] bool isDetailShown() const { return currentWidget() == m_view; }
    [[nodiscard]] QLabel *placeholderLabel() const { return m_placeholder; }

private:
    QWidget *m_view;
    QLabel *m_placeholder;
};

} // namespace rl
