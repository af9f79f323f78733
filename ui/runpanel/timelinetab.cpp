#include "timelinetab.h"

#include "runformat.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace rl {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::addTransition(const QString &status, qint64 atMs)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({ status, atMs });
    endInsertRows();
    m_nowMs = qMax(m_nowMs, atMs);
    if (row > 0) {
        const QModelIndex previous = index(row - 1, SpentColumn);
        Q_EMIT dataChanged(previous, previous, { Qt::DisplayRole });
    }
}

void TimelineModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_entries.isEmpty() && m_endMs < 0) {
        const QModelIndex last = index(rowCount() - 1, SpentColumn);
        Q_EMIT dataChanged(last, last, { Qt::DisplayRole });
    }
}

void TimelineModel::finish(qint64 endMs)
{
    m_endMs = endMs;
    if (!m_entries.isEmpty()) {
        const QModelIndex last = index(rowCount() - 1, SpentColumn);
        Q_EMIT dataChanged(last, last, { Qt::DisplayRole });
    }
}

void TimelineModel::clear()
{
    if (m_entries.isEmpty() && m_endMs < 0) {
        return;
    }
    beginResetModel();
    m_entries.clear();
    m_nowMs = 0;
    m_endMs = -1;
    endResetModel();
}

QStringList TimelineModel::statuses() const
{
    QStringList list;
    for (const Entry &entry : m_entries) {
        list.append(entry.status);
    }
    return list;
}

qint64 TimelineModel::spentMs(int row) const
{
    if (row < 0 || row >= m_entries.size()) {
        return -1;
    }
    if (row + 1 < m_entries.size()) {
        return m_entries.at(row + 1).atMs - m_entries.at(row).atMs;
    }
    if (RunFormat::isTerminalStatus(m_entries.at(row).status)) {
        return -1;
    }
    const qint64 end = m_endMs >= 0 ? m_endMs : m_nowMs;
    return qMax<qint64>(0, end - m_entries.at(row).atMs);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    const StatusLook look = RunFormat::statusLook(entry.status);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return look.text;
        case AtColumn:
            return tr("+%1").arg(RunFormat::durationMs(entry.atMs));
        case SpentColumn: {
            const qint64 spent = spentMs(index.row());
            if (spent < 0) {
                return look.terminal ? tr("(end)") : QString();
            }
            const bool live = index.row() + 1 == m_entries.size() && m_endMs < 0;
            return live ? tr("%1 so far").arg(RunFormat::durationMs(spent)) : RunFormat::durationMs(spent);
        }
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return index.column() == StatusColumn ? QVariant(look.background) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(look.foreground) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 (%2), entered %3 after the start")
            .arg(look.text, entry.status, RunFormat::durationMs(entry.atMs));
    case Qt::UserRole:
        return entry.status;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case AtColumn:
        return tr("Entered at");
    case SpentColumn:
        return tr("Time spent");
    default:
        return {};
    }
}

TimelineTab::TimelineTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("timelineTableView"));
    m_view->setAccessibleName(tr("Status timeline"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TimelineModel::StatusColumn, 160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void TimelineTab::addTransition(const QString &status, qint64 atMs)
{
    m_model->addTransition(status, atMs);
    m_view->scrollToBottom();
}

} // namespace rl
