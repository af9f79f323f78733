#include "timelinetab.h"

#include "runformat.h"
#include "runstatus.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rl {

namespace {

constexpr int ShareBarMaxWidth = 240;

// Paints the share column as a small bar (palette highlight) with the percentage beside it.
class ShareBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QStyle *style = option.widget != nullptr ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);
        const double share = qBound(0.0, index.data(TimelineModel::ShareRole).toDouble(), 1.0);
        const QString text = index.data(Qt::DisplayRole).toString();
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 8;
        const QRect area = option.rect.adjusted(4, 4, -4, -4);
        const int barSpace = qMin(ShareBarMaxWidth, area.width() - textWidth);
        painter->save();
        if (barSpace > 8) {
            const QRect frame(area.left(), area.top(), barSpace, area.height());
            painter->setPen(option.palette.color(QPalette::Mid));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(frame.adjusted(0, 0, -1, -1));
            painter->setPen(Qt::NoPen);
            painter->setBrush(option.palette.color(QPalette::Highlight));
            painter->drawRect(QRect(frame.left() + 1, frame.top() + 1, static_cast<int>((frame.width() - 2) * share),
                                    frame.height() - 2));
        }
        const bool selected = (option.state & QStyle::State_Selected) != 0;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(area.adjusted(qMax(0, barSpace) + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        painter->restore();
    }
};

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::addTransition(const QString &status, qint64 atMs)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({ status, atMs, QString() });
    endInsertRows();
    m_nowMs = qMax(m_nowMs, atMs);
    if (row > 0) {
        Q_EMIT dataChanged(index(0, SpentColumn), index(row - 1, ShareColumn), { Qt::DisplayRole, ShareRole });
    }
}

void TimelineModel::addNote(const QString &note)
{
    if (m_entries.isEmpty()) {
        return;
    }
    const int row = static_cast<int>(m_entries.size()) - 1;
    QString &notes = m_entries[row].note;
    notes = notes.isEmpty() ? note : tr("%1; %2").arg(notes, note);
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn), { Qt::DisplayRole, Qt::ToolTipRole });
}

void TimelineModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_entries.isEmpty() && m_endMs < 0) {
        Q_EMIT dataChanged(index(0, SpentColumn), index(rowCount() - 1, ShareColumn), { Qt::DisplayRole, ShareRole });
    }
}

void TimelineModel::finish(qint64 endMs)
{
    m_endMs = endMs;
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, SpentColumn), index(rowCount() - 1, ShareColumn), { Qt::DisplayRole, ShareRole });
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
    if (isTerminalRunStatus(m_entries.at(row).status)) {
        return -1;
    }
    const qint64 end = m_endMs >= 0 ? m_endMs : m_nowMs;
    return qMax<qint64>(0, end - m_entries.at(row).atMs);
}

double TimelineModel::share(int row) const
{
    const qint64 spent = spentMs(row);
    if (spent < 0 || m_entries.isEmpty()) {
        return 0;
    }
    const qint64 end = m_endMs >= 0 ? m_endMs : qMax(m_nowMs, m_entries.last().atMs);
    const qint64 total = end - m_entries.first().atMs;
    return total > 0 ? qBound(0.0, static_cast<double>(spent) / static_cast<double>(total), 1.0) : 0.0;
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
            return entry.note.isEmpty() ? look.text : tr("%1 — %2").arg(look.text, entry.note);
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
        case ShareColumn:
            return spentMs(index.row()) < 0 ? QString() : tr("%1 %").arg(qRound(share(index.row()) * 100));
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return index.column() == StatusColumn ? QVariant(look.background) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(look.foreground) : QVariant();
    case Qt::ToolTipRole: {
        const QString entered
            = tr("%1 (%2), entered %3 after the start").arg(look.text, entry.status, RunFormat::durationMs(entry.atMs));
        return entry.note.isEmpty() ? entered : entered + QLatin1Char('\n') + entry.note;
    }
    case StatusRole:
        return entry.status;
    case ShareRole:
        return share(index.row());
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
    case ShareColumn:
        return tr("Share of the run");
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
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(TimelineModel::ShareColumn, new ShareBarDelegate(m_view));
    // Status, time and duration as wide as their text; the bar column takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("000 ms")) + 16);
    for (const int column : { TimelineModel::StatusColumn, TimelineModel::AtColumn, TimelineModel::SpentColumn }) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(TimelineModel::ShareColumn, QHeaderView::Stretch);
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
