#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QWidget>

class QTableView;
class QTimer;

namespace rl {

// The status transitions of a run: status, when it was entered (ms since the start) and the
// time spent in it. The last row's time grows live until the run ends.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, AtColumn, SpentColumn, ShareColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole, ShareRole }; // ShareRole: double 0..1 of the run's time
    struct Entry
    {
        QString status;
        qint64 atMs = 0;
        QString note; // what else happened while in this status ("stream dropped, followed by polling")
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void addTransition(const QString &status, qint64 atMs);
    // Adds a note to the current (last) status.
    void addNote(const QString &note);
    // The clock for the time spent in the current (last) status; refreshes that cell.
    void setNow(qint64 nowMs);
    // Stops the live clock: the last status keeps the time it had (or 0 when terminal).
    void finish(qint64 endMs);
    void clear();
    [[nodiscard]] QStringList statuses() const;
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    // Time spent in entry row, -1 when unknown.
    [[nodiscard]] qint64 spentMs(int row) const;
    // The share of the run's time so far spent in entry row, 0..1 (0 when unknown).
    [[nodiscard]] double share(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    qint64 m_nowMs = 0;
    qint64 m_endMs = -1;
};

// The Timeline tab.
class TimelineTab : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineTab(QWidget *parent = nullptr);
    [[nodiscard]] TimelineModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_view; }

    void addTransition(const QString &status, qint64 atMs);
    void addNote(const QString &note) { m_model->addNote(note); }
    void setNow(qint64 nowMs) { m_model->setNow(nowMs); }
    void finish(qint64 endMs) { m_model->finish(endMs); }
    void clear() { m_model->clear(); }

private:
    TimelineModel *m_model;
    QTableView *m_view;
};

} // namespace rl
