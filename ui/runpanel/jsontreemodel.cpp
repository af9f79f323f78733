#include "jsontreemodel.h"

#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <vector>

namespace rl {

namespace {

constexpr int MaxDisplayChars = 300;

bool isIntegral(double d)
{
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0; // 2^53
}

QString numberText(double d)
{
    if (isIntegral(d)) {
        return QString::number(static_cast<qint64>(d));
    }
    return QString::number(d, 'g', 15);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

bool isHighlightKey(const QString &key)
{
    return key == QLatin1String("status") || key == QLatin1String("id") || key.endsWith(QLatin1String("_id"));
}

} // namespace

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    bool arrayItem = false;
    QString key; // object key (empty for array items)
    QJsonValue value;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] int childCount() const
    {
        if (value.isObject()) {
            return static_cast<int>(value.toObject().size());
        }
        if (value.isArray()) {
            return static_cast<int>(value.toArray().size());
        }
        return 0;
    }
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->value = QJsonObject();
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &root)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (root.isObject() || root.isArray()) {
        m_root->value = root;
    } else if (root.isUndefined()) {
        m_root->value = QJsonObject();
    } else {
        m_root->value = QJsonObject { { QStringLiteral("value"), root } };
    }
    endResetModel();
}

QJsonValue JsonTreeModel::json() const
{
    return m_root->value;
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

void JsonTreeModel::populate(Node *node)
{
    if (node->populated) {
        return;
    }
    node->populated = true;
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(static_cast<size_t>(object.size()));
        int row = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = row++;
            child->key = it.key();
            child->value = it.value();
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(static_cast<size_t>(array.size()));
        int row = 0;
        for (const QJsonValue item : array) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = row++;
            child->arrayItem = true;
            child->value = item;
            node->children.push_back(std::move(child));
        }
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return m_root.get();
    }
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    Node *parentNode = nodeOf(parent);
    if (row >= parentNode->childCount()) {
        return {};
    }
    populate(parentNode);
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node *parentNode = nodeOf(child)->parent;
    if (parentNode == nullptr || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return nodeOf(parent)->childCount();
}

int JsonTreeModel::columnCount(const QModelIndex & /*parent*/) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString JsonTreeModel::displayValue(const Node *node) const
{
    const QJsonValue &value = node->value;
    if (value.isObject()) {
        const auto n = value.toObject().size();
        return tr("{%n key(s)}", nullptr, static_cast<int>(n));
    }
    if (value.isArray()) {
        const auto n = value.toArray().size();
        return tr("[%n item(s)]", nullptr, static_cast<int>(n));
    }
    if (isTimestamp(node->key, value)) {
        const auto seconds = static_cast<qint64>(value.toDouble());
        return tr("%1  (%2)").arg(numberText(value.toDouble()), timestampText(seconds));
    }
    QString text = scalarText(value);
    if (value.isString()) {
        text.replace(QLatin1Char('\n'), QStringLiteral("\u21b5"));
        if (text.size() > MaxDisplayChars) {
            text = text.left(MaxDisplayChars) + QStringLiteral("\u2026");
        }
    }
    return text;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case KeyColumn:
            return node->arrayItem ? QStringLiteral("[%1]").arg(node->row) : node->key;
        case ValueColumn:
            return displayValue(node);
        case TypeColumn:
            return isTimestamp(node->key, node->value) ? tr("timestamp") : typeName(node->value);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = pathOf(index);
        if (!node->value.isObject() && !node->value.isArray()) {
            tip += QStringLiteral("\n") + scalarText(node->value).left(2000);
        }
        return tip;
    }
    case Qt::FontRole:
        if (isHighlightKey(node->key)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PathRole:
        return pathOf(index);
    case JsonRole:
        return QVariant::fromValue(node->value);
    case KeyRole:
        return node->key;
    case TimestampRole:
        return isTimestamp(node->key, node->value);
    case HighlightRole:
        return isHighlightKey(node->key);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QJsonValue JsonTreeModel::jsonAt(const QModelIndex &index) const
{
    return nodeOf(index)->value;
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const
{
    QList<const Node *> chain;
    for (const Node *node = nodeOf(index); node != nullptr && node != m_root.get(); node = node->parent) {
        chain.prepend(node);
    }
    QString path;
    for (const Node *node : chain) {
        path = node->arrayItem ? appendIndex(path, node->row) : appendKey(path, node->key);
    }
    return path;
}

JsonTreeModel::RowPath JsonTreeModel::rowPathOf(const QModelIndex &index) const
{
    RowPath rows;
    for (const Node *node = nodeOf(index); node != nullptr && node != m_root.get(); node = node->parent) {
        rows.prepend(node->row);
    }
    return rows;
}

QModelIndex JsonTreeModel::indexForRowPath(const RowPath &path, int column) const
{
    QModelIndex current;
    for (int i = 0; i < path.size(); ++i) {
        current = index(path.at(i), i + 1 == path.size() ? column : KeyColumn, current);
        if (!current.isValid()) {
            return {};
        }
    }
    return current;
}

namespace {

struct Searcher
{
    QString needle;
    int maxHits = 0;
    QList<JsonTreeModel::RowPath> hits;
    JsonTreeModel::RowPath current;

    bool matches(const QString &key, const QJsonValue &value) const
    {
        if (key.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
        if (value.isObject() || value.isArray()) {
            return false;
        }
        return scalarText(value).contains(needle, Qt::CaseInsensitive);
    }

    // Returns false once enough hits were found.
    bool visit(const QString &key, const QJsonValue &value)
    {
        if (matches(key, value)) {
            hits.append(current);
            if (hits.size() >= maxHits) {
                return false;
            }
        }
        return children(value);
    }

    bool children(const QJsonValue &value)
    {
        int row = 0;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++row) {
                current.append(row);
                const bool more = visit(it.key(), it.value());
                current.removeLast();
                if (!more) {
                    return false;
                }
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue item : array) {
                current.append(row++);
                const bool more = visit(QString(), item);
                current.removeLast();
                if (!more) {
                    return false;
                }
            }
        }
        return true;
    }
};

} // namespace

QList<JsonTreeModel::RowPath> JsonTreeModel::search(const QString &text, int maxHits) const
{
    if (text.isEmpty() || maxHits <= 0) {
        return {};
    }
    Searcher searcher;
    searcher.needle = text;
    searcher.maxHits = maxHits;
    searcher.children(m_root->value);
    return searcher.hits;
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    if (value.isObject() || value.isArray()) {
        return toJsonText(value, true);
    }
    return scalarText(value);
}

QString JsonTreeModel::toJsonText(const QJsonValue &value, bool indented)
{
    const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    }
    if (value.isUndefined()) {
        return {};
    }
    // Scalars: wrap in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Double:
        return isIntegral(value.toDouble()) ? tr("integer") : tr("number");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Null:
        return tr("null");
    default:
        return tr("undefined");
    }
}

QString JsonTreeModel::appendKey(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch()) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString JsonTreeModel::appendIndex(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonTreeModel::timestampText(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool JsonTreeModel::isTimestamp(const QString &key, const QJsonValue &value)
{
    return key.endsWith(QLatin1String("_at")) && value.isDouble() && isIntegral(value.toDouble())
        && value.toDouble() > 0;
}

} // namespace rl
