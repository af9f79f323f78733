#include "metadatamodel.h"

#include <QSet>

namespace rl {

MetadataModel::MetadataModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &MetadataModel::changed);
    connect(this, &QAbstractItemModel::rowsInserted, this, &MetadataModel::changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &MetadataModel::changed);
    connect(this, &QAbstractItemModel::modelReset, this, &MetadataModel::changed);
}

int MetadataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int MetadataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetadataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &pair = m_pairs.at(index.row());
    const QString &text = index.column() == KeyColumn ? pair.first : pair.second;
    const int limit = index.column() == KeyColumn ? MaxKeyLength : MaxValueLength;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole:
        if (text.size() > limit) {
            return tr("Too long: %1 characters, the limit is %2").arg(text.size()).arg(limit);
        }
        if (index.column() == KeyColumn && text.isEmpty()) {
            return tr("Empty key: type a name");
        }
        return index.column() == KeyColumn ? tr("Key: up to %1 characters").arg(limit)
                                           : tr("Value: up to %1 characters").arg(limit);
    case Qt::AccessibleTextRole:
        return text;
    default:
        return {};
    }
}

QVariant MetadataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    return section == KeyColumn ? tr("Key") : tr("Value");
}

Qt::ItemFlags MetadataModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool MetadataModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    auto &pair = m_pairs[index.row()];
    QString &target = index.column() == KeyColumn ? pair.first : pair.second;
    const QString text = value.toString();
    if (target == text) {
        return true;
    }
    target = text;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
    return true;
}

bool MetadataModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_pairs.size() || count <= 0) {
        return false;
    }
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_pairs.insert(row, {});
    }
    endInsertRows();
    return true;
}

bool MetadataModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_pairs.size()) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    m_pairs.remove(row, count);
    endRemoveRows();
    return true;
}

int MetadataModel::addPair()
{
    if (m_pairs.size() >= MaxPairs) {
        return -1;
    }
    const int row = int(m_pairs.size());
    insertRows(row, 1);
    return row;
}

void MetadataModel::setPairs(const QList<QPair<QString, QString>> &pairs)
{
    if (pairs == m_pairs) {
        return;
    }
    beginResetModel();
    m_pairs = pairs;
    endResetModel();
}

QJsonObject MetadataModel::toJson() const
{
    QJsonObject object;
    for (const auto &pair : m_pairs) {
        object.insert(pair.first, pair.second);
    }
    return object;
}

void MetadataModel::setJson(const QJsonObject &object)
{
    QList<QPair<QString, QString>> pairs;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        pairs.append({ it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString() });
    }
    setPairs(pairs);
}

QString MetadataModel::counterText() const
{
    qsizetype longestKey = 0;
    qsizetype longestValue = 0;
    for (const auto &pair : m_pairs) {
        longestKey = qMax(longestKey, pair.first.size());
        longestValue = qMax(longestValue, pair.second.size());
    }
    return tr("%1 of %2 pairs · longest key %3/%4 · longest value %5/%6")
        .arg(m_pairs.size())
        .arg(MaxPairs)
        .arg(longestKey)
        .arg(MaxKeyLength)
        .arg(longestValue)
        .arg(MaxValueLength);
}

bool MetadataModel::exceedsLimits() const
{
    if (m_pairs.size() > MaxPairs) {
        return true;
    }
    QSet<QString> keys;
    for (const auto &pair : m_pairs) {
        if (pair.first.isEmpty() || pair.first.size() > MaxKeyLength || pair.second.size() > MaxValueLength
            || keys.contains(pair.first)) {
            return true;
        }
        keys.insert(pair.first);
    }
    return false;
}

} // namespace rl
