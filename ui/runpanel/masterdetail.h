#pragma once

#include <QJsonValue>
#include <QModelIndex>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QTreeView;

namespace rl {

class DetailPane;
class JsonTreeModel;
class RowFollower;

// Sets up a tree view of a JsonTreeModel: the key fits its contents, the value takes the rest, and
// long values elide in the middle (ids and timestamps keep both ends; the tooltip has them whole).
void setUpJsonTreeView(QTreeView *view);

// A table of rows above the JSON of the selected row, with "Open in inspector" in a bar on top:
// the layout of the Steps and Events tabs. While live the newest row is selected, until the user
// picks one.
class MasterDetail : public QWidget
{
    Q_OBJECT

public:
    // The JSON of a row of the table's model (an index of that model, not of a proxy's source).
    using DetailOf = std::function<QJsonValue(const QModelIndex &row)>;

    MasterDetail(QAbstractItemModel *model, const QString &placeholder, DetailOf detailOf, int expandDepth,
                 QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QTreeView *detailView() const { return m_detailView; }
    [[nodiscard]] QPushButton *inspectButton() const { return m_inspectButton; }
    [[nodiscard]] DetailPane *detailPane() const { return m_detailPane; }
    [[nodiscard]] RowFollower *follower() const { return m_follower; }
    // The bar above the table; it holds the inspect button, at its right end.
    [[nodiscard]] QHBoxLayout *topBar() const { return m_topBar; }

    // Shows the detail of the current row again (its data changed).
    void showDetail();
    // Forgets the user's choice of row and empties the detail (a new run).
    void clear();

Q_SIGNALS:
    // Double-click or the inspect button, on the current row.
    void inspectRequested(const QModelIndex &row);

private:
    DetailOf m_detailOf;
    int m_expandDepth;
    JsonTreeModel *m_detailModel;
    QTableView *m_table;
    QTreeView *m_detailView;
    QPushButton *m_inspectButton;
    DetailPane *m_detailPane;
    QHBoxLayout *m_topBar;
    RowFollower *m_follower;
};

} // namespace rl
