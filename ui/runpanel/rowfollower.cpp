#include "rowfollower.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QLabel>

namespace rl {

RowFollower::RowFollower(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid()) {
            m_userChose = true;
        }
    });
    connect(view, &QAbstractItemView::pressed, this, [this] { m_userChose = true; });
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &RowFollower::follow);
}

void RowFollower::setLive(bool live)
{
    m_live = live;
    if (live) {
        follow();
    }
}

void RowFollower::reset()
{
    m_userChose = false;
}

void RowFollower::follow()
{
    const QAbstractItemModel *model = m_view->model();
    if (!m_live || m_userChose || model == nullptr || model->rowCount() == 0) {
        return;
    }
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    if (m_view->currentIndex().row() == last.row()) {
        return;
    }
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(last, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
    m_view->scrollTo(last);
}

DetailPane::DetailPane(QWidget *view, const QString &placeholder, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_placeholder(new QLabel(placeholder, this))
{
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_placeholder);
    addWidget(view);
    setCurrentWidget(m_placeholder);
}

void DetailPane::setDetailShown(bool shown)
{
    setCurrentWidget(shown ? m_view : static_cast<QWidget *>(m_placeholder));
}

} // namespace rl
