#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace rl {

// Key/value pairs of a `metadata` object (spec: at most 16 pairs, keys up to 64 characters,
// values up to 512 characters). The model keeps whatever it is given, even beyond the limits, so
// nothing typed or loaded is lost; the editor and the validator explain what is too long.
class MetadataModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn = 0, ValueColumn = 1, ColumnCount = 2 };

    static constexpr int MaxPairs = 16;
    static constexpr int MaxKeyLength = 64;
    static constexpr int MaxValueLength = 512;

    explicit MetadataModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Appends an empty pair and returns its row, or -1 when the 16 pairs are used.
    int addPair();
    [[nodiscard]] QList<QPair<QString, QString>> pairs() const { return m_pairs; }
    void setPairs(const QList<QPair<QString, QString>> &pairs);

    // The object to send; values that are not strings in a loaded body become strings.
    [[nodiscard]] QJsonObject toJson() const;
    void setJson(const QJsonObject &object);

    // One line such as "3 of 16 pairs · longest key 5/64 · longest value 12/512".
    [[nodiscard]] QString counterText() const;
    // True when any limit is exceeded or a key is empty or used twice.
    [[nodiscard]] bool exceedsLimits() const;

Q_SIGNALS:
    void changed();

private:
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace rl
