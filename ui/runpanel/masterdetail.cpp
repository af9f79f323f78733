#include "masterdetail.h"

#include "jsontreemodel.h"
#include "rowfollower.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace rl {

void setUpJsonTreeView(QTreeView *view)
{
    view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::Fixed);
    header->resizeSection(JsonTreeModel::TypeColumn,
                          view->fontMetrics().horizontalAdvance(JsonTreeModel::tr("timestamp")) + 24);
}

MasterDetail::MasterDetail(QAbstractItemModel *model, const QString &placeholder, DetailOf detailOf, int expandDepth,
                           QWidget *parent)
    : QWidget(parent)
    , m_detailOf(std::move(detailOf))
    , m_expandDepth(expandDepth)
    , m_detailModel(new JsonTreeModel(this))
    , m_table(new QTableView(this))
    , m_detailView(new QTreeView(this))
    , m_inspectButton(new QPushButton(tr("Open in inspector"), this))
    , m_detailPane(new DetailPane(m_detailView, placeholder))
    , m_topBar(new QHBoxLayout)
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle); // ids keep both ends; the tooltip has them whole
    m_detailView->setModel(m_detailModel);
    setUpJsonTreeView(m_detailView);
    m_detailView->setUniformRowHeights(true);
    m_inspectButton->setEnabled(false);

    m_topBar->addWidget(m_inspectButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_topBar);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MasterDetail::showDetail);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_table->currentIndex().row()) {
            showDetail();
        }
    });
    m_follower = new RowFollower(m_table);
    const auto inspect = [this] {
        if (m_table->currentIndex().isValid()) {
            Q_EMIT inspectRequested(m_table->currentIndex());
        }
    };
    connect(m_table, &QTableView::doubleClicked, this, inspect);
    connect(m_inspectButton, &QPushButton::clicked, this, inspect);
}

void MasterDetail::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_inspectButton->setEnabled(current.isValid());
    m_detailPane->setDetailShown(current.isValid());
    if (!current.isValid()) {
        m_detailModel->clear();
        return;
    }
    m_detailModel->setJson(m_detailOf(current));
    m_detailView->expandToDepth(m_expandDepth);
}

void MasterDetail::clear()
{
    m_follower->reset();
    m_detailModel->clear();
    m_inspectButton->setEnabled(false);
    m_detailPane->setDetailShown(false);
}

} // namespace rl
