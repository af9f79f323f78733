#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace rl {

// A JSON value as a tree with the columns key, value and type. The model is lazy: rowCount()
// reads the size of a container without creating anything, and the child nodes of a container
// are created the first time one of them is asked for, so a 10 MB object opens at once and
// only what the user expands is ever built.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: "thread.messages[0].content"
        JsonRole, // QJsonValue of the node (the subtree)
        KeyRole, // QString: the object key, empty for array items
        TimestampRole, // bool: a "*_at" key with an integer value
        HighlightRole, // bool: status or an id (shown bold)
    };
    // A node addressed by the row numbers from the top down (independent of QModelIndex).
    using RowPath = QList<int>;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the whole tree. A scalar root is shown as one row named "value".
    void setJson(const QJsonValue &root);
    [[nodiscard]] QJsonValue json() const;
    void clear();

    [[nodiscard]] QJsonValue jsonAt(const QModelIndex &index) const;
    [[nodiscard]] QString pathOf(const QModelIndex &index) const;
    [[nodiscard]] RowPath rowPathOf(const QModelIndex &index) const;
    // Builds the nodes along the path (and nothing else); invalid index when out of range.
    [[nodiscard]] QModelIndex indexForRowPath(const RowPath &path, int column = KeyColumn) const;

    // Every node whose key or scalar value contains text (case-insensitive), in display order
    // (depth first). Runs over the JSON itself: no node is created. At most maxHits results.
    [[nodiscard]] QList<RowPath> search(const QString &text, int maxHits = 10000) const;

    // The value as a user wants it copied: strings without quotes, containers as indented JSON.
    [[nodiscard]] static QString valueText(const QJsonValue &value);
    // Any JSON value (scalars too) as JSON text.
    [[nodiscard]] static QString toJsonText(const QJsonValue &value, bool indented = true);
    [[nodiscard]] static QString typeName(const QJsonValue &value);
    // "usage.prompt_tokens" style path segment joining; keys that are not identifiers are quoted.
    [[nodiscard]] static QString appendKey(const QString &path, const QString &key);
    [[nodiscard]] static QString appendIndex(const QString &path, int index);
    // The local date-time shown beside a Unix timestamp.
    [[nodiscard]] static QString timestampText(qint64 secondsSinceEpoch);
    [[nodiscard]] static bool isTimestamp(const QString &key, const QJsonValue &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    static void populate(Node *node);
    QString displayValue(const Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace rl
