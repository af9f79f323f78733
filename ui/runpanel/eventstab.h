#pragma once

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QList>
#include <QSortFilterProxyModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace rl {

class DetailPane;
class MasterDetail;
struct StreamEvent;

// Every raw stream event, appended in batches (beginInsertRows per batch, never a reset).
// A row holds the event's bytes; what the view shows is built when the view asks: a text delta's
// summary from the text it appends, any delta's payload tree from its bytes when it is selected.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, NameColumn, SummaryColumn, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1, RawRole, KnownRole, NameRole };
    struct Row
    {
        qint64 atMs = 0;
        QString name;
        QString summary; // empty for a text delta: its text is the summary
        QString text; // the text a message delta appends
        bool known = true;
        bool isTextDelta = false;
        QJsonValue payload {
            QJsonValue::Undefined
        }; // kept for events that are not deltas; deltas parse raw when asked
        QByteArray raw;

        [[nodiscard]] QJsonValue payloadValue() const;
        [[nodiscard]] QString summaryText() const;
    };

    explicit EventsModel(QObject *parent = nullptr);

    void append(const QList<Row> &rows);
    void clear();
    [[nodiscard]] const Row &row(int r) const { return m_rows.at(r); }
    // The one-line summary of an event for the Summary column.
    [[nodiscard]] static QString summarize(const StreamEvent &event);
    [[nodiscard]] static QString textDeltaSummary(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

// Keeps the events whose name, summary or raw data contain the filter text.
class EventsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QByteArray m_lowerAscii; // the filter text lowercased, when it is ASCII: raw is searched as bytes
    mutable QString m_nameSeen; // the name last compared, and whether it matched
    mutable bool m_nameMatches = false;
};

// The Events tab: the filterable list of events; the selected event's payload as a JSON tree.
class EventsTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 50;

    explicit EventsTab(QWidget *parent = nullptr);
    [[nodiscard]] EventsModel *model() const { return m_model; }
    [[nodiscard]] EventsFilterModel *filterModel() const { return m_filter; }

    void addEvent(const StreamEvent &event, qint64 atMs);
    // A row for something RunLens saw that is no event of the stream (the stream dropped, say).
    void addNote(const QString &name, const QString &summary, qint64 atMs);
    // Shows the events received so far at once.
    void flush();
    void clear();
    // While live the newest event is selected (unless the user picked one).
    void setLive(bool live);
    [[nodiscard]] QTableView *tableView() const;
    [[nodiscard]] DetailPane *detailPane() const;

Q_SIGNALS:
    void inspectRequested(const QJsonValue &object, const QString &title);

private:
    void updateCount();

    EventsModel *m_model;
    EventsFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QLabel *m_countLabel;
    MasterDetail *m_view;
    QTimer *m_flushTimer;
    QList<EventsModel::Row> m_pending;
    QString m_lastName; // consecutive events share one name string
};

} // namespace rl

// A row is moved, not copied, when the list grows: with 200,000 rows a copy of them all took tens
// of milliseconds of the window's thread at each doubling; a relocation is a realloc.
Q_DECLARE_TYPEINFO(rl::EventsModel::Row, Q_RELOCATABLE_TYPE);
