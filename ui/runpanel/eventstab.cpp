#include "eventstab.h"

#include "jsontreemodel.h"
#include "masterdetail.h"
#include "rowfollower.h"
#include "runformat.h"
#include "streamevent.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cstring>
#include <utility>

namespace rl {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString deltaText(const QJsonObject &data)
{
    QString text;
    const QJsonArray content = data.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toArray();
    for (const QJsonValue part : content) {
        text += part.toObject().value(QLatin1String("text")).toObject().value(QLatin1String("value")).toString();
    }
    return text;
}

} // namespace

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString EventsModel::summarize(const StreamEvent &event)
{
    const QJsonObject data = event.object();
    switch (event.kind) {
    case StreamEvent::Kind::Thread:
        return tr("thread %1").arg(str(data, "id"));
    case StreamEvent::Kind::Run:
        return tr("run %1 is %2").arg(str(data, "id"), str(data, "status"));
    case StreamEvent::Kind::Step:
        return tr("step %1 (%2) is %3").arg(str(data, "id"), str(data, "type"), str(data, "status"));
    case StreamEvent::Kind::StepDelta: {
        const QJsonArray calls = data.value(QLatin1String("delta"))
                                     .toObject()
                                     .value(QLatin1String("step_details"))
                                     .toObject()
                                     .value(QLatin1String("tool_calls"))
                                     .toArray();
        QStringList parts;
        for (const QJsonValue call : calls) {
            const QJsonObject function = call.toObject().value(QLatin1String("function")).toObject();
            parts.append(function.contains(QLatin1String("name")) ? str(function, "name")
                                                                  : RunFormat::elide(str(function, "arguments"), 40));
        }
        return tr("step %1: %2").arg(str(data, "id"), parts.join(QStringLiteral(", ")));
    }
    case StreamEvent::Kind::Message:
        return tr("message %1 is %2").arg(str(data, "id"), str(data, "status"));
    case StreamEvent::Kind::MessageDelta:
        return textDeltaSummary(deltaText(data));
    case StreamEvent::Kind::Error:
        return tr("error: %1")
            .arg(event.error.message.isEmpty() ? QString::fromUtf8(event.raw.left(120)) : event.error.message);
    case StreamEvent::Kind::Done:
        return tr("end of stream");
    case StreamEvent::Kind::Unknown:
        break;
    }
    return RunFormat::elide(QString::fromUtf8(event.raw.left(200)), 80);
}

QString EventsModel::textDeltaSummary(const QString &text)
{
    return tr("+\u201c%1\u201d").arg(RunFormat::elide(text, 80));
}

QJsonValue EventsModel::Row::payloadValue() const
{
    if (!payload.isUndefined()) {
        return payload;
    }
    const QJsonDocument document = QJsonDocument::fromJson(raw);
    if (document.isObject()) {
        return document.object();
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(QString::fromUtf8(raw));
}

QString EventsModel::Row::summaryText() const
{
    return isTextDelta ? textDeltaSummary(text) : summary;
}

void EventsModel::append(const QList<Row> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void EventsModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("+%1").arg(RunFormat::durationMs(row.atMs));
        case NameColumn:
            if (!row.known) {
                return tr("%1 (unknown event)").arg(row.name.isEmpty() ? tr("no name") : row.name);
            }
            return row.name;
        case SummaryColumn:
            return row.summaryText();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !row.known) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (!row.known) {
            return tr("RunLens does not know this event; it is kept and shown as received.");
        }
        return index.column() == SummaryColumn ? QVariant(row.summaryText()) : QVariant(row.name);
    case PayloadRole:
        return QVariant::fromValue(row.payloadValue());
    case RawRole:
        return row.raw;
    case KnownRole:
        return row.known;
    case NameRole:
        return row.name;
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Event");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

void EventsFilterModel::setText(const QString &text)
{
    m_text = text;
    m_lowerAscii.clear();
    const QByteArray lower = text.toLower().toUtf8();
    if (std::all_of(lower.cbegin(), lower.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        m_lowerAscii = lower;
    }
    m_nameSeen.clear();
    // One layout change, not a rowsRemoved per range: narrowing 200,000 rows by ranges took seconds.
    invalidate();
}

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether the bytes hold the (lowercase, ASCII) needle, ignoring ASCII case. memchr finds the
// candidates for the first character, in each case, at memory speed.
bool containsAsciiNoCase(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    const qsizetype length = lowerNeedle.size();
    if (haystack.size() < length) {
        return false;
    }
    const char lower = lowerNeedle.front();
    const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
    const char *const begin = haystack.data();
    const char *const end = begin + (haystack.size() - length + 1); // the last place a match can start
    const auto matchesAt = [&](const char *at) {
        for (qsizetype j = 1; j < length; ++j) {
            if (asciiLower(at[j]) != lowerNeedle[j]) {
                return false;
            }
        }
        return true;
    };
    for (const char first : { lower, upper }) {
        const char *at = begin;
        while (at < end) {
            at = static_cast<const char *>(std::memchr(at, first, static_cast<size_t>(end - at)));
            if (at == nullptr) {
                break;
            }
            if (matchesAt(at)) {
                return true;
            }
            ++at;
        }
        if (upper == lower) {
            break;
        }
    }
    return false;
}

} // namespace

bool EventsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid()) {
        return true;
    }
    // Straight at the rows, not through data(): a keystroke filters 200,000 events.
    const auto *events = static_cast<const EventsModel *>(sourceModel());
    const EventsModel::Row &row = events->row(sourceRow);
    // Rows share their name's data (EventsTab::addEvent): one comparison per run of a name.
    if (row.name.constData() != m_nameSeen.constData()) {
        m_nameSeen = row.name; // holds the data, so its address cannot come back as another name's
        m_nameMatches = row.name.contains(m_text, Qt::CaseInsensitive);
    }
    if (m_nameMatches || (row.isTextDelta ? row.text : row.summary).contains(m_text, Qt::CaseInsensitive)) {
        return true;
    }
    if (!m_lowerAscii.isEmpty()) {
        return containsAsciiNoCase(row.raw, m_lowerAscii);
    }
    return QString::fromUtf8(row.raw).contains(m_text, Qt::CaseInsensitive);
}

