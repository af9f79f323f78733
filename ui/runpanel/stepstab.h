#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QTableView;

namespace rl {

class DetailPane;
class MasterDetail;

// Every run step, one row each, in order of first appearance; updates change the row in place.
class StepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, StatusColumn, CreatedColumn, DurationColumn, TokensColumn, IdColumn, ColumnCount };

    explicit StepsModel(QObject *parent = nullptr);

    void updateStep(const QJsonObject &step);
    void clear();
    [[nodiscard]] QJsonObject step(int row) const { return m_steps.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_steps;
    QHash<QString, int> m_rowOf; // step id -> row: a step's update finds its row at once
};

// The Steps tab: the steps table and, below it, the selected step's details as a JSON tree.
class StepsTab : public QWidget
{
    Q_OBJECT

public:
    explicit StepsTab(QWidget *parent = nullptr);
    [[nodiscard]] StepsModel *model() const { return m_model; }
    void updateStep(const QJsonObject &step);
    void clear();
    // While live the newest step is selected (unless the user picked one).
    void setLive(bool live);
    [[nodiscard]] QTableView *tableView() const;
    [[nodiscard]] DetailPane *detailPane() const;

Q_SIGNALS:
    void inspectRequested(const QJsonValue &object, const QString &title);

private:
    StepsModel *m_model;
    MasterDetail *m_view;
};

} // namespace rl
