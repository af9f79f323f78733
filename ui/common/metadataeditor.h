#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class MetadataEditor;
}

namespace rl {

class MetadataModel;

// A key/value table for a `metadata` object with Add/Remove buttons and a live counter against
// the limits (16 pairs, keys 64 and values 512 characters). No pairs means "not set".
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataEditor(QWidget *parent = nullptr);
    ~MetadataEditor() override;

    [[nodiscard]] MetadataModel *model() const { return m_model; }
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toJson() const;
    void setJson(const QJsonObject &object);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void updateState();

    std::unique_ptr<Ui::MetadataEditor> m_ui;
    MetadataModel *m_model;
};

} // namespace rl