EventsTab::EventsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventsModel(this))
    , m_filter(new EventsFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_view(new MasterDetail(
          m_filter, tr("Select an event to see its payload"),
          [this](const QModelIndex &row) { return m_model->row(m_filter->mapToSource(row).row()).payloadValue(); }, 0,
          this))
    , m_flushTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filterEdit->setObjectName(QStringLiteral("eventFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name or text"));
    m_filterEdit->setAccessibleName(tr("Filter events"));
    m_filterEdit->setClearButtonEnabled(true);
    m_countLabel->setObjectName(QStringLiteral("eventCountLabel"));
    QTableView *table = m_view->table();
    table->setObjectName(QStringLiteral("eventsTableView"));
    table->setAccessibleName(tr("Stream events"));
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setColumnWidth(EventsModel::NameColumn, 220);
    m_view->detailView()->setObjectName(QStringLiteral("eventPayloadTreeView"));
    m_view->detailView()->setAccessibleName(tr("Payload of the selected event"));
    m_view->inspectButton()->setObjectName(QStringLiteral("inspectEventPushButton"));
    m_view->inspectButton()->setToolTip(tr("Show the selected event's payload in the Inspector tab"));
    m_view->detailPane()->setObjectName(QStringLiteral("eventPayloadPane"));
    m_view->topBar()->insertWidget(0, m_filterEdit, 1);
    m_view->topBar()->insertWidget(1, m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(CoalesceMs);
    connect(m_flushTimer, &QTimer::timeout, this, &EventsTab::flush);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &EventsFilterModel::setText);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventsTab::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EventsTab::updateCount);
    connect(m_view, &MasterDetail::inspectRequested, this, [this](const QModelIndex &current) {
        const EventsModel::Row &event = m_model->row(m_filter->mapToSource(current).row());
        Q_EMIT inspectRequested(event.payloadValue(),
                                tr("Event %1 at +%2").arg(event.name, RunFormat::durationMs(event.atMs)));
    });
}

QTableView *EventsTab::tableView() const
{
    return m_view->table();
}

DetailPane *EventsTab::detailPane() const
{
    return m_view->detailPane();
}

void EventsTab::updateCount()
{
    m_countLabel->setText(tr("%1 of %2 events").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void EventsTab::addEvent(const StreamEvent &event, qint64 atMs)
{
    EventsModel::Row row;
    row.atMs = atMs;
    if (event.name != m_lastName) {
        m_lastName = event.name;
    }
    row.name = m_lastName;
    row.known = event.known || event.kind == StreamEvent::Kind::Done;
    if (event.textDelta) {
        row.isTextDelta = true;
        for (const TextDelta::Piece &piece : event.textDelta->pieces) {
            row.text += piece.text;
        }
    } else {
        row.summary = EventsModel::summarize(event);
        if (event.kind != StreamEvent::Kind::MessageDelta && event.kind != StreamEvent::Kind::StepDelta) {
            row.payload = event.data;
        }
    }
    row.raw = event.raw;
    m_pending.append(std::move(row));
    if (!m_flushTimer->isActive()) {
        m_flushTimer->start();
    }
}

void EventsTab::addNote(const QString &name, const QString &summary, qint64 atMs)
{
    EventsModel::Row row;
    row.atMs = atMs;
    row.name = name;
    row.summary = summary;
    row.payload = QJsonObject { { QStringLiteral("runlens_note"), summary } };
    m_lastName.clear();
    m_pending.append(std::move(row));
    flush(); // in its place among the events, at once
}

void EventsTab::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty()) {
        return;
    }
    const QList<EventsModel::Row> rows = std::exchange(m_pending, {});
    m_model->append(rows); // the follower selects the newest row while live
    if (!m_view->follower()->userChose() && !m_view->follower()->isLive()) {
        m_view->table()->scrollToBottom();
    }
}

void EventsTab::setLive(bool live)
{
    m_view->follower()->setLive(live);
}

void EventsTab::clear()
{
    m_view->clear();
    m_flushTimer->stop();
    m_pending.clear();
    m_lastName.clear();
    m_model->clear();
    m_countLabel->clear();
}

} // namespace rl
